from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_search_item_type import DomainSearchItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_info import OrganizationInfo
    from ..models.root_domain_info import RootDomainInfo


T = TypeVar("T", bound="DomainSearchItem")


@_attrs_define
class DomainSearchItem:
    """
    Attributes:
        name (str): The display name for autocomplete
        search_score (float): The search score of the result
        type_ (DomainSearchItemType): Indicates whether this is an organization or domain result
        domain (RootDomainInfo | Unset): Root Domain Information
        organization (OrganizationInfo | Unset): Organization Information
    """

    name: str
    search_score: float
    type_: DomainSearchItemType
    domain: RootDomainInfo | Unset = UNSET
    organization: OrganizationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        search_score = self.search_score

        type_ = self.type_.value

        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "search_score": search_score,
                "type": type_,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_info import OrganizationInfo
        from ..models.root_domain_info import RootDomainInfo

        d = dict(src_dict)
        name = d.pop("name")

        search_score = d.pop("search_score")

        type_ = DomainSearchItemType(d.pop("type"))

        _domain = d.pop("domain", UNSET)
        domain: RootDomainInfo | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = RootDomainInfo.from_dict(_domain)

        _organization = d.pop("organization", UNSET)
        organization: OrganizationInfo | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = OrganizationInfo.from_dict(_organization)

        domain_search_item = cls(
            name=name,
            search_score=search_score,
            type_=type_,
            domain=domain,
            organization=organization,
        )

        domain_search_item.additional_properties = d
        return domain_search_item

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
