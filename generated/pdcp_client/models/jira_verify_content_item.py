from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jira_field import JiraField
    from ..models.jira_verify_content_item_cloud_id import JiraVerifyContentItemCloudId
    from ..models.jira_verify_content_item_issue_type import (
        JiraVerifyContentItemIssueType,
    )


T = TypeVar("T", bound="JiraVerifyContentItem")


@_attrs_define
class JiraVerifyContentItem:
    """
    Attributes:
        project_id (str):
        project_name (str):
        issue_types (list[JiraVerifyContentItemIssueType]):
        cloud_id (JiraVerifyContentItemCloudId | Unset):
        fields (list[JiraField] | Unset):
    """

    project_id: str
    project_name: str
    issue_types: list[JiraVerifyContentItemIssueType]
    cloud_id: JiraVerifyContentItemCloudId | Unset = UNSET
    fields: list[JiraField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name = self.project_name

        issue_types = []
        for issue_types_item_data in self.issue_types:
            issue_types_item = issue_types_item_data.to_dict()
            issue_types.append(issue_types_item)

        cloud_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_id, Unset):
            cloud_id = self.cloud_id.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "project_name": project_name,
                "issue_types": issue_types,
            }
        )
        if cloud_id is not UNSET:
            field_dict["cloud_id"] = cloud_id
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jira_field import JiraField
        from ..models.jira_verify_content_item_cloud_id import (
            JiraVerifyContentItemCloudId,
        )
        from ..models.jira_verify_content_item_issue_type import (
            JiraVerifyContentItemIssueType,
        )

        d = dict(src_dict)
        project_id = d.pop("project_id")

        project_name = d.pop("project_name")

        issue_types = []
        _issue_types = d.pop("issue_types")
        for issue_types_item_data in _issue_types:
            issue_types_item = JiraVerifyContentItemIssueType.from_dict(
                issue_types_item_data
            )

            issue_types.append(issue_types_item)

        _cloud_id = d.pop("cloud_id", UNSET)
        cloud_id: JiraVerifyContentItemCloudId | Unset
        if isinstance(_cloud_id, Unset):
            cloud_id = UNSET
        else:
            cloud_id = JiraVerifyContentItemCloudId.from_dict(_cloud_id)

        _fields = d.pop("fields", UNSET)
        fields: list[JiraField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = JiraField.from_dict(fields_item_data)

                fields.append(fields_item)

        jira_verify_content_item = cls(
            project_id=project_id,
            project_name=project_name,
            issue_types=issue_types,
            cloud_id=cloud_id,
            fields=fields,
        )

        jira_verify_content_item.additional_properties = d
        return jira_verify_content_item

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
