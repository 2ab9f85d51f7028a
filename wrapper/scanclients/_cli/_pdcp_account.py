"""`scanclients pdcp whoami`: which key, server and team a command would use (never the key)."""

from __future__ import annotations

import click

from .._pdcp import PDCP
from ._app import command_options
from ._output import emit
from ._pdcp import pdcp

__all__ = ["whoami"]


@pdcp.command()
@click.option("--team-id", envvar="PDCP_TEAM_ID", help="The team (env PDCP_TEAM_ID).")
@command_options
@click.pass_context
def whoami(context: click.Context, team_id: str | None, as_json: bool) -> None:
    """Where the API key comes from (argument, environment or ~/.pdcp/credentials.yaml), the
    server and the team: what every pdcp command would use. Nothing is sent; the key is not shown."""
    with PDCP(team_id=team_id, base_url=context.obj["base_url"]) as client:
        headers = dict(client._options.extra_headers)
        document = {
            "key_source": client.key_source,
            "server": client.base_url,
            "team_id": headers.get("X-Team-Id"),
        }
    emit(
        document,
        as_json=as_json,
        title="PDCP credentials",
        rows=[
            ("key from", document["key_source"]),
            ("server", document["server"]),
            ("team", document["team_id"] or "(none: the key's default team)"),
        ],
    )
