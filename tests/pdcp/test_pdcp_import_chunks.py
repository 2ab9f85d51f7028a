"""Importing nuclei JSONL: checked before any I/O, 4 MB chunks of whole lines, never re-sent."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import httpx
import pytest

from scanclients._core.options import ClientOptions, Secret
from scanclients._pdcp.nuclei_import import MAX_CHUNK_BYTES, ImportResult, import_flow, prepare
from scanclients._pdcp.options import SERVICE
from scanclients.errors import ImportInterruptedError, ValidationError
from tests.flow_driver import Driver

OPTIONS = ClientOptions(
    service=SERVICE,
    api_key=Secret("k"),
    base_url="http://127.0.0.1:9",
    timeout=httpx.Timeout(5),
    max_retries=2,
    extra_headers=(("X-Team-Id", "team-1"),),
)


def line(number: int, size: int = 0) -> str:
    return json.dumps({"template-id": f"t{number}", "host": "h", "pad": "x" * size}) + "\n"


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text("".join(lines))
    return path


def service(fail: dict[int, httpx.HTTPError | int] | None = None):
    """A service that creates scan "s1" and answers each request in turn (or fails the n-th)."""
    count = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        planned = (fail or {}).get(count["n"])
        if isinstance(planned, httpx.HTTPError):
            raise planned
        if isinstance(planned, int):
            return httpx.Response(planned, json={"message": "no"}, request=request)
        if request.method == "POST":
            return httpx.Response(200, json={"id": "s1", "message": "ok"}, request=request)
        return httpx.Response(200, json={"message": "ok"}, request=request)

    return answer


def run(source, driver: Driver, **arguments) -> ImportResult:
    start_line = arguments.pop("start_line", 1)
    chunk = arguments.pop("max_chunk_bytes", MAX_CHUNK_BYTES)
    prepared = prepare(source, start_line=start_line, max_chunk_bytes=chunk)
    arguments.setdefault("name", "nightly")
    arguments.setdefault("scan_id", None)
    arguments.setdefault("on_progress", None)
    return driver.run(import_flow(OPTIONS, prepared, **arguments))


def test_chunks_are_whole_lines_within_the_limit_post_then_patch(tmp_path: Path) -> None:
    lines = [line(n, size=300) for n in range(1, 101)]
    progress: list[ImportResult] = []
    driver = Driver(service())
    result = run(write(tmp_path, lines), driver, max_chunk_bytes=4000, on_progress=progress.append)
    first, *rest = driver.requests
    assert (first.method, first.url.path, first.url.params["name"]) == (
        "POST",
        "/v1/scans/import",
        "nightly",
    )
    assert first.headers["content-type"] == "application/octet-stream"
    assert first.headers["x-team-id"] == "team-1"
    assert {(r.method, r.url.path) for r in rest} == {("PATCH", "/v1/scans/s1/import")}
    sent = [r.content for r in driver.requests]
    assert all(len(body) <= 4000 and body.endswith(b"\n") for body in sent)
    assert b"".join(sent).decode() == "".join(lines)
    assert result.scan_id == "s1"
    assert result.last_line == 100
    assert result.chunks_sent == result.chunks_total == len(sent)
    assert [p.chunks_sent for p in progress] == list(range(1, len(sent) + 1))
    assert progress[-1] == result


@pytest.mark.parametrize(
    "kind", ["path", "binary file", "text file", "list of str", "generator of bytes"]
)
def test_every_kind_of_source_sends_the_same_bytes(tmp_path: Path, kind: str) -> None:
    lines = [line(n, size=50) for n in range(1, 40)]
    path = write(tmp_path, lines)
    sources = {
        "path": lambda: str(path),
        "binary file": lambda: path.open("rb"),
        "text file": lambda: path.open(encoding="utf-8"),
        "list of str": lambda: [text.rstrip("\n") for text in lines],
        "generator of bytes": lambda: (text.encode() for text in lines),
    }
    driver = Driver(service())
    run(sources[kind](), driver, max_chunk_bytes=1024)
    assert b"".join(r.content for r in driver.requests).decode() == "".join(lines)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"a": 1}\n{"a": \n{"a": 3}\n', "line 2 is not valid JSON"),
        ('{"a": 1}\n\n[1, 2]\n', "line 3 is a JSON list, not an object"),
        ('{"a": 1}\n"text"\n', "line 2 is a JSON str, not an object"),
        ("[" * 50_000 + "]" * 50_000 + "\n", "line 1 is not valid JSON"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_sent(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(text)
    with pytest.raises(ValidationError, match=problem) as caught:
        prepare(path)
    assert caught.value.field == "source"


def test_a_line_bigger_than_a_chunk_is_an_error_not_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, [line(1), line(2, size=5000), line(3)])
    with pytest.raises(
        ValidationError, match=r"line 2 is 50\d\d bytes, more than a chunk may hold"
    ):
        prepare(path, max_chunk_bytes=4096)
    assert MAX_CHUNK_BYTES == 4 * 1024 * 1024


@pytest.mark.parametrize("source", [b"{}\n", 5, None, {"a": 1}.items()])
def test_a_source_of_the_wrong_kind_is_refused(source) -> None:
    with pytest.raises(ValidationError) as caught:
        prepare(source)
    assert caught.value.field == "source"


def test_a_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read"):
        prepare(tmp_path / "nope.jsonl")


def test_a_connection_cut_after_a_chunk_is_not_resent_and_says_where_to_resume(
    tmp_path: Path,
) -> None:
    lines = [line(n, size=300) for n in range(1, 31)]
    cut = httpx.RemoteProtocolError("server disconnected")
    driver = Driver(service(fail={3: cut}))
    with pytest.raises(ImportInterruptedError) as caught:
        run(write(tmp_path, lines), driver, max_chunk_bytes=2000)
    error = caught.value
    assert len(driver.requests) == 3  # the third chunk is not sent again
    assert driver.requests[2].content != driver.requests[1].content
    confirmed = sum(r.content.count(b"\n") for r in driver.requests[:2])
    assert (error.scan_id, error.last_line, error.resume_line) == ("s1", confirmed, confirmed + 1)
    assert error.maybe_applied is True
    assert error.failed_lines[0] == confirmed + 1
    assert f"start_line={confirmed + 1}" in str(error)
    assert "scan_id='s1'" in str(error)
    assert "may have been applied" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.scan_id, copy.resume_line, str(copy)) == ("s1", confirmed + 1, str(error))


def test_a_resume_sends_only_the_lines_from_the_start_line_to_the_given_scan(
    tmp_path: Path,
) -> None:
    lines = [line(n, size=300) for n in range(1, 31)]
    driver = Driver(service())
    result = run(write(tmp_path, lines), driver, scan_id="s1", start_line=11, max_chunk_bytes=2000)
    assert {r.method for r in driver.requests} == {"PATCH"}
    assert b"".join(r.content for r in driver.requests).decode() == "".join(lines[10:])
    assert (result.scan_id, result.last_line) == ("s1", 30)


def test_a_refused_first_chunk_says_no_scan_was_created(tmp_path: Path) -> None:
    driver = Driver(service(fail={1: 400}))
    with pytest.raises(ImportInterruptedError) as caught:
        run(write(tmp_path, [line(1)]), driver)
    assert caught.value.scan_id is None
    assert caught.value.maybe_applied is False
    assert "no scan was created" in str(caught.value).lower()


def test_a_first_chunk_that_may_have_been_applied_says_the_scan_may_exist(tmp_path: Path) -> None:
    driver = Driver(service(fail={1: httpx.ReadTimeout("slow")}))
    with pytest.raises(ImportInterruptedError) as caught:
        run(write(tmp_path, [line(1)]), driver)
    assert len(driver.requests) == 1
    assert caught.value.maybe_created is True
    assert "list your scans" in str(caught.value).lower()


def test_a_refused_connection_is_retried_because_nothing_was_applied(tmp_path: Path) -> None:
    driver = Driver(service(fail={2: httpx.ConnectError("refused")}))
    result = run(write(tmp_path, [line(1, 600), line(2, 600)]), driver, max_chunk_bytes=1024)
    assert [r.method for r in driver.requests] == ["POST", "PATCH", "PATCH"]
    assert driver.requests[1].content == driver.requests[2].content
    assert result.last_line == 2


def test_the_file_is_checked_whole_before_the_first_request(tmp_path: Path) -> None:
    path = write(tmp_path, [line(n) for n in range(1, 1000)] + ["not json\n"])
    with pytest.raises(ValidationError, match="line 1000"):
        prepare(path)


def test_a_caller_file_is_read_from_where_it_stands() -> None:
    handle = io.BytesIO(b'{"skipped": 1}\n{"a": 1}\n')
    handle.readline()
    driver = Driver(service())
    run(handle, driver)
    assert driver.requests[0].content == b'{"a": 1}\n'


@pytest.mark.parametrize("size", [0, 1023, MAX_CHUNK_BYTES + 1, True, 2048.0])
def test_a_chunk_limit_outside_what_the_service_takes_is_refused(tmp_path: Path, size) -> None:
    with pytest.raises(ValidationError) as caught:
        prepare(write(tmp_path, [line(1)]), max_chunk_bytes=size)
    assert caught.value.field == "max_chunk_bytes"
