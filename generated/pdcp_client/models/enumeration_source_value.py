from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enumeration_source_value_metadata import (
        EnumerationSourceValueMetadata,
    )


T = TypeVar("T", bound="EnumerationSourceValue")


@_attrs_define
class EnumerationSourceValue:
    """
    Attributes:
        source (str):
        metadata (EnumerationSourceValueMetadata):
    """

    source: str
    metadata: EnumerationSourceValueMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("source" in self._left_out and self.source is None):
            source = self.source
            field_dict["source"] = source
        if not ("metadata" in self._left_out and self.metadata is None):
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enumeration_source_value_metadata import (
            EnumerationSourceValueMetadata,
        )

        d = dict(src_dict)
        if "source" in d:
            source = d.pop("source")
        else:
            source = None

        if "metadata" in d:
            metadata = EnumerationSourceValueMetadata.from_dict(d.pop("metadata"))

        else:
            metadata = None

        enumeration_source_value = cls(
            source=source,
            metadata=metadata,
        )
        enumeration_source_value._left_out = frozenset(
            name
            for name in (
                "source",
                "metadata",
            )
            if name not in src_dict
        )

        enumeration_source_value.additional_properties = d
        return enumeration_source_value

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
