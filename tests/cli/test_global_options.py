"""The connection options (`--api-key`, `--base-url`, `--team-id`, `--allow-insecure-http`) and
`--json`/`--quiet` at any level of the command tree; errors that say what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from scanclients import PDCP
from scanclients._cli import cli
from scanclients.mock import MockService, serve
from tests.helpers import KEY


@pytest.fixture(scope="module")
def keyed() -> MockService:
    with serve(scan_seconds=0, api_key=KEY) as service:
        yield service


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)

    def invoke(*arguments: str) -> Result:
        return CliRunner().invoke(cli, list(arguments), catch_exceptions=False)

    return invoke


def _scan(keyed: MockService, team: str | None = None) -> str:
    # The mock shows a scan to the team it was created for only.
    with PDCP(api_key=KEY, base_url=keyed.pdcp_url, team_id=team) as client:
        return str(client.scans.create(targets=["example.com"]).id)


@pytest.mark.parametrize(
    "layout",
    [
        "pdcp --api-key {k} --base-url {u} --team-id t scans get {id} --json",
        "pdcp scans --api-key {k} --base-url {u} --team-id t get {id} --json",
        "pdcp scans get --api-key {k} --base-url {u} --team-id t {id} --json",
        "pdcp --json scans --team-id t get {id} --api-key {k} --base-url {u}",
        "pdcp --base-url {u} --allow-insecure-http scans --json get --api-key {k} {id}",
    ],
)
def test_the_options_are_accepted_at_any_level(run, keyed: MockService, layout: str) -> None:
    scan_id = _scan(keyed, "t" if "--team-id t" in layout else None)
    argv = layout.format(k=KEY, u=keyed.pdcp_url, id=scan_id).split()
    result = run(*argv)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scan_id"] == scan_id


def test_the_deepest_team_wins_and_whoami_shows_it(run, keyed: MockService) -> None:
    server = ("--base-url", keyed.pdcp_url)
    result = run("pdcp", "--team-id", "outer", "whoami", "--api-key", KEY, *server)
    assert result.exit_code == 0, result.output
    rows = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert (rows["team"], rows["key from"]) == ("outer", "argument")
    inner = run(
        "pdcp", "--team-id", "outer", "whoami", "--team-id", "inner", "--api-key", KEY, *server
    )
    assert "team\tinner" in inner.stdout.splitlines()


def test_hostedscan_takes_the_same_names(run, keyed: MockService) -> None:
    result = run("hostedscan", "--api-key", KEY, "--base-url", keyed.hostedscan_url, "list", "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    listed = run(
        "hostedscan", "--json", "list", "--api-key", KEY, "--base-url", keyed.hostedscan_url
    )
    assert json.loads(listed.stdout) == []


def test_a_401_says_where_the_key_came_from(
    run, keyed: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = run("pdcp", "scans", "list", "--api-key", "wrong", "--base-url", keyed.pdcp_url)
    assert given.exit_code == 1
    assert "401" in given.stderr
    assert "the key came from the --api-key option" in given.stderr
    assert "wrong" not in given.stderr  # never the key
    monkeypatch.setenv("PDCP_API_KEY", "also-wrong")
    from_env = run("pdcp", "scans", "list", "--base-url", keyed.pdcp_url)
    assert "the key came from the environment (PDCP_API_KEY)" in from_env.stderr


def test_connection_refused_names_the_host(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    result = run("pdcp", "scans", "list", "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 1
    assert "could not reach http://127.0.0.1:9" in result.stderr
    assert "--base-url" in result.stderr


def test_connection_refused_names_the_host_on_hostedscan_too(
    run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", KEY)
    result = run("hostedscan", "get", "s1", "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 1
    hint = result.stderr.splitlines()[-1]
    assert hint.startswith("hint: could not reach http://127.0.0.1:9: is the server up?")
    assert "HOSTEDSCAN_BASE_URL" in hint
