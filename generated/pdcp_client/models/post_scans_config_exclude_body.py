from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exclude_config_request_type import ExcludeConfigRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostScansConfigExcludeBody")


@_attrs_define
class PostScansConfigExcludeBody:
    """
    Attributes:
        values (list[str]):
        exclude_type (ExcludeConfigRequestType):
        scan_ids (list[str] | Unset): Optional scan IDs to scope these rules to specific scans. If not provided, rules
            apply globally.
        enumeration_ids (list[str] | Unset): Optional enumeration IDs to scope these rules to specific enumerations. If
            not provided, rules apply globally.
    """

    values: list[str]
    exclude_type: ExcludeConfigRequestType
    scan_ids: list[str] | Unset = UNSET
    enumeration_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        exclude_type = self.exclude_type.value

        scan_ids: list[str] | Unset = UNSET
        if not isinstance(self.scan_ids, Unset):
            scan_ids = self.scan_ids

        enumeration_ids: list[str] | Unset = UNSET
        if not isinstance(self.enumeration_ids, Unset):
            enumeration_ids = self.enumeration_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "exclude_type": exclude_type,
            }
        )
        if scan_ids is not UNSET:
            field_dict["scan_ids"] = scan_ids
        if enumeration_ids is not UNSET:
            field_dict["enumeration_ids"] = enumeration_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[str], d.pop("values"))

        exclude_type = ExcludeConfigRequestType(d.pop("exclude_type"))

        scan_ids = cast(list[str], d.pop("scan_ids", UNSET))

        enumeration_ids = cast(list[str], d.pop("enumeration_ids", UNSET))

        post_scans_config_exclude_body = cls(
            values=values,
            exclude_type=exclude_type,
            scan_ids=scan_ids,
            enumeration_ids=enumeration_ids,
        )

        post_scans_config_exclude_body.additional_properties = d
        return post_scans_config_exclude_body

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
