from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateLeaderboardDataItemLinks")


@_attrs_define
class TemplateLeaderboardDataItemLinks:
    """
    Attributes:
        email (str | Unset):
        github (str | Unset):
        linkedin (str | Unset):
        twitter (str | Unset):
        website (str | Unset):
    """

    email: str | Unset = UNSET
    github: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    twitter: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        github = self.github

        linkedin = self.linkedin

        twitter = self.twitter

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if github is not UNSET:
            field_dict["github"] = github
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        github = d.pop("github", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        twitter = d.pop("twitter", UNSET)

        website = d.pop("website", UNSET)

        template_leaderboard_data_item_links = cls(
            email=email,
            github=github,
            linkedin=linkedin,
            twitter=twitter,
            website=website,
        )

        template_leaderboard_data_item_links.additional_properties = d
        return template_leaderboard_data_item_links

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
