from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.scans_history_items import ScansHistoryItems


T = TypeVar("T", bound="GetV1ScansScanIdHistoryResponse200")


@_attrs_define
class GetV1ScansScanIdHistoryResponse200:
    """
    Attributes:
        message (str | Unset):
        current_page (int | Unset):
        result_count (int | Unset):
        total_results (int | Unset):
        total_pages (int | Unset):
        data (list[ScansHistoryItems] | Unset):
        total_completed_request (int | Unset):
        total_scan_run (int | Unset):
        total_unique_scan_run (int | Unset):
    """

    message: str | Unset = UNSET
    current_page: int | Unset = UNSET
    result_count: int | Unset = UNSET
    total_results: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    data: list[ScansHistoryItems] = _attrs_field(factory=LeftOutList)
    total_completed_request: int | Unset = UNSET
    total_scan_run: int | Unset = UNSET
    total_unique_scan_run: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        current_page = self.current_page

        result_count = self.result_count

        total_results = self.total_results

        total_pages = self.total_pages

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_completed_request = self.total_completed_request

        total_scan_run = self.total_scan_run

        total_unique_scan_run = self.total_unique_scan_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if result_count is not UNSET:
            field_dict["result_count"] = result_count
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if data is not UNSET and not (
            isinstance(self.data, LeftOutList) and not self.data
        ):
            field_dict["data"] = data
        if total_completed_request is not UNSET:
            field_dict["total_completed_request"] = total_completed_request
        if total_scan_run is not UNSET:
            field_dict["total_scan_run"] = total_scan_run
        if total_unique_scan_run is not UNSET:
            field_dict["total_unique_scan_run"] = total_unique_scan_run

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scans_history_items import ScansHistoryItems

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        current_page = d.pop("current_page", UNSET)

        result_count = d.pop("result_count", UNSET)

        total_results = d.pop("total_results", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ScansHistoryItems] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ScansHistoryItems.from_dict(data_item_data)

                data.append(data_item)

        total_completed_request = d.pop("total_completed_request", UNSET)

        total_scan_run = d.pop("total_scan_run", UNSET)

        total_unique_scan_run = d.pop("total_unique_scan_run", UNSET)

        get_v1_scans_scan_id_history_response_200 = cls(
            message=message,
            current_page=current_page,
            result_count=result_count,
            total_results=total_results,
            total_pages=total_pages,
            data=LeftOutList() if data is None else data,
            total_completed_request=total_completed_request,
            total_scan_run=total_scan_run,
            total_unique_scan_run=total_unique_scan_run,
        )

        get_v1_scans_scan_id_history_response_200.additional_properties = d
        return get_v1_scans_scan_id_history_response_200

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
