from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_leaderboard_data_item_category import (
        TemplateLeaderboardDataItemCategory,
    )
    from ..models.template_leaderboard_data_item_links import (
        TemplateLeaderboardDataItemLinks,
    )
    from ..models.template_leaderboard_data_item_protocol import (
        TemplateLeaderboardDataItemProtocol,
    )
    from ..models.template_leaderboard_data_item_severity import (
        TemplateLeaderboardDataItemSeverity,
    )


T = TypeVar("T", bound="TemplateLeaderboardDataItem")


@_attrs_define
class TemplateLeaderboardDataItem:
    """
    Attributes:
        author (str | Unset):
        category (TemplateLeaderboardDataItemCategory | Unset):
        links (TemplateLeaderboardDataItemLinks | Unset):
        points (int | Unset):
        protocol (TemplateLeaderboardDataItemProtocol | Unset):
        rank (int | Unset):
        severity (TemplateLeaderboardDataItemSeverity | Unset):
        templates (int | Unset):
    """

    author: str | Unset = UNSET
    category: TemplateLeaderboardDataItemCategory | Unset = UNSET
    links: TemplateLeaderboardDataItemLinks | Unset = UNSET
    points: int | Unset = UNSET
    protocol: TemplateLeaderboardDataItemProtocol | Unset = UNSET
    rank: int | Unset = UNSET
    severity: TemplateLeaderboardDataItemSeverity | Unset = UNSET
    templates: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        points = self.points

        protocol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.to_dict()

        rank = self.rank

        severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.to_dict()

        templates = self.templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if category is not UNSET:
            field_dict["category"] = category
        if links is not UNSET:
            field_dict["links"] = links
        if points is not UNSET:
            field_dict["points"] = points
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if rank is not UNSET:
            field_dict["rank"] = rank
        if severity is not UNSET:
            field_dict["severity"] = severity
        if templates is not UNSET:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_leaderboard_data_item_category import (
            TemplateLeaderboardDataItemCategory,
        )
        from ..models.template_leaderboard_data_item_links import (
            TemplateLeaderboardDataItemLinks,
        )
        from ..models.template_leaderboard_data_item_protocol import (
            TemplateLeaderboardDataItemProtocol,
        )
        from ..models.template_leaderboard_data_item_severity import (
            TemplateLeaderboardDataItemSeverity,
        )

        d = dict(src_dict)
        author = d.pop("author", UNSET)

        _category = d.pop("category", UNSET)
        category: TemplateLeaderboardDataItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TemplateLeaderboardDataItemCategory.from_dict(_category)

        _links = d.pop("links", UNSET)
        links: TemplateLeaderboardDataItemLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = TemplateLeaderboardDataItemLinks.from_dict(_links)

        points = d.pop("points", UNSET)

        _protocol = d.pop("protocol", UNSET)
        protocol: TemplateLeaderboardDataItemProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = TemplateLeaderboardDataItemProtocol.from_dict(_protocol)

        rank = d.pop("rank", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: TemplateLeaderboardDataItemSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = TemplateLeaderboardDataItemSeverity.from_dict(_severity)

        templates = d.pop("templates", UNSET)

        template_leaderboard_data_item = cls(
            author=author,
            category=category,
            links=links,
            points=points,
            protocol=protocol,
            rank=rank,
            severity=severity,
            templates=templates,
        )

        template_leaderboard_data_item.additional_properties = d
        return template_leaderboard_data_item

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
