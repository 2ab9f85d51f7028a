from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.workspace_item import WorkspaceItem


T = TypeVar("T", bound="GetV1UserTeamResponse200")


@_attrs_define
class GetV1UserTeamResponse200:
    """
    Attributes:
        message (str):
        workspaces (list[WorkspaceItem] | Unset):
        name (str | Unset):
    """

    message: str
    workspaces: list[WorkspaceItem] = _attrs_field(factory=LeftOutList)
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = []
            for workspaces_item_data in self.workspaces:
                workspaces_item = workspaces_item_data.to_dict()
                workspaces.append(workspaces_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("message" in self._left_out and self.message is None):
            message = self.message
            field_dict["message"] = message
        if workspaces is not UNSET and not (
            isinstance(self.workspaces, LeftOutList) and not self.workspaces
        ):
            field_dict["workspaces"] = workspaces
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_item import WorkspaceItem

        d = dict(src_dict)
        if "message" in d:
            message = d.pop("message")
        else:
            message = None

        _workspaces = d.pop("workspaces", UNSET)
        workspaces: list[WorkspaceItem] | Unset = UNSET
        if _workspaces is not UNSET:
            workspaces = []
            for workspaces_item_data in _workspaces:
                workspaces_item = WorkspaceItem.from_dict(workspaces_item_data)

                workspaces.append(workspaces_item)

        name = d.pop("name", UNSET)

        get_v1_user_team_response_200 = cls(
            message=message,
            workspaces=LeftOutList() if workspaces is None else workspaces,
            name=name,
        )
        get_v1_user_team_response_200._left_out = frozenset(
            name for name in ("message",) if name not in src_dict
        )

        get_v1_user_team_response_200.additional_properties = d
        return get_v1_user_team_response_200

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
