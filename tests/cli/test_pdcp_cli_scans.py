"""`scanclients pdcp scans ...` and `pdcp call`, run for real against the mock service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanclients._cli import cli
from scanclients.mock import MockService
from tests.helpers import KEY


@pytest.fixture
def run(mock: MockService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PDCP_API_KEY", KEY)
    monkeypatch.setenv("PDCP_API_SERVER", mock.pdcp_url)
    monkeypatch.delenv("PDCP_TEAM_ID", raising=False)
    runner = CliRunner()

    def invoke(*arguments: str, stdin: str | None = None):
        return runner.invoke(cli, ["pdcp", *arguments], input=stdin, catch_exceptions=False)

    return invoke


def create(run, *targets: str) -> str:
    arguments = [part for target in targets for part in ("-t", target)]
    result = run("create", *arguments, "--json")
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["id"])


def test_list_and_get_print_json(run) -> None:
    created = [create(run, f"{n}.example.com") for n in range(3)]
    scan_id = created[-1]
    listed = run("scans", "list", "--json")
    assert listed.exit_code == 0, listed.output
    scans = json.loads(listed.stdout)
    assert [scan["scan_id"] for scan in scans] == created[::-1]  # what was created, newest first
    limited = run("scans", "list", "--max-items", "2", "--json")
    assert len(json.loads(limited.stdout)) == 2
    shown = run("scans", "get", scan_id, "--json")
    assert json.loads(shown.stdout)["status"] == "finished"
    assert scan_id in run("scans", "get", scan_id).stdout


def test_wait_exits_0_3_and_4(run, mock: MockService) -> None:
    done = run("scans", "wait", create(run, "example.com"), "--json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["status"] == "finished"
    failed = run("scans", "wait", create(run, "x.fail.invalid"), "--json")
    assert failed.exit_code == 3
    assert json.loads(failed.stdout)["status"] == "failed"
    assert "fail.invalid" in failed.stderr
    mock.settings.scan_seconds = 60
    late = run(
        "scans",
        "wait",
        create(run, "example.com"),
        "--timeout",
        "0.3",
        "--poll-interval",
        "0.1",
        "--json",
    )
    assert late.exit_code == 4
    assert json.loads(late.stdout)["status"] in ("queued", "running")


def test_wait_progress_lines_carry_the_percentage(run, mock: MockService) -> None:
    mock.settings.scan_seconds = 1
    scan_id = create(run, "example.com")
    result = run("scans", "wait", scan_id, "--poll-interval", "0.2")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()  # off a terminal: a line per change, no bar
    shown = [line.removeprefix(f"scan {scan_id}: ").split(" ") for line in lines]
    assert all(len(words) == 2 and words[1].endswith("%") for words in shown), lines
    assert any(status == "running" and 0 < int(p[:-1]) < 100 for status, p in shown), lines
    assert lines[-1] == f"scan {scan_id}: finished 100%"


def test_create_wait_progress_lines_carry_the_percentage(run, mock: MockService) -> None:
    mock.settings.scan_seconds = 0.5
    result = run("scans", "create", "-t", "example.com", "--wait", "--poll-interval", "0.2")
    assert result.exit_code == 0, result.output
    last = result.stderr.splitlines()[-1]
    assert last.startswith("scan: "), result.stderr
    assert last.endswith(" finished 100%"), result.stderr


def test_stop_rescan_delete(run, mock: MockService) -> None:
    mock.settings.scan_seconds = 60
    scan_id = create(run, "example.com")
    stopped = run("scans", "stop", scan_id, "--json")
    assert (stopped.exit_code, json.loads(stopped.stdout)["ok"]) == (0, True)
    rescanned = run("scans", "rescan", scan_id, "--json")
    assert json.loads(rescanned.stdout)["id"] == scan_id
    deleted = run("scans", "delete", scan_id, "--json")
    assert json.loads(deleted.stdout)["ok"] is True
    missing = run("scans", "get", scan_id)
    assert missing.exit_code == 1
    assert "404" in missing.stderr


def test_export_takes_its_format_from_the_o_suffix_unless_format_is_given(
    run, mock: MockService, tmp_path: Path
) -> None:
    scan_id = create(run, "example.com")
    csv = tmp_path / "scan.csv"
    result = run("scans", "export", scan_id, "-o", str(csv), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["format"] == "csv"
    assert csv.read_text().startswith("template-id,name,severity")
    pdf = tmp_path / "scan.PDF"
    assert run("scans", "export", scan_id, "-o", str(pdf)).exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    forced = tmp_path / "other.csv"
    assert run("scans", "export", scan_id, "-o", str(forced), "--format", "json").exit_code == 0
    assert isinstance(json.loads(forced.read_text()), list)  # --format wins over the suffix
    before = mock.requests()["pdcp"]
    unknown = run("scans", "export", scan_id, "-o", str(tmp_path / "scan.txt"))
    assert unknown.exit_code == 2
    assert "cannot tell the format of" in unknown.stderr
    assert "--format (json, csv, pdf)" in unknown.stderr
    assert ".json (json), .csv (csv), .pdf (pdf)" in unknown.stderr
    assert mock.requests()["pdcp"] == before  # refused before any request
    assert not (tmp_path / "scan.txt").exists()


def test_export_writes_the_file(run, tmp_path: Path) -> None:
    scan_id = create(run, "example.com")
    target = tmp_path / "scan.csv"
    result = run("scans", "export", scan_id, "-o", str(target), "--format", "csv", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["bytes"] == target.stat().st_size
    assert target.read_text().startswith("template-id,name,severity")


def test_findings_as_json_lines_and_as_a_table_by_severity(run) -> None:
    scan_id = create(run, "a.example", "b.example")
    lines = run("scans", "findings", scan_id, "--json")
    assert lines.exit_code == 0, lines.output
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(records) == 6
    assert {"template-id", "host", "info"} <= set(records[0])
    table = run("scans", "findings", scan_id)
    assert len(table.stdout.splitlines()) == 1 + 6  # a header, then a row a finding


def test_import_prints_the_scan_and_a_bad_file_sends_nothing(
    run, mock: MockService, tmp_path: Path
) -> None:
    source = tmp_path / "results.jsonl"
    source.write_text('{"template-id": "t1", "host": "h"}\n{"template-id": "t2", "host": "h"}\n')
    result = run("scans", "import", str(source), "--name", "local", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["last_line"] == 2
    assert document["scan_id"] in mock.pdcp.scans
    before = mock.requests()["pdcp"]
    source.write_text('{"a": 1}\nnot json\n')
    bad = run("scans", "import", str(source))
    assert bad.exit_code == 2
    assert "line 2" in bad.stderr
    assert mock.requests()["pdcp"] == before
    piped = run("scans", "import", "-", "--json", stdin='{"template-id": "t3"}\n')
    assert piped.exit_code == 0, piped.output


def test_call_reaches_any_operation(run) -> None:
    result = run("call", "scans", "list", "--param", "limit=2", "--json")
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)
    unknown = run("call", "nosuch", "list")
    assert unknown.exit_code == 2
    assert "no resource 'nosuch'" in unknown.stderr
    wrong = run("call", "scans", "get", "--param", "nope=1")
    assert wrong.exit_code == 2


def test_import_checked_as_sent_stops_at_a_bad_line_saying_where_to_resume(
    run, mock: MockService, tmp_path: Path
) -> None:
    source = tmp_path / "results.jsonl"
    lines = [json.dumps({"template-id": f"t{n}", "pad": "x" * 900}) + "\n" for n in range(6000)]
    source.write_text("".join(lines))
    whole = run("scans", "import", str(source), "--check-as-sent", "--json")
    assert whole.exit_code == 0, whole.output
    assert json.loads(whole.stdout)["last_line"] == 6000
    before = mock.requests()["pdcp"]
    lines[5899] = "not json\n"  # past the first 4 MB chunk
    source.write_text("".join(lines))
    stopped = run("scans", "import", str(source), "--check-as-sent")
    assert stopped.exit_code == 1, stopped.output
    assert "line 5900 is not valid JSON" in stopped.stderr
    assert "start_line=" in stopped.stderr
    assert mock.requests()["pdcp"] == before + 1  # the first chunk, then the stop
