"""The HostedScan part of docs/api.md: every operation of specs/hostedscan.yaml and the methods
of `HostedScan` that run it.

HostedScan's methods are hand-made facades (wrapper/scanclients/_hostedscan/), so the spec cannot
name them: `[hostedscan.reference]` in specs/generators.toml does, operationId -> methods. Every
operation of the spec must be listed there (generation fails naming the one that is not), and
tests/generators/test_hostedscan_reference.py checks that every method named exists.
"""

from __future__ import annotations

from typing import Any

from resources_names import resolve
from spec_names import METHODS

__all__ = ["HostedScanReferenceError", "render_hostedscan_reference"]


class HostedScanReferenceError(Exception):
    """An operation of the HostedScan spec that `[hostedscan.reference]` does not list."""


def _answer(spec: dict[str, Any], op: dict[str, Any]) -> str:
    for status, response in op.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        content = resolve(spec, response).get("content") or {}
        schema = (content.get("application/json") or {}).get("schema") or {}
        if "$ref" in schema and len(content) == 1:
            return f"`{schema['$ref'].rpartition('/')[2]}`"
        if content:
            return "a file (" + ", ".join(content) + ")"
        return "nothing"
    return "nothing"


def render_hostedscan_reference(spec: dict[str, Any], table: dict[str, list[str]]) -> str:
    """The section, in the spec's order of operations."""
    rows = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            operation_id = op.get("operationId", f"{method}-{path}")
            if operation_id not in table:
                raise HostedScanReferenceError(
                    f"{operation_id} ({method.upper()} {path}) is not in [hostedscan.reference]"
                    " of specs/generators.toml: name the HostedScan methods that run it"
                )
            names = ", ".join(f"`hs.{name}`" for name in table[operation_id])
            summary = " ".join((op.get("summary") or "").split())
            rows.append(
                f"| {names} | `{method.upper()} {path}` | `{operation_id}` | {summary} |"
                f" {_answer(spec, op)} |\n"
            )
    return (
        "\n# HostedScan API reference\n\n"
        "From `specs/hostedscan.yaml` and `[hostedscan.reference]` in `specs/generators.toml`: do\n"
        "not edit. The methods are hand-made over the generated models (the answer models below,\n"
        "`scanclients.types.hostedscan.<Name>`); each exists on `HostedScan` and, as a coroutine, on\n"
        f"`AsyncHostedScan`. {len(rows)} operations.\n\n"
        "| methods | HTTP | operation | summary | answers |\n| --- | --- | --- | --- | --- |\n"
        + "".join(rows)
    )
