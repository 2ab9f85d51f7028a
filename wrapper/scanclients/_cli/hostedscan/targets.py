"""`scanclients hostedscan targets ...`: saved targets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ..app import command_options, with_options
from ..inputs import many
from ..options import takes_id
from ..output import emit, plain, table_of
from .group import hostedscan_client

if TYPE_CHECKING:
    from ...types import Target

__all__ = [
    "create_target",
    "delete_target",
    "get_target",
    "list_targets",
    "update_target",
    "upload_recording",
]


def _target_rows(target: Target) -> list[tuple[str, Any]]:
    return [
        ("id", target.id),
        ("target", target.target),
        ("label", target.label or "-"),
        ("tags", ", ".join(target.tags or []) or "-"),
    ]


def _show_target(target: Target, as_json: bool, title: str) -> None:
    emit(plain(target), as_json=as_json, title=title, rows=_target_rows(target))


@click.command("list")
@click.option("--tag", "tags", multiple=True, help="Only targets with this tag (repeatable: any).")
@click.option("--target", "names", multiple=True, help="Only this target (repeatable).")
@command_options
@click.pass_context
def list_targets(
    context: click.Context, tags: tuple[str, ...], names: tuple[str, ...], as_json: bool
) -> None:
    """List saved targets (all pages)."""
    with hostedscan_client(context) as client:
        found = list(client.targets.list(tags=many(tags), target=many(names)))
    rows = [tuple(str(value) for _, value in _target_rows(target)) for target in found]
    table = table_of(f"{len(found)} targets", ("id", "target", "label", "tags"), rows)
    emit([plain(t) for t in found], as_json=as_json, table=table)


@click.command("get")
@takes_id("target_id")
def get_target(context: click.Context, target_id: str, as_json: bool) -> None:
    """Show a saved target."""
    with hostedscan_client(context) as client:
        _show_target(client.targets.get(target_id), as_json, "target")


_label_and_tags = with_options(
    click.option("--label", help="A label for people."),
    click.option("--tag", "tags", multiple=True, help="A tag (repeatable, up to 10)."),
)


@click.command("create")
@click.argument("target")
@_label_and_tags
@click.option("--upsert", is_flag=True, help="Update the target if it already exists.")
@command_options
@click.pass_context
def create_target(
    context: click.Context,
    target: str,
    label: str | None,
    tags: tuple[str, ...],
    upsert: bool,
    as_json: bool,
) -> None:
    """Save a target (an IPv4 address, URL or domain name)."""
    with hostedscan_client(context) as client:
        saved = client.targets.create(target=target, label=label, tags=many(tags), upsert=upsert)
    _show_target(saved, as_json, "target saved")


@click.command("update")
@click.argument("target_id")
@_label_and_tags
@click.option("--clear-tags", is_flag=True, help="Remove every tag.")
@command_options
@click.pass_context
def update_target(
    context: click.Context,
    target_id: str,
    label: str | None,
    tags: tuple[str, ...],
    clear_tags: bool,
    as_json: bool,
) -> None:
    """Change a target's label and/or tags."""
    new_tags = [] if clear_tags else many(tags)
    with hostedscan_client(context) as client:
        saved = client.targets.update(target_id, label=label, tags=new_tags)
    _show_target(saved, as_json, "target updated")


@click.command("delete")
@takes_id("target_id")
def delete_target(context: click.Context, target_id: str, as_json: bool) -> None:
    """Delete a target and every risk found on it."""
    with hostedscan_client(context) as client:
        client.targets.delete(target_id)
    emit({"deleted": target_id}, as_json=as_json, rows=[("deleted", target_id)])


@click.command("upload-recording")
@click.argument("target_id")
@click.argument("recording", type=click.Path(exists=True, dir_okay=False))
@command_options
@click.pass_context
def upload_recording(context: click.Context, target_id: str, recording: str, as_json: bool) -> None:
    """Upload a Selenium IDE recording (.side) for authenticated scans of the target."""
    with hostedscan_client(context) as client:
        client.targets.upload_recording(target_id, recording)
    emit(
        {"target_id": target_id, "recording": recording},
        as_json=as_json,
        rows=[("uploaded", recording), ("target", target_id)],
    )
