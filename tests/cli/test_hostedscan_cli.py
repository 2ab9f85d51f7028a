"""`scanclients hostedscan targets|risks|reports ...` and the filters of `list`, against the mock."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from scanclients._cli import cli
from tests.helpers import KEY


@pytest.fixture
def run(mock, monkeypatch):
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", KEY)
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", mock.hostedscan_url)
    runner = CliRunner()

    def invoke(*arguments: str):
        result = runner.invoke(cli, ["hostedscan", *arguments], catch_exceptions=False)
        return result

    return invoke


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_targets_create_upsert_update_list_delete(run) -> None:
    saved = _json(
        run("targets", "create", "example.com", "--label", "Web", "--tag", "prod", "--json")
    )
    assert {k: saved[k] for k in ("target", "label", "tags")} == {
        "target": "example.com",
        "label": "Web",
        "tags": ["prod"],
    }
    again = run("targets", "create", "example.com")
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    upserted = _json(
        run("targets", "create", "example.com", "--label", "Site", "--upsert", "--json")
    )
    assert (upserted["id"], upserted["label"]) == (saved["id"], "Site")
    updated = _json(run("targets", "update", saved["id"], "--clear-tags", "--json"))
    assert updated["tags"] == []
    assert _json(run("targets", "get", saved["id"], "--json"))["label"] == "Site"
    table = run("targets", "list")
    assert table.stdout.splitlines()[0] == "id\ttarget\tlabel\ttags"
    assert table.stdout.splitlines()[1].split("\t")[:2] == [saved["id"], "example.com"]
    assert _json(run("targets", "list", "--tag", "prod", "--json")) == []
    assert _json(run("targets", "delete", saved["id"], "--json")) == {"deleted": saved["id"]}
    assert run("targets", "get", saved["id"]).exit_code == 1


def test_scan_risks_reports_and_an_authenticated_scan(run, tmp_path) -> None:
    target = _json(run("targets", "create", "app.example.com", "--tag", "prod", "--json"))
    side = tmp_path / "login.side"
    side.write_text('{"tests": []}')
    uploaded = _json(run("targets", "upload-recording", target["id"], str(side), "--json"))
    assert uploaded == {"target_id": target["id"], "recording": str(side)}
    scan = _json(
        run(
            "create",
            "--type",
            "SSLYZE",
            "--target-id",
            target["id"],
            "--wait",
            "--poll-interval",
            "0.01",
            "--json",
        )
    )
    groups = _json(run("risks", "scan", scan["id"], "--json"))
    assert [len(groups[g]) for g in ("new_open", "still_open", "closed")] == [3, 0, 0]
    rows = run("risks", "scan", scan["id"]).stdout.splitlines()
    assert rows[0].split("\t")[0] == "group"
    assert [row.split("\t")[0] for row in rows[1:]] == ["new_open"] * 3
    medium = _json(
        run(
            "risks",
            "list",
            "--tag",
            "prod",
            "--threat-level",
            "MEDIUM",
            "--status",
            "OPEN",
            "--json",
        )
    )
    assert sorted(r["risk_definition"]["title"] for r in medium) == [
        "TLS 1.0 enabled",
        "Weak cipher suites",
    ]
    one = medium[0]
    assert _json(run("risks", "get", one["id"], "--json")) == one
    assert len(run("risks", "list", "--threat-level", "MEDIUM").stdout.splitlines()) == 1 + 2
    assert (
        _json(run("list", "--state", "SUCCEEDED", "--type", "SSLYZE", "--json"))[0]["id"]
        == scan["id"]
    )
    assert _json(run("list", "--state", "FAILED", "--json")) == []
    out = tmp_path / "risks.html"
    saved = _json(
        run("reports", "create", "--format", "HTML", "--tag", "prod", "-o", str(out), "--json")
    )
    assert saved == {"path": str(out), "bytes": out.stat().st_size}
    assert "risks found: 3" in out.read_text()
    report = _json(run("reports", "create", "--threat-level", "HIGH", "--json"))
    pdf = tmp_path / "high.pdf"
    downloaded = _json(run("reports", "download", report["id"], "-o", str(pdf), "--json"))
    assert downloaded["bytes"] == pdf.stat().st_size
    assert pdf.read_bytes().startswith(b"%PDF")
    authenticated = _json(
        run(
            "create",
            "--type",
            "OWASP_ZAP",
            "--target-id",
            target["id"],
            "--use-authentication",
            "--json",
        )
    )
    assert authenticated["type"] == "OWASP_ZAP"


def test_bad_filter_values_are_usage_errors(run, mock) -> None:
    result = run("risks", "list", "--threat-level", "CRITICAL")
    assert result.exit_code == 2
    assert "'CRITICAL' is not one of" in result.stderr
    assert mock.requests()["hostedscan"] == 0


@pytest.mark.parametrize(
    "command",
    [
        ["targets"],
        ["targets", "list"],
        ["targets", "create"],
        ["targets", "update"],
        ["targets", "delete"],
        ["targets", "upload-recording"],
        ["risks"],
        ["risks", "list"],
        ["risks", "get"],
        ["risks", "scan"],
        ["reports"],
        ["reports", "create"],
        ["reports", "download"],
    ],
)
def test_every_help_reads(command) -> None:
    result = CliRunner().invoke(cli, ["hostedscan", *command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output


def test_a_report_takes_its_format_from_the_o_suffix_unless_format_is_given(
    run, mock, tmp_path
) -> None:
    html = tmp_path / "risks.html"
    assert run("reports", "create", "-o", str(html)).exit_code == 0
    assert html.read_text().lstrip().lower().startswith("<!doctype html")
    pdf = tmp_path / "risks.htm"
    assert run("reports", "create", "--format", "pdf", "-o", str(pdf)).exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")  # --format wins over the suffix
    before = mock.requests()["hostedscan"]
    unknown = run("reports", "create", "-o", str(tmp_path / "risks.txt"))
    assert unknown.exit_code == 2
    assert "cannot tell the format of" in unknown.stderr
    assert "(PDF, HTML)" in unknown.stderr
    assert ".pdf (PDF), .html (HTML), .htm (HTML)" in unknown.stderr
    assert mock.requests()["hostedscan"] == before  # refused before any request
    assert not (tmp_path / "risks.txt").exists()
