from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.associated_domain_evidence import AssociatedDomainEvidence


T = TypeVar("T", bound="AssociatedDomainResult")


@_attrs_define
class AssociatedDomainResult:
    """
    Attributes:
        domain (str | Unset): Associated domain name
        evidence (AssociatedDomainEvidence | Unset):
        sources (list[str] | Unset): Sources that reported the association
    """

    domain: str | Unset = UNSET
    evidence: AssociatedDomainEvidence | Unset = UNSET
    sources: list[str] = _attrs_field(factory=LeftOutList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if sources is not UNSET and not (
            isinstance(self.sources, LeftOutList) and not self.sources
        ):
            field_dict["sources"] = sources

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associated_domain_evidence import AssociatedDomainEvidence

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: AssociatedDomainEvidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = AssociatedDomainEvidence.from_dict(_evidence)

        sources = cast(list[str], d.pop("sources", UNSET))

        associated_domain_result = cls(
            domain=domain,
            evidence=evidence,
            sources=LeftOutList() if sources is None else sources,
        )

        associated_domain_result.additional_properties = d
        return associated_domain_result

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
