from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_asset_enumerate_response_200_failed_domains import (
        PostV1AssetEnumerateResponse200FailedDomains,
    )


T = TypeVar("T", bound="PostV1AssetEnumerateResponse200")


@_attrs_define
class PostV1AssetEnumerateResponse200:
    """
    Attributes:
        id (str | Unset):
        truncated_scan_targets (int | Unset):
        is_public (bool | Unset):
        bulk_ids (list[str] | Unset):
        failed_domains (PostV1AssetEnumerateResponse200FailedDomains | Unset): Map of domain to failure reason
    """

    id: str | Unset = UNSET
    truncated_scan_targets: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    bulk_ids: list[str] | Unset = UNSET
    failed_domains: PostV1AssetEnumerateResponse200FailedDomains | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        truncated_scan_targets = self.truncated_scan_targets

        is_public = self.is_public

        bulk_ids: list[str] | Unset = UNSET
        if not isinstance(self.bulk_ids, Unset):
            bulk_ids = self.bulk_ids

        failed_domains: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_domains, Unset):
            failed_domains = self.failed_domains.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if truncated_scan_targets is not UNSET:
            field_dict["truncated-scan-targets"] = truncated_scan_targets
        if is_public is not UNSET:
            field_dict["is-public"] = is_public
        if bulk_ids is not UNSET:
            field_dict["bulk_ids"] = bulk_ids
        if failed_domains is not UNSET:
            field_dict["failed_domains"] = failed_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_v1_asset_enumerate_response_200_failed_domains import (
            PostV1AssetEnumerateResponse200FailedDomains,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        truncated_scan_targets = d.pop("truncated-scan-targets", UNSET)

        is_public = d.pop("is-public", UNSET)

        bulk_ids = cast(list[str], d.pop("bulk_ids", UNSET))

        _failed_domains = d.pop("failed_domains", UNSET)
        failed_domains: PostV1AssetEnumerateResponse200FailedDomains | Unset
        if isinstance(_failed_domains, Unset):
            failed_domains = UNSET
        else:
            failed_domains = PostV1AssetEnumerateResponse200FailedDomains.from_dict(
                _failed_domains
            )

        post_v1_asset_enumerate_response_200 = cls(
            id=id,
            truncated_scan_targets=truncated_scan_targets,
            is_public=is_public,
            bulk_ids=bulk_ids,
            failed_domains=failed_domains,
        )

        post_v1_asset_enumerate_response_200.additional_properties = d
        return post_v1_asset_enumerate_response_200

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
