"""`scanclients pdcp whoami`: the key checked with `GET /v1/user`, whose it is and where it came
from; never the key."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanclients import PDCP
from scanclients._cli import cli
from scanclients.mock import MockService, serve
from tests.helpers import KEY


@pytest.fixture(scope="module")
def keyed() -> Iterator[MockService]:
    """A mock that accepts only KEY: a wrong key is a 401."""
    with serve(scan_seconds=0, api_key=KEY) as service:
        yield service


def whoami(*extra: str):
    return CliRunner().invoke(cli, ["pdcp", "whoami", *extra], catch_exceptions=False)


def _credentials(home: Path, key: str, server: str) -> Path:
    """A credentials file as `nuclei -auth` writes it, readable by its owner only."""
    folder = home / ".pdcp"
    folder.mkdir()
    path = folder / "credentials.yaml"
    path.write_text(f"- username: a\n  api-key: {key}\n  server: {server}\n")
    path.chmod(0o600)
    return path


def _rows(stdout: str) -> dict[str, str]:
    # Off a terminal a key/value table is tab-separated rows.
    return dict(line.split("\t", 1) for line in stdout.splitlines())


def test_whoami_asks_the_service_and_names_the_key_source_not_the_key(
    home: Path, monkeypatch: pytest.MonkeyPatch, keyed: MockService
) -> None:
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("PDCP_API_SERVER", keyed.pdcp_url)
    monkeypatch.setenv("PDCP_TEAM_ID", "team-7")
    before = keyed.requests()["pdcp"]
    table = whoami()
    assert table.exit_code == 0, table.output
    assert keyed.requests()["pdcp"] == before + 1  # the key was checked: one GET /v1/user
    with PDCP(api_key=KEY, base_url=keyed.pdcp_url) as client:
        user = client.users.me()
    assert _rows(table.stdout) == {
        "name": str(user.name),
        "email": str(user.email),
        "key from": "environment (PDCP_API_KEY)",
        "server": keyed.pdcp_url,
        "team": "team-7",
    }
    assert KEY not in table.output


def test_whoami_json_is_the_answer_to_dict(
    home: Path, monkeypatch: pytest.MonkeyPatch, keyed: MockService
) -> None:
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    result = whoami("--base-url", keyed.pdcp_url, "--json")
    assert result.exit_code == 0, result.output
    with PDCP(api_key=KEY, base_url=keyed.pdcp_url) as client:
        expected = client.users.me().to_dict()
    assert json.loads(result.stdout) == expected
    assert set(expected) >= {"name", "email"}
    assert KEY not in result.output


def test_whoami_names_the_credentials_file_and_uses_its_server(
    home: Path, keyed: MockService
) -> None:
    path = _credentials(home, KEY, keyed.pdcp_url)
    result = whoami()
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert rows["key from"] == f"file ({path})"
    assert rows["server"] == keyed.pdcp_url
    assert KEY not in result.output


def test_a_refused_key_exits_1_and_says_where_it_came_from(
    home: Path, monkeypatch: pytest.MonkeyPatch, keyed: MockService
) -> None:
    monkeypatch.setenv("PDCP_API_KEY", "not-the-key")
    result = whoami("--base-url", keyed.pdcp_url)
    assert result.exit_code == 1
    assert "401" in result.stderr
    assert "hint: the key came from the environment (PDCP_API_KEY)" in result.stderr
    assert "not-the-key" not in result.output
    assert result.stdout == ""


def test_whoami_without_any_key_exits_2_with_the_message_and_a_hint(home: Path) -> None:
    # An empty HOME and no PDCP variable: nowhere has a key. The library's message (every place
    # it looked) is shown whole, then the command line's own way to give one.
    result = whoami()
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    # The client is built without a key (the vulnerability database needs none); the first call
    # that needs one refuses before sending, naming itself.
    assert lines[0].startswith("error: GET /v1/user needs an API key. PDCP: no API key.")
    assert "PDCP_API_KEY" in lines[0]
    assert "credentials.yaml" in lines[0]
    assert lines[1] == "hint: give the key with --api-key KEY (visible to ps), or set PDCP_API_KEY"
    assert result.stdout == ""


def test_hostedscan_without_a_key_gets_the_same_hint(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)
    result = CliRunner().invoke(cli, ["hostedscan", "list"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "HOSTEDSCAN_API_KEY" in result.stderr.splitlines()[0]
    assert result.stderr.splitlines()[1] == (
        "hint: give the key with --api-key KEY (visible to ps), or set HOSTEDSCAN_API_KEY"
    )


def test_a_given_key_gets_no_missing_key_hint(home: Path) -> None:
    result = whoami("--api-key", " padded ")
    assert result.exit_code == 2
    assert "hint:" not in result.stderr


def test_a_refused_key_from_the_credentials_file_says_so(home: Path, keyed: MockService) -> None:
    _credentials(home, "stale-key", keyed.pdcp_url)
    result = whoami()
    assert result.exit_code == 1
    assert "hint: the key came from ~/.pdcp/credentials.yaml" in result.stderr
    assert "stale-key" not in result.output
