from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_domain_result import AssociatedDomainResult
    from ..models.associated_domains_result_set_sources_count import (
        AssociatedDomainsResultSetSourcesCount,
    )


T = TypeVar("T", bound="AssociatedDomainsResultSet")


@_attrs_define
class AssociatedDomainsResultSet:
    """
    Attributes:
        domain (str): Queried domain
        results (list[AssociatedDomainResult]): List of associated domains
        sources (list[str]): List of sources used in the query
        sources_count (AssociatedDomainsResultSetSourcesCount | Unset): Count of results per source
        unique_count (int | Unset): Unique associated domains count
        limit (int | Unset): Maximum results per page when paginated
        page (int | Unset): Current page when paginated
        total_count (int | Unset): Total associated domains when paginated
        total_pages (int | Unset): Total pages when paginated
    """

    domain: str
    results: list[AssociatedDomainResult]
    sources: list[str]
    sources_count: AssociatedDomainsResultSetSourcesCount | Unset = UNSET
    unique_count: int | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    total_count: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        sources_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sources_count, Unset):
            sources_count = self.sources_count.to_dict()

        unique_count = self.unique_count

        limit = self.limit

        page = self.page

        total_count = self.total_count

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("domain" in self._left_out and self.domain is None):
            domain = self.domain
            field_dict["domain"] = domain
        if not ("results" in self._left_out and self.results is None):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

            field_dict["results"] = results
        if not ("sources" in self._left_out and self.sources is None):
            sources = self.sources

            field_dict["sources"] = sources
        if sources_count is not UNSET:
            field_dict["sources_count"] = sources_count
        if unique_count is not UNSET:
            field_dict["unique_count"] = unique_count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associated_domain_result import AssociatedDomainResult
        from ..models.associated_domains_result_set_sources_count import (
            AssociatedDomainsResultSetSourcesCount,
        )

        d = dict(src_dict)
        if "domain" in d:
            domain = d.pop("domain")
        else:
            domain = None

        if "results" in d:
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = AssociatedDomainResult.from_dict(results_item_data)

                results.append(results_item)

        else:
            results = None

        if "sources" in d:
            sources = cast(list[str], d.pop("sources"))

        else:
            sources = None

        _sources_count = d.pop("sources_count", UNSET)
        sources_count: AssociatedDomainsResultSetSourcesCount | Unset
        if isinstance(_sources_count, Unset):
            sources_count = UNSET
        else:
            sources_count = AssociatedDomainsResultSetSourcesCount.from_dict(
                _sources_count
            )

        unique_count = d.pop("unique_count", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        total_count = d.pop("total_count", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        associated_domains_result_set = cls(
            domain=domain,
            results=results,
            sources=sources,
            sources_count=sources_count,
            unique_count=unique_count,
            limit=limit,
            page=page,
            total_count=total_count,
            total_pages=total_pages,
        )
        associated_domains_result_set._left_out = frozenset(
            name
            for name in (
                "domain",
                "results",
                "sources",
            )
            if name not in src_dict
        )

        associated_domains_result_set.additional_properties = d
        return associated_domains_result_set

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
