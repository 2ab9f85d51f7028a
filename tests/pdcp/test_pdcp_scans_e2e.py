"""End to end against the mock, sync and async: wait, create_and_wait, findings, export, import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from scanclients import PDCP, AsyncPDCP
from scanclients.errors import (
    ImportInterruptedError,
    InternalServerError,
    NotFoundError,
    ScanFailedError,
    ValidationError,
    WaitTimeoutError,
)
from scanclients.mock import MockService
from tests.helpers import KEY, fast_retries

FAST = {"poll_interval": 0.05, "max_poll_interval": 0.1}


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_retries(monkeypatch)


@pytest.fixture(params=["sync", "async"])
def pd(request: pytest.FixtureRequest, mock: MockService) -> Any:
    """A client whose methods are called the same way in both modes (`call(...)` awaits)."""
    if request.param == "sync":
        client = PDCP(api_key=KEY, base_url=mock.pdcp_url)
        yield _Sync(client)
        client.close()
    else:
        yield _Async(AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url))


class _Sync:
    def __init__(self, client: PDCP) -> None:
        self.client = client
        self.scans = client.scans

    async def call(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.scans, method)(*args, **kwargs)

    async def findings(self, scan_id: str) -> list[Any]:
        return list(self.scans.findings(scan_id))


class _Async:
    def __init__(self, client: AsyncPDCP) -> None:
        self.client = client
        self.scans = client.scans

    async def call(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        return await getattr(self.scans, method)(*args, **kwargs)

    async def findings(self, scan_id: str) -> list[Any]:
        return [finding async for finding in self.scans.findings(scan_id)]


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


async def created(pd: Any, *targets: str) -> str:
    scan = await pd.call("create", targets=list(targets), name="e2e")
    return str(scan.id)


# --- wait ---------------------------------------------------------------------------------------


async def test_wait_returns_the_finished_scan_after_following_its_progress(
    pd: Any, mock: MockService
) -> None:
    mock.settings.scan_seconds = 0.6
    scan_id = await created(pd, "example.com")
    seen: list[tuple[str, int]] = []
    scan = await pd.call(
        "wait",
        scan_id,
        timeout=10,
        on_progress=lambda s: seen.append((str(s.status), s.progress)),
        **FAST,
    )
    assert (scan.scan_id, str(scan.status), scan.progress) == (scan_id, "finished", 100)
    assert seen[0][0] in ("queued", "running")
    assert seen[-1] == ("finished", 100)


async def test_wait_on_a_failed_scan_raises_with_its_reason(pd: Any) -> None:
    scan_id = await created(pd, "x.fail.invalid")
    with pytest.raises(ScanFailedError) as caught:
        await pd.call("wait", scan_id, timeout=10, **FAST)
    assert caught.value.scan.scan_id == scan_id
    assert "fail.invalid" in (caught.value.failure_reason or "")


async def test_wait_on_a_stopped_scan_raises(pd: Any, mock: MockService) -> None:
    mock.settings.scan_seconds = 60
    scan_id = await created(pd, "example.com")
    await pd.call("stop", scan_id)
    with pytest.raises(ScanFailedError, match="ended stopped"):
        await pd.call("wait", scan_id, timeout=10, **FAST)


async def test_wait_times_out_with_the_last_scan(pd: Any, mock: MockService) -> None:
    mock.settings.scan_seconds = 60
    scan_id = await created(pd, "example.com")
    with pytest.raises(WaitTimeoutError) as caught:
        await pd.call("wait", scan_id, timeout=0.4, **FAST)
    assert caught.value.scan.scan_id == scan_id
    assert str(caught.value.scan.status) in ("queued", "running")


async def test_create_and_wait_with_a_poll_failing_after_the_create_names_the_scan(
    pd: Any, mock: MockService
) -> None:
    mock.settings.scan_seconds = 60

    def break_the_service(scan: Any) -> None:
        mock.settings.fault = "server-error"  # every poll from now on fails

    with pytest.raises(InternalServerError) as caught:
        await pd.call(
            "create_and_wait",
            targets=["example.com"],
            timeout=10,
            on_progress=break_the_service,
            **FAST,
        )
    (scan_id,) = mock.pdcp.scans
    assert caught.value.created_id == scan_id
    assert f"The scan {scan_id} was created" in str(caught.value)
    assert mock.stats()["pdcp"] == 1  # no second scan


# --- findings and export ------------------------------------------------------------------------


async def test_findings_of_a_large_scan_are_streamed_typed(pd: Any) -> None:
    scan_id = await created(pd, "20000.findings.invalid")
    findings = await pd.findings(scan_id)
    assert len(findings) == 20_000
    first = findings[0]
    assert first.host == "20000.findings.invalid"
    assert all((first.template_id, first.name, first.severity, first.timestamp))
    assert first.raw["matched-at"] == first.matched_at


@pytest.mark.parametrize("export_format", ["json", "csv", "pdf"])
async def test_export_in_each_format_lands_whole(
    pd: Any, tmp_path: Path, export_format: str
) -> None:
    scan_id = await created(pd, "a.example", "b.example")
    path = await pd.call(
        "export", scan_id, tmp_path / f"scan.{export_format}", format=export_format
    )
    content = path.read_bytes()
    if export_format == "json":
        assert len(json.loads(content)) == 6
    elif export_format == "csv":
        assert len(list(csv.DictReader(io.StringIO(content.decode())))) == 6
    else:
        assert content.startswith(b"%PDF-")
    assert files_in(tmp_path) == [path.name]


async def test_export_of_a_deleted_scan_leaves_no_file(pd: Any, tmp_path: Path) -> None:
    scan_id = await created(pd, "example.com")
    await pd.call("delete", scan_id)
    with pytest.raises(NotFoundError):
        await pd.call("export", scan_id, tmp_path / "scan.json")
    assert files_in(tmp_path) == []


async def test_a_bad_export_format_is_refused_before_any_request(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        await pd.call("export", "s1", tmp_path / "x", format="xml")
    assert caught.value.field == "format"
    assert mock.requests()["pdcp"] == 0


# --- import -------------------------------------------------------------------------------------


def results(tmp_path: Path, count: int, pad: int = 900) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text(
        "".join(
            json.dumps({"template-id": f"t{n}", "host": "h.example", "pad": "x" * pad}) + "\n"
            for n in range(1, count + 1)
        )
    )
    return path


async def test_an_import_in_chunks_lands_every_line_once(pd: Any, tmp_path: Path) -> None:
    seen: list[Any] = []
    result = await pd.call(
        "import_results",
        results(tmp_path, 40),
        name="local",
        max_chunk_bytes=10_000,
        on_progress=seen.append,
    )
    assert result.chunks_total == len(seen) > 1
    exported = await pd.findings(result.scan_id)
    assert [f.template_id for f in exported] == [f"t{n}" for n in range(1, 41)]


async def test_an_import_with_a_bad_line_sends_nothing(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    path = results(tmp_path, 10)
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(ValidationError, match="line 11"):
        await pd.call("import_results", path)
    big = tmp_path / "big.jsonl"
    big.write_text('{"a": 1}\n' + json.dumps({"pad": "x" * 5_000_000}) + "\n")
    with pytest.raises(ValidationError, match="line 2 is"):
        await pd.call("import_results", big)
    assert mock.requests()["pdcp"] == 0


async def test_a_connection_cut_after_a_chunk_is_not_resent_and_says_where_to_resume(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    def cut_the_next(result: Any) -> None:
        mock.settings.fault = "disconnect"  # the next chunk is applied, then the answer is lost

    with pytest.raises(ImportInterruptedError) as caught:
        await pd.call(
            "import_results",
            results(tmp_path, 40),
            max_chunk_bytes=10_000,
            on_progress=cut_the_next,
        )
    error = caught.value
    (scan_id,) = mock.pdcp.scans
    assert (error.scan_id, error.maybe_applied) == (scan_id, True)
    assert mock.requests()["pdcp"] == 2  # the cut chunk was not sent again
    assert error.resume_line == error.failed_lines[0] == error.last_line + 1
    assert f"start_line={error.resume_line}" in str(error)


async def test_an_interrupted_import_resumes_where_it_stopped(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    def refuse_the_next(result: Any) -> None:
        mock.settings.fault = "unavailable"  # refused: not applied

    path = results(tmp_path, 40)
    with pytest.raises(ImportInterruptedError) as caught:
        await pd.call("import_results", path, max_chunk_bytes=10_000, on_progress=refuse_the_next)
    assert caught.value.maybe_applied is False
    mock.settings.fault = None
    resumed = await pd.call(
        "import_results",
        path,
        scan_id=caught.value.scan_id,
        start_line=caught.value.resume_line,
        max_chunk_bytes=10_000,
    )
    assert (resumed.scan_id, resumed.last_line) == (caught.value.scan_id, 40)
    exported = await pd.findings(resumed.scan_id)
    assert [f.template_id for f in exported] == [f"t{n}" for n in range(1, 41)]


async def test_bad_wait_arguments_are_refused_before_any_request(
    pd: Any, mock: MockService
) -> None:
    with pytest.raises(ValidationError) as caught:
        await pd.call("wait", "  ", timeout=10)
    assert caught.value.field == "scan_id"
    with pytest.raises(ValidationError) as caught:
        await pd.call("create_and_wait", targets=["example.com"], timeout=-1)
    assert caught.value.field == "timeout"
    assert mock.requests()["pdcp"] == 0
    assert mock.stats()["pdcp"] == 0
