from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationInfo")


@_attrs_define
class OrganizationInfo:
    """Organization Information

    Attributes:
        acquirer_slug (str | Unset): Slug of acquiring organization if applicable
        contact_email (str | Unset): Contact email address
        domain (str | Unset): Primary domain of the organization
        image_url (str | Unset): URL to organization's image
        industries (list[str] | Unset): Industries of the organization
        legal_name (str | Unset): Legal name of the organization
        linkedin (str | Unset): LinkedIn profile URL
        name (str | Unset): The organization name
        num_employees_enum (str | Unset): Employee count range category
        org_status (str | Unset): Status of the organization
        short_description (str | Unset): Brief description of the organization
        slug (str | Unset): URL-friendly identifier
        subsidary_domains (list[str] | Unset): List of subsidiary domains
        total_subdomains (int | Unset): Total number of subdomains
        total_subsidaries (int | Unset): Total number of subsidiaries
        total_subsidary_domains (int | Unset): Total number of subsidiary domains
        total_subsidary_subdomains (int | Unset): Total number of subdomains across all subsidiary domains
        twitter (str | Unset): Twitter profile URL
    """

    acquirer_slug: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    domain: str | Unset = UNSET
    image_url: str | Unset = UNSET
    industries: list[str] | Unset = UNSET
    legal_name: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    name: str | Unset = UNSET
    num_employees_enum: str | Unset = UNSET
    org_status: str | Unset = UNSET
    short_description: str | Unset = UNSET
    slug: str | Unset = UNSET
    subsidary_domains: list[str] | Unset = UNSET
    total_subdomains: int | Unset = UNSET
    total_subsidaries: int | Unset = UNSET
    total_subsidary_domains: int | Unset = UNSET
    total_subsidary_subdomains: int | Unset = UNSET
    twitter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acquirer_slug = self.acquirer_slug

        contact_email = self.contact_email

        domain = self.domain

        image_url = self.image_url

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        legal_name = self.legal_name

        linkedin = self.linkedin

        name = self.name

        num_employees_enum = self.num_employees_enum

        org_status = self.org_status

        short_description = self.short_description

        slug = self.slug

        subsidary_domains: list[str] | Unset = UNSET
        if not isinstance(self.subsidary_domains, Unset):
            subsidary_domains = self.subsidary_domains

        total_subdomains = self.total_subdomains

        total_subsidaries = self.total_subsidaries

        total_subsidary_domains = self.total_subsidary_domains

        total_subsidary_subdomains = self.total_subsidary_subdomains

        twitter = self.twitter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquirer_slug is not UNSET:
            field_dict["acquirer_slug"] = acquirer_slug
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if domain is not UNSET:
            field_dict["domain"] = domain
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if industries is not UNSET:
            field_dict["industries"] = industries
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if name is not UNSET:
            field_dict["name"] = name
        if num_employees_enum is not UNSET:
            field_dict["num_employees_enum"] = num_employees_enum
        if org_status is not UNSET:
            field_dict["org_status"] = org_status
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if slug is not UNSET:
            field_dict["slug"] = slug
        if subsidary_domains is not UNSET:
            field_dict["subsidary_domains"] = subsidary_domains
        if total_subdomains is not UNSET:
            field_dict["total_subdomains"] = total_subdomains
        if total_subsidaries is not UNSET:
            field_dict["total_subsidaries"] = total_subsidaries
        if total_subsidary_domains is not UNSET:
            field_dict["total_subsidary_domains"] = total_subsidary_domains
        if total_subsidary_subdomains is not UNSET:
            field_dict["total_subsidary_subdomains"] = total_subsidary_subdomains
        if twitter is not UNSET:
            field_dict["twitter"] = twitter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acquirer_slug = d.pop("acquirer_slug", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        domain = d.pop("domain", UNSET)

        image_url = d.pop("image_url", UNSET)

        industries = cast(list[str], d.pop("industries", UNSET))

        legal_name = d.pop("legal_name", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        name = d.pop("name", UNSET)

        num_employees_enum = d.pop("num_employees_enum", UNSET)

        org_status = d.pop("org_status", UNSET)

        short_description = d.pop("short_description", UNSET)

        slug = d.pop("slug", UNSET)

        subsidary_domains = cast(list[str], d.pop("subsidary_domains", UNSET))

        total_subdomains = d.pop("total_subdomains", UNSET)

        total_subsidaries = d.pop("total_subsidaries", UNSET)

        total_subsidary_domains = d.pop("total_subsidary_domains", UNSET)

        total_subsidary_subdomains = d.pop("total_subsidary_subdomains", UNSET)

        twitter = d.pop("twitter", UNSET)

        organization_info = cls(
            acquirer_slug=acquirer_slug,
            contact_email=contact_email,
            domain=domain,
            image_url=image_url,
            industries=industries,
            legal_name=legal_name,
            linkedin=linkedin,
            name=name,
            num_employees_enum=num_employees_enum,
            org_status=org_status,
            short_description=short_description,
            slug=slug,
            subsidary_domains=subsidary_domains,
            total_subdomains=total_subdomains,
            total_subsidaries=total_subsidaries,
            total_subsidary_domains=total_subsidary_domains,
            total_subsidary_subdomains=total_subsidary_subdomains,
            twitter=twitter,
        )

        organization_info.additional_properties = d
        return organization_info

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
