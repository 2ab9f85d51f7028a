from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_changelogs import AssetChangelogs


T = TypeVar("T", bound="GetV1AssetAssetIdChangelogsResponse200")


@_attrs_define
class GetV1AssetAssetIdChangelogsResponse200:
    """
    Attributes:
        message (str):
        current_page (int):
        result_count (int):
        total_results (int):
        total_pages (int):
        data (list[AssetChangelogs]):
    """

    message: str
    current_page: int
    result_count: int
    total_results: int
    total_pages: int
    data: list[AssetChangelogs]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if not ("current_page" in self._left_out and self.current_page is None):
            current_page = self.current_page
            field_dict["current_page"] = current_page
        if not ("result_count" in self._left_out and self.result_count is None):
            result_count = self.result_count
            field_dict["result_count"] = result_count
        if not ("total_results" in self._left_out and self.total_results is None):
            total_results = self.total_results
            field_dict["total_results"] = total_results
        if not ("total_pages" in self._left_out and self.total_pages is None):
            total_pages = self.total_pages
            field_dict["total_pages"] = total_pages
        if not ("data" in self._left_out and self.data is None):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_changelogs import AssetChangelogs

        d = dict(src_dict)
        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        if "current_page" in d:
            current_page = d.pop("current_page")
        else:
            current_page = None

        if "result_count" in d:
            result_count = d.pop("result_count")
        else:
            result_count = None

        if "total_results" in d:
            total_results = d.pop("total_results")
        else:
            total_results = None

        if "total_pages" in d:
            total_pages = d.pop("total_pages")
        else:
            total_pages = None

        if "data" in d:
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = AssetChangelogs.from_dict(data_item_data)

                data.append(data_item)

        else:
            data = None

        get_v1_asset_asset_id_changelogs_response_200 = cls(
            message=message,
            current_page=current_page,
            result_count=result_count,
            total_results=total_results,
            total_pages=total_pages,
            data=data,
        )
        get_v1_asset_asset_id_changelogs_response_200._left_out = frozenset(
            name
            for name in (
                "message",
                "current_page",
                "result_count",
                "total_results",
                "total_pages",
                "data",
            )
            if name not in src_dict
        )

        get_v1_asset_asset_id_changelogs_response_200.additional_properties = d
        return get_v1_asset_asset_id_changelogs_response_200

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
