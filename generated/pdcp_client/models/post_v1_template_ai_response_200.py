from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.post_v1_template_ai_response_200_retest_item import (
        PostV1TemplateAiResponse200RetestItem,
    )


T = TypeVar("T", bound="PostV1TemplateAiResponse200")


@_attrs_define
class PostV1TemplateAiResponse200:
    """
    Attributes:
        message (str):
        template_id (str | Unset):
        completion (str | Unset):
        name (str | Unset):
        can_run (bool | Unset):
        comment (str | Unset):
        is_valid (bool | Unset):
        retry_count (int | Unset):
        feedback (str | Unset):
        targets (list[str] | Unset):
        retest (list[PostV1TemplateAiResponse200RetestItem] | Unset):
    """

    message: str
    template_id: str | Unset = UNSET
    completion: str | Unset = UNSET
    name: str | Unset = UNSET
    can_run: bool | Unset = UNSET
    comment: str | Unset = UNSET
    is_valid: bool | Unset = UNSET
    retry_count: int | Unset = UNSET
    feedback: str | Unset = UNSET
    targets: list[str] = _attrs_field(factory=LeftOutList)
    retest: list[PostV1TemplateAiResponse200RetestItem] = _attrs_field(
        factory=LeftOutList
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        completion = self.completion

        name = self.name

        can_run = self.can_run

        comment = self.comment

        is_valid = self.is_valid

        retry_count = self.retry_count

        feedback = self.feedback

        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        retest: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retest, Unset):
            retest = []
            for retest_item_data in self.retest:
                retest_item = retest_item_data.to_dict()
                retest.append(retest_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if completion is not UNSET:
            field_dict["completion"] = completion
        if name is not UNSET:
            field_dict["name"] = name
        if can_run is not UNSET:
            field_dict["canRun"] = can_run
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if targets is not UNSET and not (
            isinstance(self.targets, LeftOutList) and not self.targets
        ):
            field_dict["targets"] = targets
        if retest is not UNSET and not (
            isinstance(self.retest, LeftOutList) and not self.retest
        ):
            field_dict["retest"] = retest

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_template_ai_response_200_retest_item import (
            PostV1TemplateAiResponse200RetestItem,
        )

        d = dict(src_dict)
        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        template_id = d.pop("template_id", UNSET)

        completion = d.pop("completion", UNSET)

        name = d.pop("name", UNSET)

        can_run = d.pop("canRun", UNSET)

        comment = d.pop("comment", UNSET)

        is_valid = d.pop("is_valid", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        feedback = d.pop("feedback", UNSET)

        targets = cast(list[str], d.pop("targets", UNSET))

        _retest = d.pop("retest", UNSET)
        retest: list[PostV1TemplateAiResponse200RetestItem] | Unset = UNSET
        if _retest is not UNSET:
            retest = []
            for retest_item_data in _retest:
                retest_item = PostV1TemplateAiResponse200RetestItem.from_dict(
                    retest_item_data
                )

                retest.append(retest_item)

        post_v1_template_ai_response_200 = cls(
            message=message,
            template_id=template_id,
            completion=completion,
            name=name,
            can_run=can_run,
            comment=comment,
            is_valid=is_valid,
            retry_count=retry_count,
            feedback=feedback,
            targets=LeftOutList() if targets is None else targets,
            retest=LeftOutList() if retest is None else retest,
        )
        post_v1_template_ai_response_200._left_out = frozenset(
            name for name in ("message",) if name not in src_dict
        )

        post_v1_template_ai_response_200.additional_properties = d
        return post_v1_template_ai_response_200

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
