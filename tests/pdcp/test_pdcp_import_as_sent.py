"""An import checked as it is sent (`check_first=False`), against the mock over loopback, sync
and async: the same chunks land as when checked first; a bad line past the first chunk stops the
import part way, naming the line and where to resume; in the first chunk, nothing is sent."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanclients._pdcp.import_layout import iter_chunks, lay_out
from scanclients.errors import ImportInterruptedError, ValidationError
from scanclients.mock import MockService
from tests.pdcp import test_pdcp_scans_e2e as e2e
from tests.pdcp.test_pdcp_import_layout import lines as layout_lines

# The e2e module's fixtures: a client called alike sync and async, quick retries.
pd, quick_backoff, results = e2e.pd, e2e.quick_backoff, e2e.results

CHUNK = 256 * 1024  # ~12 chunks in the 3 MB file below: past the checker's 1 MB blocks


def big(tmp_path: Path, count: int = 3000, bad: int | None = None) -> Path:
    path = results(tmp_path, count, pad=900)
    if bad is not None:
        lines = path.read_text().splitlines(keepends=True)
        lines[bad - 1] = '{"template-id": "broken", \n'
        path.write_text("".join(lines))
    return path


def import_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("scanclients-import")]


async def test_checked_as_sent_lands_the_chunks_checked_first_lands(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    path = big(tmp_path)
    seen: list[Any] = []
    as_sent = await pd.call(
        "import_results", path, max_chunk_bytes=CHUNK, check_first=False, on_progress=seen.append
    )
    first = await pd.call("import_results", path, max_chunk_bytes=CHUNK)
    assert mock.requests()["pdcp"] == 2 * first.chunks_sent  # each chunk sent once
    assert [f.template_id for f in await pd.findings(as_sent.scan_id)] == [
        f"t{n}" for n in range(1, 3001)
    ]
    assert [f.raw for f in await pd.findings(as_sent.scan_id)] == [
        f.raw for f in await pd.findings(first.scan_id)
    ]
    # The same chunks; the total is known at the end, not while the file is still being read.
    assert (as_sent.chunks_sent, as_sent.bytes_sent, as_sent.last_line) == (
        first.chunks_sent,
        first.bytes_sent,
        3000,
    )
    assert (as_sent.chunks_total, as_sent.bytes_total) == (first.chunks_total, first.bytes_total)
    assert {r.chunks_total for r in seen} == {None}
    assert len(seen) == first.chunks_sent > 10
    assert import_threads() == []


async def test_a_bad_line_past_the_first_chunk_stops_the_import_where_it_is(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    path = big(tmp_path, bad=2900)
    with pytest.raises(ImportInterruptedError) as caught:
        await pd.call("import_results", path, max_chunk_bytes=CHUNK, check_first=False)
    error = caught.value
    (scan_id,) = mock.pdcp.scans
    assert (error.scan_id, error.maybe_applied, error.failed_lines[1]) == (scan_id, False, 2900)
    assert error.resume_line == error.failed_lines[0] == error.last_line + 1
    assert 1 < error.last_line < 2900
    message = str(error)
    assert "line 2900 is not valid JSON" in message
    assert f"Resume with scan_id={scan_id!r}, start_line={error.resume_line}." in message
    assert "nothing was sent" not in message
    # The scan holds exactly the lines before the one to resume from.
    held = [f.template_id for f in await pd.findings(scan_id)]
    assert held == [f"t{n}" for n in range(1, error.resume_line)]
    assert import_threads() == []
    # Fixed, the source resumes where the error said, every line landing once.
    big(tmp_path)
    resumed = await pd.call(
        "import_results",
        path,
        scan_id=scan_id,
        start_line=error.resume_line,
        max_chunk_bytes=CHUNK,
        check_first=False,
    )
    assert resumed.last_line == 3000
    assert [f.template_id for f in await pd.findings(scan_id)] == [f"t{n}" for n in range(1, 3001)]


async def test_a_bad_line_in_the_first_chunk_sends_nothing(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match=r"^source: line 5 is not valid JSON .*; nothing"):
        await pd.call("import_results", big(tmp_path, bad=5), check_first=False)
    with pytest.raises(ValidationError, match="check_first: expected True or False, got 'no'"):
        await pd.call("import_results", big(tmp_path), check_first="no")
    assert mock.requests()["pdcp"] == 0
    assert import_threads() == []


@settings(max_examples=150, deadline=None)
@given(
    lines=layout_lines,
    limit=st.integers(min_value=1024, max_value=4096),
    block=st.sampled_from([7, 64, 1000, 4096]),
    start_line=st.integers(min_value=1, max_value=10),
)
def test_chunks_one_by_one_are_the_laid_out_chunks_while_the_file_is_read_between(
    lines: list[bytes], limit: int, block: int, start_line: int
) -> None:
    data = b"\n".join(lines) + b"\n"
    try:
        expected = lay_out(io.BytesIO(data), start_line, limit, block)
    except ValidationError:
        return  # a line longer than the limit: refused alike, covered by the layout test
    file = io.BytesIO(data)
    found = []
    for chunk in iter_chunks(file, start_line, limit, block):
        found.append(chunk)
        file.seek(chunk.start)  # the flow reads the chunk it sends between two chunks
        body = file.read(chunk.end - chunk.start)
        assert all(json.loads(line) for line in body.splitlines() if line.strip())
    assert found == expected


async def test_a_refused_chunk_is_sent_again_whole_and_the_import_goes_on(
    pd: Any, mock: MockService, tmp_path: Path
) -> None:
    def refuse_the_next_once(result: Any) -> None:
        if result.chunks_sent == 2:
            mock.settings.fault = "fail-first:1:unavailable"  # 503: not applied, retried

    result = await pd.call(
        "import_results",
        big(tmp_path),
        max_chunk_bytes=CHUNK,
        check_first=False,
        on_progress=refuse_the_next_once,
    )
    mock.settings.fault = None
    assert result.last_line == 3000
    assert mock.requests()["pdcp"] == result.chunks_sent + 1  # the refused one, once more
    assert [f.template_id for f in await pd.findings(result.scan_id)] == [
        f"t{n}" for n in range(1, 3001)
    ]
