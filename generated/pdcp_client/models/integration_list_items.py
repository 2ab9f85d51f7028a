from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IntegrationListItems")


@_attrs_define
class IntegrationListItems:
    """
    Attributes:
        connection_id (str):
        integration_id (str):
        status (str):
        identifier (str):
        org_name (str):
        account_type (str):
        handle (str):
    """

    connection_id: str
    integration_id: str
    status: str
    identifier: str
    org_name: str
    account_type: str
    handle: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        integration_id = self.integration_id

        status = self.status

        identifier = self.identifier

        org_name = self.org_name

        account_type = self.account_type

        handle = self.handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "integration_id": integration_id,
                "status": status,
                "identifier": identifier,
                "org_name": org_name,
                "account_type": account_type,
                "handle": handle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        integration_id = d.pop("integration_id")

        status = d.pop("status")

        identifier = d.pop("identifier")

        org_name = d.pop("org_name")

        account_type = d.pop("account_type")

        handle = d.pop("handle")

        integration_list_items = cls(
            connection_id=connection_id,
            integration_id=integration_id,
            status=status,
            identifier=identifier,
            org_name=org_name,
            account_type=account_type,
            handle=handle,
        )

        integration_list_items.additional_properties = d
        return integration_list_items

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
