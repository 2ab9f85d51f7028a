"""`scanclients pdcp call RESOURCE METHOD --param k=v`: every operation from the shell.

The resource and method names are the client's own (`pd.<resource>.<method>`), so they follow the
naming rule and table of the generated resources and every operation is reachable, including one a
newer document adds. A value is read as JSON when it parses (`limit=10`, `tags=["a"]`, `x=true`),
else as text. A list operation prints its items (up to --max-items); a file is written to -o.
"""

from __future__ import annotations

import inspect
import itertools
import json
import sys
from typing import Any

import click

from ... import PDCP
from ...errors import ValidationError
from ..app import command_options
from ..options import at_least_one, output_option, pdcp_options, team_option
from ..output import emit, plain

__all__ = ["call"]


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _arguments(params: tuple[str, ...]) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    for item in params:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError("--param", f"expected KEY=VALUE, got {item!r}")
        arguments[key.strip().replace("-", "_")] = _value(text)
    return arguments


def _method(client: PDCP, resource: str, name: str) -> Any:
    if resource.startswith("_") or name.startswith("_"):
        raise ValidationError("RESOURCE", f"no resource {resource!r}")
    group = getattr(client, resource, None)
    if group is None or not hasattr(type(client), resource):
        raise ValidationError("RESOURCE", f"no resource {resource!r}: see docs/api.md")
    method = getattr(group, name, None)
    if not callable(method):
        known = sorted(n for n, _ in inspect.getmembers(group, callable) if not n.startswith("_"))
        raise ValidationError(
            "METHOD", f"{resource} has no method {name!r}; it has: {', '.join(known)}"
        )
    return method


@click.command()
@click.argument("resource")
@click.argument("method")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="An argument of the method (repeatable); VALUE is JSON or text.",
)
@output_option("Where to write a file answer (an export).")
@at_least_one("--max-items", default=100, help="At most this many items of a list operation.")
@team_option
@command_options
@click.pass_context
def call(
    context: click.Context,
    resource: str,
    method: str,
    params: tuple[str, ...],
    output: str | None,
    max_items: int,
    team_id: str | None,
    as_json: bool,
) -> None:
    """Call any operation: `scanclients pdcp call templates list --param limit=10`."""
    arguments = _arguments(params)
    with PDCP(**pdcp_options(context, team_id)) as client:
        function = _method(client, resource, method)
        try:
            inspect.signature(function).bind(**arguments)
        except TypeError as error:
            raise ValidationError("--param", f"{resource}.{method}: {error}") from None
        answer = function(**arguments)
        if hasattr(answer, "save"):
            if output is None:
                raise ValidationError(
                    "--output", f"{resource}.{method} answers a file: give -o PATH"
                )
            saved = answer.save(output)
            document: Any = {
                "path": str(getattr(saved, "path", output)),
                "export_id": getattr(saved, "export_id", None),
            }
        elif hasattr(answer, "pages") or (
            hasattr(answer, "__iter__") and not isinstance(answer, dict | list | str)
        ):
            document = [plain(item) for item in itertools.islice(answer, max_items)]
        elif isinstance(answer, bytes):
            if output is None:
                sys.stdout.buffer.write(answer)
                return
            with open(output, "wb") as handle:
                handle.write(answer)
            document = {"path": output, "bytes": len(answer)}
        else:
            document = plain(answer)
    emit(document, as_json=True) if as_json or not isinstance(document, dict) else emit(
        document,
        as_json=False,
        rows=[(k, json.dumps(v) if not isinstance(v, str) else v) for k, v in document.items()],
    )
