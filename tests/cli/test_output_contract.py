"""The one output contract of every command (README, "Output for scripts"): `--json` is the
library's own `to_dict()` (PDCP) or `model_dump` (HostedScan) of the result, lists as JSON arrays;
`--fields` picks keys or columns; off a terminal, tab-separated rows with whole values;
`--quiet` prints nothing but errors; a service's text is printed as sent, never as rich markup."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from scanclients import PDCP, HostedScan
from scanclients._cli import cli
from scanclients._cli.output import plain
from scanclients.mock import MockService
from tests.helpers import KEY


@pytest.fixture
def run(cli_env: MockService):
    def invoke(*arguments: str) -> Result:
        result = CliRunner().invoke(cli, list(arguments), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.fixture
def pd(cli_env: MockService):
    with PDCP(api_key=KEY, base_url=cli_env.pdcp_url) as client:
        yield client


@pytest.fixture
def hs(cli_env: MockService):
    with HostedScan(api_key=KEY, base_url=cli_env.hostedscan_url) as client:
        yield client


def _json(result: Result) -> Any:
    return json.loads(result.stdout)


def _scans(pd: PDCP, count: int) -> list[str]:
    return [str(pd.scans.create(targets=[f"{n}.example.com"]).id) for n in range(count)]


def test_pdcp_scans_list_json_is_the_librarys_to_dict_array(run, pd: PDCP) -> None:
    _scans(pd, 3)
    printed = _json(run("pdcp", "scans", "list", "--json"))
    expected = [scan.to_dict() for scan in pd.scans.list()]
    for item in printed + expected:  # the clock moves between the two reads
        item.pop("updated_at"), item.pop("scan_time_elapsed")
    assert printed == expected


def test_pdcp_scans_get_json_is_the_librarys_to_dict(run, pd: PDCP) -> None:
    (scan_id,) = _scans(pd, 1)
    printed = _json(run("pdcp", "scans", "get", scan_id, "--json"))
    expected = pd.scans.get(scan_id).to_dict()
    for item in (printed, expected):
        item.pop("updated_at"), item.pop("scan_time_elapsed")
    assert printed == expected


def test_pdcp_create_json_is_the_librarys_to_dict(run, pd: PDCP) -> None:
    printed = _json(run("pdcp", "scans", "create", "-t", "example.com", "--json"))
    expected = pd.scans.create(targets=["example.com"]).to_dict()
    assert set(printed) == set(expected)
    assert printed["id"] != expected["id"]


def test_hostedscan_lists_json_are_the_librarys_models_as_arrays(run, hs: HostedScan) -> None:
    hs.scans.create_and_wait(type="NMAP", targets=["example.com"], poll_interval=0.01)
    hs.targets.create(target="other.example.com")
    for argv, listed in (
        (("hostedscan", "scans", "list"), hs.scans.list()),
        (("hostedscan", "targets", "list"), hs.targets.list()),
        (("hostedscan", "risks", "list"), hs.risks.list()),
    ):
        printed = _json(run(*argv, "--json"))
        assert isinstance(printed, list), argv
        assert printed, argv
        assert printed == [plain(item) for item in listed], argv


def test_fields_picks_json_keys_and_table_columns(run, pd: PDCP) -> None:
    ids = _scans(pd, 2)
    printed = _json(run("pdcp", "scans", "list", "--json", "--fields", "scan_id,status"))
    assert printed == [{"scan_id": i, "status": "finished"} for i in reversed(ids)]
    rows = run("pdcp", "scans", "list", "--fields", "id,status").stdout.splitlines()
    assert rows == ["id\tstatus", *(f"{i}\tfinished" for i in reversed(ids))]


def test_off_a_terminal_a_table_is_tab_separated_with_whole_values(run, pd: PDCP) -> None:
    long_name = "nightly " + "x" * 200
    scan_id = str(pd.scans.create(targets=["example.com"], name=long_name).id)
    rows = run("pdcp", "scans", "list").stdout.splitlines()
    assert rows[0] == "id\tname\tstatus\tprogress\tfindings"
    assert rows[1].split("\t") == [scan_id, long_name, "finished", "100%", "3"]
    shown = run("pdcp", "scans", "get", scan_id).stdout.splitlines()
    assert f"id\t{scan_id}" in shown


def test_quiet_prints_no_table_but_json_still_prints(run, pd: PDCP) -> None:
    (scan_id,) = _scans(pd, 1)
    assert run("pdcp", "scans", "list", "--quiet").stdout == ""
    assert run("pdcp", "scans", "wait", scan_id, "-q").output == ""
    assert _json(run("pdcp", "scans", "get", scan_id, "-q", "--json"))["scan_id"] == scan_id


def test_a_services_text_is_printed_as_sent_never_as_markup(
    run, pd: PDCP, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "[/bold] x [red]y[/red]"
    pd.scans.create(targets=["example.com"], name=name)
    rows = run("pdcp", "scans", "list").stdout.splitlines()
    assert rows[1].split("\t")[1] == name
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich draws as on a terminal
    monkeypatch.setenv("COLUMNS", "300")
    drawn = run("pdcp", "scans", "list").stdout
    assert "\x1b[" in drawn  # a drawn table, not the rows
    assert "─" in drawn
    assert name in drawn
