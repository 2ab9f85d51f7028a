from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contributor_summary_category_breakdown import (
        ContributorSummaryCategoryBreakdown,
    )
    from ..models.contributor_summary_socials import ContributorSummarySocials


T = TypeVar("T", bound="ContributorSummary")


@_attrs_define
class ContributorSummary:
    """
    Attributes:
        category_breakdown (ContributorSummaryCategoryBreakdown | Unset):
        contributor (str | Unset):
        score (int | Unset):
        socials (ContributorSummarySocials | Unset):
        total_templates (int | Unset):
    """

    category_breakdown: ContributorSummaryCategoryBreakdown | Unset = UNSET
    contributor: str | Unset = UNSET
    score: int | Unset = UNSET
    socials: ContributorSummarySocials | Unset = UNSET
    total_templates: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_breakdown, Unset):
            category_breakdown = self.category_breakdown.to_dict()

        contributor = self.contributor

        score = self.score

        socials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.socials, Unset):
            socials = self.socials.to_dict()

        total_templates = self.total_templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_breakdown is not UNSET:
            field_dict["category_breakdown"] = category_breakdown
        if contributor is not UNSET:
            field_dict["contributor"] = contributor
        if score is not UNSET:
            field_dict["score"] = score
        if socials is not UNSET:
            field_dict["socials"] = socials
        if total_templates is not UNSET:
            field_dict["total_templates"] = total_templates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contributor_summary_category_breakdown import (
            ContributorSummaryCategoryBreakdown,
        )
        from ..models.contributor_summary_socials import ContributorSummarySocials

        d = dict(src_dict)
        _category_breakdown = d.pop("category_breakdown", UNSET)
        category_breakdown: ContributorSummaryCategoryBreakdown | Unset
        if isinstance(_category_breakdown, Unset):
            category_breakdown = UNSET
        else:
            category_breakdown = ContributorSummaryCategoryBreakdown.from_dict(
                _category_breakdown
            )

        contributor = d.pop("contributor", UNSET)

        score = d.pop("score", UNSET)

        _socials = d.pop("socials", UNSET)
        socials: ContributorSummarySocials | Unset
        if isinstance(_socials, Unset):
            socials = UNSET
        else:
            socials = ContributorSummarySocials.from_dict(_socials)

        total_templates = d.pop("total_templates", UNSET)

        contributor_summary = cls(
            category_breakdown=category_breakdown,
            contributor=contributor,
            score=score,
            socials=socials,
            total_templates=total_templates,
        )

        contributor_summary.additional_properties = d
        return contributor_summary

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
