"""`scanclients mock`: the mock service's own command line, under the main command."""

from __future__ import annotations

import sys

import click

__all__ = ["mock"]


@click.command(
    context_settings={
        "ignore_unknown_options": True,
        "allow_extra_args": True,
        "help_option_names": [],
    }
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def mock(arguments: tuple[str, ...]) -> None:
    """Serve the local mock PDCP and HostedScan APIs (needs scanclients[mock]; --help for options)."""
    # Imported here: the other commands need nothing of the mock. `python -m scanclients.mock`
    # is the one command line; without the mock extra it says what to install.
    from ..mock.__main__ import main as mock_main

    sys.exit(mock_main(list(arguments)))
