"""Reading what the commands take: target lists, --set assignments, repeatable filters."""

from __future__ import annotations

import json
from typing import IO, Any

import click

from ..errors import ValidationError

__all__ = ["many", "parse_assignments", "read_targets", "require_targets"]

# A value starting with one of these is meant as JSON: broken JSON is an error, not a string.
_JSON_STARTS = ("{", "[", '"')


def read_targets(targets: tuple[str, ...], targets_file: IO[str] | None) -> list[str]:
    """-t values, then the lines of --targets-file (blank lines and # comments skipped).

    A targets file that is not UTF-8, or that names no target at all, is a `ValidationError`:
    a scan of nothing is never what a file was given for.
    """
    collected = list(targets)
    if targets_file is None:
        return collected
    name = getattr(targets_file, "name", "-")
    found = 0
    number = 0
    try:
        for number, line in enumerate(targets_file, start=1):  # noqa: B007 - used after the loop
            text = line.strip()
            if text and not text.startswith("#"):
                collected.append(text)
                found += 1
    except UnicodeDecodeError:
        raise ValidationError(
            "--targets-file", f"{name} is not UTF-8 text (line {number + 1})"
        ) from None
    if found == 0:
        raise ValidationError("--targets-file", f"{name} has no targets")
    return collected


def require_targets(collected: list[str], *alternatives: object) -> None:
    """No targets at all (and nothing else that chooses them) is a usage error."""
    if not collected and not any(alternatives):
        raise ValidationError("targets", "no targets: give -t TARGET or --targets-file FILE")


def parse_assignments(assignments: tuple[str, ...]) -> dict[str, Any]:
    """`--set key=value`: value is JSON (`true`, `["a"]`, `{"k": 1}`), else taken as a string;
    a value that starts like JSON (`{`, `[`, `"`) must be valid JSON."""
    parsed: dict[str, Any] = {}
    for assignment in assignments:
        key, equals, raw = assignment.partition("=")
        if not equals or not key.strip():
            raise click.BadParameter(f"{assignment!r} is not KEY=VALUE", param_hint="--set")
        try:
            parsed[key.strip()] = json.loads(raw)
        except (ValueError, RecursionError) as error:
            if raw.lstrip().startswith(_JSON_STARTS):
                raise click.BadParameter(
                    f"{key.strip()}: the value is not valid JSON ({error})", param_hint="--set"
                ) from None
            parsed[key.strip()] = raw
    return parsed


def many(values: tuple[str, ...]) -> list[str] | None:
    """A repeatable option: None when not given (not filtered), else its values."""
    return list(values) or None
