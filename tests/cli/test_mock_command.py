"""`scanclients mock` on click: its help lists the fault kinds, it has --version, bad input exits 2."""

from __future__ import annotations

from click.testing import CliRunner

from scanclients import __version__
from scanclients._cli import cli
from scanclients.mock import FAULT_KINDS


def test_the_help_lists_every_fault_kind_and_the_options() -> None:
    result = CliRunner().invoke(cli, ["mock", "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: cli mock [OPTIONS]")  # click, as every command
    for kind in FAULT_KINDS:
        assert f"\n    {kind}\n" in result.stdout, kind
    assert "fail-first:N:KIND" in result.stdout
    for option in ("--pdcp-port", "--hostedscan-port", "--scan-seconds", "--fault", "--pdcp-spec"):
        assert option in result.stdout
    assert "[default: 8085]" in result.stdout


def test_version() -> None:
    result = CliRunner().invoke(cli, ["mock", "--version"])
    assert result.exit_code == 0
    assert result.stdout == f"scanclients mock, version {__version__}\n"


def test_an_unknown_fault_exits_2_naming_the_kinds_before_serving() -> None:
    result = CliRunner().invoke(cli, ["mock", "--fault", "nope", "--pdcp-port", "0"])
    assert result.exit_code == 2
    assert "unknown fault 'nope'" in result.stderr
    assert "rate-limit" in result.stderr


def test_a_bad_number_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["mock", "--scan-seconds", "soon"])
    assert result.exit_code == 2
    assert "--scan-seconds" in result.stderr
