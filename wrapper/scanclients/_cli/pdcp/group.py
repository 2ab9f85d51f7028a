"""`scanclients pdcp ...`: the service's group, `create` and `scope`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ... import PDCP, scope
from ...types import CreateScanResponse
from ..app import command_options, with_options
from ..inputs import parse_assignments, read_targets, require_targets
from ..options import (
    pdcp_options,
    service_group,
    targets_options,
    team_anywhere,
    team_option,
)
from ..output import emit, table_of

__all__ = ["create", "pdcp", "scan_request_options", "scope_command", "show_created"]

F = TypeVar("F", bound=Callable[..., Any])

pdcp = service_group(
    "pdcp", "PDCP_API_SERVER", "ProjectDiscovery Cloud Platform (key: PDCP_API_KEY)."
)
team_anywhere(pdcp)  # `pdcp --team-id T scans get ID`, as on `pdcp scans` and on each command

_scope_options = with_options(
    targets_options,
    click.option(
        "--exclude",
        "exclusions",
        multiple=True,
        metavar="PATTERN",
        help="An exclusions pattern; +PATTERN is an inclusion (repeatable).",
    ),
)


def scan_request_options(function: F) -> F:
    """The options of a new scan (targets, exclusions, templates, name, --set), checked and
    handed to the command as one `params` dict for `scans.create`. Shared by `pdcp create` and
    `pdcp scans create`; goes below `command_options`, so that bad input exits 2."""

    @_scan_request_options
    @functools.wraps(function)
    def wrapper(
        *args: Any,
        targets: tuple[str, ...],
        targets_file: Any,
        exclusions: tuple[str, ...],
        templates: tuple[str, ...],
        private_templates: tuple[str, ...],
        name: str | None,
        assignments: tuple[str, ...],
        **kwargs: Any,
    ) -> Any:
        params: dict[str, Any] = parse_assignments(assignments)
        collected = read_targets(targets, targets_file)
        chosen_otherwise = [
            params.get(k) for k in ("targets", "asset_ids", "enumeration_ids", "asset_filters")
        ]
        require_targets(collected, *chosen_otherwise)
        for key, value in (
            ("targets", collected),
            ("templates", list(templates)),
            ("private_templates", list(private_templates)),
            ("exclusions", list(exclusions)),
        ):
            if value:
                params[key] = value
        if name is not None:
            params["name"] = name
        return function(*args, params=params, **kwargs)

    return wrapper  # type: ignore[return-value]


_scan_request_options = with_options(
    _scope_options,
    click.option(
        "--template", "templates", multiple=True, help="A template or template folder (repeatable)."
    ),
    click.option(
        "--private-template",
        "private_templates",
        multiple=True,
        type=click.Path(),
        help="A nuclei template file to upload (repeatable).",
    ),
    click.option("--name", help="The scan's name."),
    click.option(
        "--set",
        "assignments",
        multiple=True,
        metavar="KEY=JSON",
        help="Any other request property, e.g. --set recommended=true --set agent_tags='[\"dc1\"]'.",
    ),
)


def show_created(created: CreateScanResponse, as_json: bool) -> None:
    """What `scans.create` answered: the new scan's id, and the targets the plan dropped."""
    emit(
        created.to_dict(),
        as_json=as_json,
        title="PDCP scan created",
        rows=[
            ("id", created.id),
            ("message", created.message),
            ("targets dropped", created.truncated_scan_targets or 0),
        ],
    )


@click.command()
@team_option
@command_options
@scan_request_options
@click.pass_context
def create(
    context: click.Context, params: dict[str, Any], team_id: str | None, as_json: bool
) -> None:
    """Create (trigger) a scan. Every property of the spec is reachable, with --set for the rest.

    To wait for it and write or gate its findings as well: `pdcp scans create ... --wait`."""
    with PDCP(**pdcp_options(context, team_id)) as client:
        show_created(client.scans.create(**params), as_json)


@click.command("scope")
@_scope_options
@command_options
def scope_command(
    targets: tuple[str, ...], targets_file: Any, exclusions: tuple[str, ...], as_json: bool
) -> None:
    """Preview locally which targets a scan with these exclusions covers (nothing is sent)."""
    preview = scope.preview(
        targets=read_targets(targets, targets_file), exclusions=list(exclusions)
    )
    rows = [(target, "yes", "") for target in preview.included]
    rows += [(target, "no", reason) for target, reason in preview.excluded.items()]
    title = "Scope" + (" (allowlist mode)" if preview.allowlist_mode else "")
    document = {
        "included": preview.included,
        "excluded": preview.excluded,
        "allowlist_mode": preview.allowlist_mode,
    }
    emit(document, as_json=as_json, table=table_of(title, ("target", "in scope", "reason"), rows))
