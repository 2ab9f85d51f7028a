"""`scanclients pdcp whoami`: check the key with the service and say whose it is (never the key)."""

from __future__ import annotations

import click

from ... import PDCP
from ..app import command_options
from ..options import pdcp_options, team_option
from ..output import emit, plain

__all__ = ["whoami"]


@click.command()
@team_option
@command_options
@click.pass_context
def whoami(context: click.Context, team_id: str | None, as_json: bool) -> None:
    """Check the API key with the service (`GET /v1/user`, as `nuclei -auth` does) and show whose
    it is, where it came from (argument, environment or ~/.pdcp/credentials.yaml), the server and
    the team. --json prints the service's answer. The key is not shown."""
    options = pdcp_options(context, team_id)
    with PDCP(**options) as client:
        user = client.users.me()
        key_source, server = client.key_source, client.base_url
    # The client sends the team stripped, and no team when blank (it has no public property for
    # it); --team-id already read PDCP_TEAM_ID, as the client would.
    team = (options["team_id"] or "").strip() or None
    emit(
        plain(user),
        as_json=as_json,
        title="PDCP account",
        rows=[
            ("name", user.name or "-"),
            ("email", user.email or "-"),
            ("key from", key_source),
            ("server", server),
            ("team", team or "(none: the key's default team)"),
        ],
    )
