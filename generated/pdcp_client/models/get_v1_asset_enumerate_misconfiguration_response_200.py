from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.misconfiguration_response import MisconfigurationResponse


T = TypeVar("T", bound="GetV1AssetEnumerateMisconfigurationResponse200")


@_attrs_define
class GetV1AssetEnumerateMisconfigurationResponse200:
    """
    Attributes:
        message (str | Unset):
        total_pages (int | Unset):
        total_results (int | Unset):
        current_page (int | Unset):
        data (list[MisconfigurationResponse] | Unset):
    """

    message: str | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_results: int | Unset = UNSET
    current_page: int | Unset = UNSET
    data: list[MisconfigurationResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        total_pages = self.total_pages

        total_results = self.total_results

        current_page = self.current_page

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.misconfiguration_response import MisconfigurationResponse

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_results = d.pop("total_results", UNSET)

        current_page = d.pop("current_page", UNSET)

        _data = d.pop("data", UNSET)
        data: list[MisconfigurationResponse] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MisconfigurationResponse.from_dict(data_item_data)

                data.append(data_item)

        get_v1_asset_enumerate_misconfiguration_response_200 = cls(
            message=message,
            total_pages=total_pages,
            total_results=total_results,
            current_page=current_page,
            data=data,
        )

        get_v1_asset_enumerate_misconfiguration_response_200.additional_properties = d
        return get_v1_asset_enumerate_misconfiguration_response_200

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
