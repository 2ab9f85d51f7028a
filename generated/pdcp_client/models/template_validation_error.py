from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateValidationError")


@_attrs_define
class TemplateValidationError:
    """
    Attributes:
        filename (str):
        message (str):
        detail (str | Unset):
        line (int | Unset): Line number reported by the validator (if available)
        column (int | Unset): Column number reported by the validator (if available)
        issue_code (str | Unset): Optional validator issue identifier
    """

    filename: str
    message: str
    detail: str | Unset = UNSET
    line: int | Unset = UNSET
    column: int | Unset = UNSET
    issue_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        message = self.message

        detail = self.detail

        line = self.line

        column = self.column

        issue_code = self.issue_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "message": message,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if line is not UNSET:
            field_dict["line"] = line
        if column is not UNSET:
            field_dict["column"] = column
        if issue_code is not UNSET:
            field_dict["issue_code"] = issue_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        message = d.pop("message")

        detail = d.pop("detail", UNSET)

        line = d.pop("line", UNSET)

        column = d.pop("column", UNSET)

        issue_code = d.pop("issue_code", UNSET)

        template_validation_error = cls(
            filename=filename,
            message=message,
            detail=detail,
            line=line,
            column=column,
            issue_code=issue_code,
        )

        template_validation_error.additional_properties = d
        return template_validation_error

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
