from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_chunk_status import TaskChunkStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskChunk")


@_attrs_define
class TaskChunk:
    """
    Attributes:
        targets (list[str] | Unset):
        scan_id (str | Unset):
        template_request_count (int | Unset):
        public_templates (list[str] | Unset):
        private_templates (list[str] | Unset):
        user_id (int | Unset):
        chunk_id (str | Unset):
        scan_configuration (str | Unset):
        public_workflows (list[str] | Unset):
        private_workflows (list[str] | Unset):
        workflows_urls (list[str] | Unset):
        enrichment_id (str | Unset):
        enumeration_configuration (str | Unset):
        status (TaskChunkStatus | Unset):
    """

    targets: list[str] | Unset = UNSET
    scan_id: str | Unset = UNSET
    template_request_count: int | Unset = UNSET
    public_templates: list[str] | Unset = UNSET
    private_templates: list[str] | Unset = UNSET
    user_id: int | Unset = UNSET
    chunk_id: str | Unset = UNSET
    scan_configuration: str | Unset = UNSET
    public_workflows: list[str] | Unset = UNSET
    private_workflows: list[str] | Unset = UNSET
    workflows_urls: list[str] | Unset = UNSET
    enrichment_id: str | Unset = UNSET
    enumeration_configuration: str | Unset = UNSET
    status: TaskChunkStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        scan_id = self.scan_id

        template_request_count = self.template_request_count

        public_templates: list[str] | Unset = UNSET
        if not isinstance(self.public_templates, Unset):
            public_templates = self.public_templates

        private_templates: list[str] | Unset = UNSET
        if not isinstance(self.private_templates, Unset):
            private_templates = self.private_templates

        user_id = self.user_id

        chunk_id = self.chunk_id

        scan_configuration = self.scan_configuration

        public_workflows: list[str] | Unset = UNSET
        if not isinstance(self.public_workflows, Unset):
            public_workflows = self.public_workflows

        private_workflows: list[str] | Unset = UNSET
        if not isinstance(self.private_workflows, Unset):
            private_workflows = self.private_workflows

        workflows_urls: list[str] | Unset = UNSET
        if not isinstance(self.workflows_urls, Unset):
            workflows_urls = self.workflows_urls

        enrichment_id = self.enrichment_id

        enumeration_configuration = self.enumeration_configuration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targets is not UNSET:
            field_dict["targets"] = targets
        if scan_id is not UNSET:
            field_dict["scan_id"] = scan_id
        if template_request_count is not UNSET:
            field_dict["template_request_count"] = template_request_count
        if public_templates is not UNSET:
            field_dict["public_templates"] = public_templates
        if private_templates is not UNSET:
            field_dict["private_templates"] = private_templates
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if chunk_id is not UNSET:
            field_dict["chunk_id"] = chunk_id
        if scan_configuration is not UNSET:
            field_dict["scan_configuration"] = scan_configuration
        if public_workflows is not UNSET:
            field_dict["public_workflows"] = public_workflows
        if private_workflows is not UNSET:
            field_dict["private_workflows"] = private_workflows
        if workflows_urls is not UNSET:
            field_dict["workflows_urls"] = workflows_urls
        if enrichment_id is not UNSET:
            field_dict["enrichment_id"] = enrichment_id
        if enumeration_configuration is not UNSET:
            field_dict["enumeration_configuration"] = enumeration_configuration
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        targets = cast(list[str], d.pop("targets", UNSET))

        scan_id = d.pop("scan_id", UNSET)

        template_request_count = d.pop("template_request_count", UNSET)

        public_templates = cast(list[str], d.pop("public_templates", UNSET))

        private_templates = cast(list[str], d.pop("private_templates", UNSET))

        user_id = d.pop("user_id", UNSET)

        chunk_id = d.pop("chunk_id", UNSET)

        scan_configuration = d.pop("scan_configuration", UNSET)

        public_workflows = cast(list[str], d.pop("public_workflows", UNSET))

        private_workflows = cast(list[str], d.pop("private_workflows", UNSET))

        workflows_urls = cast(list[str], d.pop("workflows_urls", UNSET))

        enrichment_id = d.pop("enrichment_id", UNSET)

        enumeration_configuration = d.pop("enumeration_configuration", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskChunkStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskChunkStatus(_status)

        task_chunk = cls(
            targets=targets,
            scan_id=scan_id,
            template_request_count=template_request_count,
            public_templates=public_templates,
            private_templates=private_templates,
            user_id=user_id,
            chunk_id=chunk_id,
            scan_configuration=scan_configuration,
            public_workflows=public_workflows,
            private_workflows=private_workflows,
            workflows_urls=workflows_urls,
            enrichment_id=enrichment_id,
            enumeration_configuration=enumeration_configuration,
            status=status,
        )

        task_chunk.additional_properties = d
        return task_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
