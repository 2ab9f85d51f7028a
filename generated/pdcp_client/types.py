"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from types import NoneType
from typing import IO, Any, BinaryIO, Generic, TypeAlias, TypeVar

from attrs import define

# scanclients: a field the service left out reads as None (typed `X | None`), never as a marker
# object a user could print; `isinstance(value, Unset)` and `value is UNSET` keep working.
Unset: TypeAlias = NoneType  # type: ignore[nonetype-type]
UNSET: Unset = None


class LeftOutList(list[Any]):
    """The empty list a list field the service left out reads as.

    to_dict() leaves the field out while the list is still empty; an explicit [] (a plain list)
    is kept, so a request sends exactly what the caller gave.
    """

    __slots__ = ()


_E = TypeVar("_E", bound=Enum)


def enum_or_str(enum_type: type[_E], value: Any) -> _E | str:
    """A known value as its enum member; one the spec does not list (yet) kept as the string."""
    try:
        return enum_type(value)
    except ValueError:
        return str(value)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LeftOutList",
    "RequestFiles",
    "Response",
    "Unset",
    "enum_or_str",
]
