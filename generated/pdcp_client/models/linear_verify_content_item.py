from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.linear_verify_content_item_open_state import (
        LinearVerifyContentItemOpenState,
    )


T = TypeVar("T", bound="LinearVerifyContentItem")


@_attrs_define
class LinearVerifyContentItem:
    """
    Attributes:
        team_id (str):
        team_name (str):
        open_states (list[LinearVerifyContentItemOpenState]):
    """

    team_id: str
    team_name: str
    open_states: list[LinearVerifyContentItemOpenState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        team_name = self.team_name

        open_states = []
        for open_states_item_data in self.open_states:
            open_states_item = open_states_item_data.to_dict()
            open_states.append(open_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "team_name": team_name,
                "open_states": open_states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.linear_verify_content_item_open_state import (
            LinearVerifyContentItemOpenState,
        )

        d = dict(src_dict)
        team_id = d.pop("team_id")

        team_name = d.pop("team_name")

        open_states = []
        _open_states = d.pop("open_states")
        for open_states_item_data in _open_states:
            open_states_item = LinearVerifyContentItemOpenState.from_dict(
                open_states_item_data
            )

            open_states.append(open_states_item)

        linear_verify_content_item = cls(
            team_id=team_id,
            team_name=team_name,
            open_states=open_states,
        )

        linear_verify_content_item.additional_properties = d
        return linear_verify_content_item

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
