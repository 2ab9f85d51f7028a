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
    try:
        from ..mock.__main__ import main as mock_main
    except ImportError as error:
        click.echo(
            f"error: the mock service needs the mock extra: pip install 'scanclients[mock]' ({error})",
            err=True,
        )
        sys.exit(2)
    sys.exit(mock_main(list(arguments)))
