from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootDomainInfo")


@_attrs_define
class RootDomainInfo:
    """Root Domain Information

    Attributes:
        domain (str | Unset): The root domain name
        image_url (str | Unset): URL to domain's image
        name (str | Unset): The domain name
        organization_slug (str | Unset): Slug identifier of the associated organization
        total_subdomains (int | Unset): The total number of subdomains
    """

    domain: str | Unset = UNSET
    image_url: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_slug: str | Unset = UNSET
    total_subdomains: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        image_url = self.image_url

        name = self.name

        organization_slug = self.organization_slug

        total_subdomains = self.total_subdomains

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if name is not UNSET:
            field_dict["name"] = name
        if organization_slug is not UNSET:
            field_dict["organization_slug"] = organization_slug
        if total_subdomains is not UNSET:
            field_dict["total_subdomains"] = total_subdomains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        image_url = d.pop("image_url", UNSET)

        name = d.pop("name", UNSET)

        organization_slug = d.pop("organization_slug", UNSET)

        total_subdomains = d.pop("total_subdomains", UNSET)

        root_domain_info = cls(
            domain=domain,
            image_url=image_url,
            name=name,
            organization_slug=organization_slug,
            total_subdomains=total_subdomains,
        )

        return root_domain_info
