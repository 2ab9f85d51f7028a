from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_domain_evidence import AssociatedDomainEvidence


T = TypeVar("T", bound="AssociatedDomainResult")


@_attrs_define
class AssociatedDomainResult:
    """
    Attributes:
        domain (str): Associated domain name
        sources (list[str]): Sources that reported the association
        evidence (AssociatedDomainEvidence | Unset):
    """

    domain: str
    sources: list[str]
    evidence: AssociatedDomainEvidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("domain" in self._left_out and self.domain is None):
            domain = self.domain
            field_dict["domain"] = domain
        if not ("sources" in self._left_out and self.sources is None):
            sources = self.sources

            field_dict["sources"] = sources
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associated_domain_evidence import AssociatedDomainEvidence

        d = dict(src_dict)
        if "domain" in d:
            domain = d.pop("domain")
        else:
            domain = None

        if "sources" in d:
            sources = cast(list[str], d.pop("sources"))

        else:
            sources = None

        _evidence = d.pop("evidence", UNSET)
        evidence: AssociatedDomainEvidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = AssociatedDomainEvidence.from_dict(_evidence)

        associated_domain_result = cls(
            domain=domain,
            sources=sources,
            evidence=evidence,
        )
        associated_domain_result._left_out = frozenset(
            name
            for name in (
                "domain",
                "sources",
            )
            if name not in src_dict
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
