from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_leaks_export_response_200_data_item import (
        PostV1LeaksExportResponse200DataItem,
    )
    from ..models.post_v1_leaks_export_response_200_group_summary_item import (
        PostV1LeaksExportResponse200GroupSummaryItem,
    )
    from ..models.post_v1_leaks_export_response_200_summary import (
        PostV1LeaksExportResponse200Summary,
    )


T = TypeVar("T", bound="PostV1LeaksExportResponse200")


@_attrs_define
class PostV1LeaksExportResponse200:
    """
    Attributes:
        data (list[PostV1LeaksExportResponse200DataItem] | Unset):
        total_leaks (float | Unset):
        total_pages (float | Unset):
        total_count (float | Unset):
        summary (PostV1LeaksExportResponse200Summary | Unset):
        group_summary (list[PostV1LeaksExportResponse200GroupSummaryItem] | Unset): Group summary data when group_by
            parameter is used
    """

    data: list[PostV1LeaksExportResponse200DataItem] | Unset = UNSET
    total_leaks: float | Unset = UNSET
    total_pages: float | Unset = UNSET
    total_count: float | Unset = UNSET
    summary: PostV1LeaksExportResponse200Summary | Unset = UNSET
    group_summary: list[PostV1LeaksExportResponse200GroupSummaryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_leaks = self.total_leaks

        total_pages = self.total_pages

        total_count = self.total_count

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        group_summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_summary, Unset):
            group_summary = []
            for group_summary_item_data in self.group_summary:
                group_summary_item = group_summary_item_data.to_dict()
                group_summary.append(group_summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_leaks is not UNSET:
            field_dict["total_leaks"] = total_leaks
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if summary is not UNSET:
            field_dict["summary"] = summary
        if group_summary is not UNSET:
            field_dict["group_summary"] = group_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_leaks_export_response_200_data_item import (
            PostV1LeaksExportResponse200DataItem,
        )
        from ..models.post_v1_leaks_export_response_200_group_summary_item import (
            PostV1LeaksExportResponse200GroupSummaryItem,
        )
        from ..models.post_v1_leaks_export_response_200_summary import (
            PostV1LeaksExportResponse200Summary,
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[PostV1LeaksExportResponse200DataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = PostV1LeaksExportResponse200DataItem.from_dict(
                    data_item_data
                )

                data.append(data_item)

        total_leaks = d.pop("total_leaks", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_count = d.pop("total_count", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: PostV1LeaksExportResponse200Summary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PostV1LeaksExportResponse200Summary.from_dict(_summary)

        _group_summary = d.pop("group_summary", UNSET)
        group_summary: list[PostV1LeaksExportResponse200GroupSummaryItem] | Unset = (
            UNSET
        )
        if _group_summary is not UNSET:
            group_summary = []
            for group_summary_item_data in _group_summary:
                group_summary_item = (
                    PostV1LeaksExportResponse200GroupSummaryItem.from_dict(
                        group_summary_item_data
                    )
                )

                group_summary.append(group_summary_item)

        post_v1_leaks_export_response_200 = cls(
            data=data,
            total_leaks=total_leaks,
            total_pages=total_pages,
            total_count=total_count,
            summary=summary,
            group_summary=group_summary,
        )

        post_v1_leaks_export_response_200.additional_properties = d
        return post_v1_leaks_export_response_200

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
