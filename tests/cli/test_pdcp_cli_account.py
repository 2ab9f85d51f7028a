"""`scanclients pdcp whoami`: the key's source, never the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanclients._cli import cli
from tests.helpers import KEY


def whoami(*extra: str):
    return CliRunner().invoke(cli, ["pdcp", "whoami", *extra], catch_exceptions=False)


def test_whoami_names_the_environment_and_not_the_key(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("PDCP_TEAM_ID", "team-7")
    result = whoami("--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "key_source": "environment (PDCP_API_KEY)",
        "server": "https://api.projectdiscovery.io",
        "team_id": "team-7",
    }
    assert KEY not in result.output
    table = whoami()
    assert "environment (PDCP_API_KEY)" in table.stdout
    assert KEY not in table.output


def test_whoami_names_the_credentials_file(home: Path) -> None:
    folder = home / ".pdcp"
    folder.mkdir()
    path = folder / "credentials.yaml"
    path.write_text(f"- username: a\n  api-key: {KEY}\n  server: http://127.0.0.1:9\n")
    path.chmod(0o600)
    result = whoami("--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["key_source"] == f"file ({path})"
    assert document["server"] == "http://127.0.0.1:9"
    assert KEY not in result.output


def test_whoami_without_any_key_exits_2_and_says_where_to_put_one(home: Path) -> None:
    result = whoami()
    assert result.exit_code == 2
    assert "PDCP_API_KEY" in result.stderr
    assert "credentials.yaml" in result.stderr
