"""The request bodies of HostedScan's writes, checked before anything is sent.

Each body is validated by its generated model (strictly: no "1" for 1, no tuple taken apart as a
string), and a problem becomes a `ValidationError` naming the field. What the models cannot say
is checked here: non-blank targets, and a Selenium recording that is a file of JSON.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The enums only: a request model is imported (and built) by the body that is checked against it.
from scanclients._generated.hostedscan_models import ReportFormat, ScanType

from .._core.answers import field_path
from .._core.request import CheckedBody
from .._core.text import check_text, non_empty_string, non_empty_strings
from ..errors import ValidationError
from .filters import filter_object, string_list

if TYPE_CHECKING:
    import pydantic

__all__ = [
    "boolean",
    "create_report_body",
    "create_scan_body",
    "create_target_body",
    "recording_file",
    "update_target_body",
]

# A Selenium IDE recording is a small JSON document; anything far larger is not one.
MAX_RECORDING_BYTES = 10 * 1024 * 1024


def create_scan_body(
    scan_type: ScanType | str,
    targets: Iterable[str] | None,
    target_ids: Iterable[str] | None,
    use_authentication: bool | None = None,
) -> CheckedBody:
    # Every field checked here, to the last target: the request's build need not check them again.
    body = CheckedBody(type=_member("type", ScanType, scan_type, "scan type", "types"))
    for name, values in (("targets", targets), ("target_ids", target_ids)):
        if values is not None:
            body[name] = strings(name, values)
    if not body.get("targets") and not body.get("target_ids"):
        raise ValidationError("targets", "give targets or target_ids (at least one, not empty)")
    if use_authentication is not None:
        body["use_authentication"] = boolean("use_authentication", use_authentication)
    return body


def strings(name: str, values: Iterable[str]) -> list[str]:
    """A list of non-blank strings from any iterable (a set, a tuple, a generator, consumed once);
    a lone string or a mapping is refused: it is not a list of targets."""
    if type(values) is list and _plain_strings(values):
        return list(values)
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise ValidationError(name, f"expected a list of strings, got {type(values).__name__}")
    return non_empty_strings(name, values)


def _plain_strings(values: list[Any]) -> bool:
    """True when every item is a string with more than white space that UTF-8 encodes, found in
    two C-level passes (the abstract-class checks and a name per item cost more than the check);
    anything else goes item by item, which names the first bad one as before."""
    try:
        # str.strip raises TypeError on anything but a string; str.encode on a lone surrogate.
        return all(map(str.strip, values)) and all(map(str.encode, values))
    except (TypeError, UnicodeEncodeError):
        return False


def create_target_body(
    target: str, label: str | None, tags: Iterable[str] | None
) -> dict[str, Any]:
    from scanclients._generated.hostedscan_models import CreateTargetRequest

    non_empty_string("target", target)
    return _validated(CreateTargetRequest, {"target": target, "label": label, "tags": tags})


def update_target_body(label: str | None, tags: Iterable[str] | None) -> dict[str, Any]:
    from scanclients._generated.hostedscan_models import UpdateTargetRequest

    if label is None and tags is None:
        raise ValidationError("label", "give label, tags or both: there is nothing to update")
    return _validated(UpdateTargetRequest, {"label": label, "tags": tags})


def create_report_body(
    report_format: ReportFormat | str,
    target_ids: Iterable[str] | None,
    tags: Iterable[str] | None,
    risk_filters: Mapping[str, object],
) -> dict[str, Any]:
    from scanclients._generated.hostedscan_models import CreateReportRequest

    from .filters import REPORT_RISK_FILTERS

    report_format = _member("format", ReportFormat, report_format, "report format", "formats")
    body: dict[str, Any] = {"report_format": report_format}
    targets_filter = {}
    if target_ids is not None:
        targets_filter["target_ids"] = string_list("target_ids", target_ids)
    if tags is not None:
        targets_filter["tag"] = string_list("tags", tags)
    if targets_filter:
        body["targets_filter"] = targets_filter
    risks_filter = filter_object(REPORT_RISK_FILTERS, risk_filters)
    if risks_filter:
        body["risks_filter"] = risks_filter
    return _validated(CreateReportRequest, body)


def recording_file(recording: str | os.PathLike[str] | bytes) -> tuple[str, bytes]:
    """The file name and bytes of a Selenium IDE recording: a path to a `.side` file, or its bytes."""
    if isinstance(recording, bytes):
        name, content = "recording.side", recording
    elif isinstance(recording, str | os.PathLike) and str(recording):
        path = Path(recording)
        if not path.is_file():
            raise ValidationError("recording", f"{str(path)!r} is not a file")
        if path.stat().st_size > MAX_RECORDING_BYTES:
            raise ValidationError("recording", f"{str(path)!r} is larger than 10 MiB")
        name, content = path.name, path.read_bytes()
    else:
        raise ValidationError(
            "recording", f"expected a path to a .side file or its bytes, got {recording!r}"
        )
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValidationError(
            "recording", f"is not a Selenium IDE recording (a .side file is JSON): {error}"
        ) from None
    if not isinstance(document, dict):
        raise ValidationError("recording", "is not a Selenium IDE recording (not a JSON object)")
    return name, content


def _member(name: str, values: type[enum.Enum], value: object, what: str, plural: str) -> str:
    """The value of a member of a closed set; anything else is refused with the valid values."""
    known = _VALUES.get(values)
    if known is None:  # listed once per enum, not on every call
        known = _VALUES[values] = [member.value for member in values]
    if value not in known:
        raise ValidationError(name, f"unknown {what} {value!r}; valid {plural}: {', '.join(known)}")
    return str(known[known.index(value)])  # the member's own value, as `values(value).value`


_VALUES: dict[type[enum.Enum], list[Any]] = {}


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, f"expected True or False, got {value!r}")
    return value


def _validated(model: type[pydantic.BaseModel], fields: Mapping[str, Any]) -> dict[str, Any]:
    import pydantic  # loaded with the model already: pydantic waits for the first model used

    body = {
        name: list(value) if _is_list(value) else value
        for name, value in fields.items()
        if value is not None
    }
    for name in ("tags",):
        if isinstance(fields.get(name), str):
            raise ValidationError(name, "expected a list of strings, got str")
    for name, value in body.items():
        _check_texts(name, value)
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            raise ValidationError(name, f"expected JSON data, got {value!r}") from None
    try:
        # Strict, on the JSON the service would get: "1" is no 1, yet "PDF" is ReportFormat.PDF.
        model.model_validate_json(json.dumps(body), strict=True)
    except pydantic.ValidationError as error:
        problem = error.errors()[0]
        where = field_path(problem["loc"]) or "body"
        raise ValidationError(where, f"{problem['msg']}, got {problem['input']!r}") from None
    return body


def _check_texts(name: str, value: object) -> None:
    """A lone surrogate in a string (or a list's string) is named before anything is sent."""
    if isinstance(value, str):
        check_text(name, value)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                check_text(f"{name}[{index}]", item)


def _is_list(value: object) -> bool:
    # Any iterable but text and mappings: a set of tags, a tuple, a generator (consumed once).
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | bytearray | Mapping)
