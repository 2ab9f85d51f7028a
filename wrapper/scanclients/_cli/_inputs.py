"""Reading what the commands take: target lists, --set assignments."""

from __future__ import annotations

import json
from typing import IO, Any

import click

__all__ = ["parse_assignments", "read_targets"]


def read_targets(targets: tuple[str, ...], targets_file: IO[str] | None) -> list[str]:
    """-t values, then the lines of --targets-file (blank lines and # comments skipped)."""
    collected = list(targets)
    if targets_file is not None:
        for line in targets_file:
            text = line.strip()
            if text and not text.startswith("#"):
                collected.append(text)
    return collected


def parse_assignments(assignments: tuple[str, ...]) -> dict[str, Any]:
    """`--set key=value`: value is JSON (`true`, `["a"]`, `{"k": 1}`), else taken as a string."""
    parsed: dict[str, Any] = {}
    for assignment in assignments:
        key, equals, raw = assignment.partition("=")
        if not equals or not key.strip():
            raise click.BadParameter(f"{assignment!r} is not KEY=VALUE", param_hint="--set")
        try:
            parsed[key.strip()] = json.loads(raw)
        except ValueError:
            parsed[key.strip()] = raw
    return parsed
