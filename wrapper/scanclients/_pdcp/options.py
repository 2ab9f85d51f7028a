"""PDCP's settings and options: the service, the team header, and the key stored by `nuclei -auth`.

The options are resolved in the order of `_core.options.resolve_options` (argument, environment), with
`~/.pdcp/credentials.yaml` read last and only when neither gave a key. A file other users may read
is not refused: the constructor warns (`CredentialsFileWarning`) where the caller built the client.
No key anywhere is no error here: the vulnerability database is read without one (vulnx does so),
and every operation that needs one says so when called, before anything is sent (`_core.send`).
"""

from __future__ import annotations

import os
from typing import Unpack

from .._core.options import (
    ClientArguments,
    ClientOptions,
    KeyFallback,
    ServiceSettings,
    resolve_options,
)
from ..errors import ConfigurationError, CredentialsFileWarning
from .credentials import credentials_path, read_credentials

__all__ = ["SERVICE", "CredentialsFile", "resolve_pdcp_options"]

SERVICE = ServiceSettings(
    name="PDCP",
    key_header="X-API-Key",
    key_variable="PDCP_API_KEY",
    base_url_variable="PDCP_API_SERVER",
    default_base_url="https://api.projectdiscovery.io",
)


class CredentialsFile:
    """The key fallback: the file's first entry, and the warning the constructor is to give when
    other users may read the file (set once the file was read, even if the options then fail)."""

    def __init__(self) -> None:
        self.warning: CredentialsFileWarning | None = None

    @property
    def where(self) -> str:
        """The file looked at (under HOME now), for the "no API key" message."""
        return f"{credentials_path()} (nuclei -auth writes it)"

    def load(self) -> tuple[str, str | None, str] | None:
        stored = read_credentials()
        if stored is None:
            return None
        if stored.warning is not None:
            self.warning = CredentialsFileWarning(stored.warning)
        return stored.api_key, stored.server, f"file ({stored.path})"


def resolve_pdcp_options(
    credentials: CredentialsFile, *, team_id: str | None, **arguments: Unpack[ClientArguments]
) -> ClientOptions:
    """The client's options; `credentials` is read last, only when nothing else gave a key."""
    team = team_id if team_id is not None else os.environ.get("PDCP_TEAM_ID")
    if team is not None and not isinstance(team, str):
        raise ConfigurationError(f"team_id: expected a string, got {type(team).__name__}")
    return resolve_options(
        SERVICE,
        extra_headers=(("X-Team-Id", team.strip()),) if team and team.strip() else (),
        key_fallback=KeyFallback(credentials.where, credentials.load),
        key_optional=True,
        **arguments,
    )
