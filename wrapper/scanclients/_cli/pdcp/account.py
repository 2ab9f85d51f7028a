"""`scanclients pdcp whoami`: which key, server and team a command would use (never the key)."""

from __future__ import annotations

import click

from ... import PDCP
from ...errors import ConfigurationError
from ..app import command_options
from ..options import pdcp_options, team_option
from ..output import emit

__all__ = ["whoami"]


@click.command()
@team_option
@command_options
@click.pass_context
def whoami(context: click.Context, team_id: str | None, as_json: bool) -> None:
    """Where the API key comes from (argument, environment or ~/.pdcp/credentials.yaml), the
    server and the team: what every pdcp command would use. Nothing is sent; the key is not shown."""
    with PDCP(**pdcp_options(context, team_id)) as client:
        if client.key_source == "none":
            # The client is built without a key (the vulnerability database needs none); to
            # whoami that is the answer: where a key was looked for, exit 2.
            raise ConfigurationError(client._options.no_key)
        document = {
            "key_source": client.key_source,
            "server": client.base_url,
            # The client sends the team stripped, and no team when blank (it has no public
            # property for it); --team-id already read PDCP_TEAM_ID, as the client would.
            "team_id": (pdcp_options(context, team_id)["team_id"] or "").strip() or None,
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
