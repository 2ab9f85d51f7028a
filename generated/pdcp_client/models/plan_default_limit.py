from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_default_limit_plan import PlanDefaultLimitPlan
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanDefaultLimit")


@_attrs_define
class PlanDefaultLimit:
    """
    Attributes:
        plan (PlanDefaultLimitPlan): Plan type
        asset_limit (int): Default asset limit for the plan
        domain_limit (int): Default domain limit for the plan
        created_at (datetime.datetime | Unset): Creation timestamp
        updated_at (datetime.datetime | Unset): Last update timestamp
    """

    plan: PlanDefaultLimitPlan
    asset_limit: int
    domain_limit: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.value

        asset_limit = self.asset_limit

        domain_limit = self.domain_limit

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "asset_limit": asset_limit,
                "domain_limit": domain_limit,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan = PlanDefaultLimitPlan(d.pop("plan"))

        asset_limit = d.pop("asset_limit")

        domain_limit = d.pop("domain_limit")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        plan_default_limit = cls(
            plan=plan,
            asset_limit=asset_limit,
            domain_limit=domain_limit,
            created_at=created_at,
            updated_at=updated_at,
        )

        plan_default_limit.additional_properties = d
        return plan_default_limit

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
