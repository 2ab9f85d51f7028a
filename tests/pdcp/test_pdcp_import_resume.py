"""Importing nuclei JSONL: a resume with the same file object, blank lines within the chunk
limit, text that cannot be sent, and the fast line check agreeing with the standard library."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from scanclients._core.options import ClientOptions, Secret
from scanclients._pdcp.nuclei_import import ImportResult, import_flow, prepare
from scanclients._pdcp.options import SERVICE
from scanclients.errors import ImportInterruptedError, ValidationError
from tests.flow_driver import Driver

OPTIONS = ClientOptions(
    service=SERVICE,
    api_key=Secret("k"),
    base_url="http://127.0.0.1:9",
    timeout=httpx.Timeout(5),
    max_retries=2,
)
NUCLEI = Path(__file__).parent.parent / "data" / "findings" / "nuclei-results.jsonl"


def record(number: int, size: int = 300) -> bytes:
    return (json.dumps({"template-id": f"t{number}", "pad": "x" * size}) + "\n").encode()


def answering(fail_at: int | None = None):
    """Scan "s1" is created by the POST; the `fail_at`-th request is cut off."""
    count = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        if count["n"] == fail_at:
            raise httpx.RemoteProtocolError("server disconnected")
        body = {"id": "s1", "message": "ok"} if request.method == "POST" else {"message": "ok"}
        return httpx.Response(200, json=body, request=request)

    return answer


def run(source, driver: Driver, *, name=None, scan_id=None, start_line=1, chunk=2000):
    prepared = prepare(source, start_line=start_line, max_chunk_bytes=chunk)
    flow = import_flow(OPTIONS, prepared, name=name, scan_id=scan_id, on_progress=None)
    result: ImportResult = driver.run(flow)
    return result


def sent(driver: Driver) -> bytes:
    return b"".join(request.content for request in driver.requests)


def test_a_resume_with_the_same_open_file_sends_the_lines_from_start_line_on(
    tmp_path: Path,
) -> None:
    lines = [record(n) for n in range(1, 31)]
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"".join(lines))
    with path.open("rb") as results:
        first = Driver(answering(fail_at=3))
        with pytest.raises(ImportInterruptedError) as caught:
            run(results, first)
        assert results.tell() == 0  # put back where it stood
        error = caught.value
        second = Driver(answering())
        result = run(results, second, scan_id=error.scan_id, start_line=error.resume_line)
    confirmed = b"".join(request.content for request in first.requests[:2])
    assert confirmed + sent(second) == b"".join(lines)
    assert sent(second) == b"".join(lines[error.resume_line - 1 :])
    assert {request.method for request in second.requests} == {"PATCH"}
    assert (result.scan_id, result.last_line) == ("s1", 30)


def test_a_caller_file_is_numbered_from_where_it_stood_and_put_back_there(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"# a header the caller skips\n" + b"".join(record(n) for n in range(1, 11)))
    with path.open("rb") as results:
        results.readline()
        origin = results.tell()
        driver = Driver(answering())
        result = run(results, driver, start_line=4)
        assert results.tell() == origin
    assert sent(driver) == b"".join(record(n) for n in range(4, 11))
    assert result.last_line == 10


@pytest.mark.parametrize(
    "blank",
    [b"\n" * 5000, b" " * 5000 + b"\n", (b" \t\r\n") * 1500],
    ids=["empty lines", "one long line of spaces", "lines of white space"],
)
def test_blank_lines_count_toward_the_chunk_limit_and_never_make_a_chunk_over_it(
    tmp_path: Path, blank: bytes
) -> None:
    limit = 4096
    path = tmp_path / "results.jsonl"
    path.write_bytes(record(1) + blank + record(2) + b"\n" + record(3) + blank)
    driver = Driver(answering())
    result = run(path, driver, chunk=limit)
    bodies = [request.content for request in driver.requests]
    assert all(len(body) <= limit for body in bodies), [len(body) for body in bodies]
    records = [x for x in sent(driver).splitlines() if not x.isspace() and x]
    assert [json.loads(x)["template-id"] for x in records] == ["t1", "t2", "t3"]
    assert b"\n".join([record(2), record(3)]) in sent(driver)  # a blank line within a chunk
    assert result.bytes_sent == sum(len(body) for body in bodies)


@pytest.mark.parametrize(
    ("field", "arguments"),
    [("name", {"name": "night\ud800ly"}), ("scan_id", {"scan_id": "s\udc001"})],
)
def test_a_lone_surrogate_in_the_name_or_scan_id_is_a_validation_error(
    tmp_path: Path, field: str, arguments: dict[str, str]
) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(record(1))
    driver = Driver(answering())
    with pytest.raises(ValidationError) as caught:
        run(path, driver, **arguments)
    assert caught.value.field == field
    assert "lone surrogate" in str(caught.value)
    assert driver.requests == []


@pytest.mark.parametrize(
    "text",
    [
        *NUCLEI.read_text(encoding="utf-8").splitlines(),
        '{"a": "caf\u00e9 \\u00e9 \\ud83d\\ude00 \\n\\t\\"", "b": [1, -2.5e10, true, null, {}]}',
        '  {"nested": {"deep": [[[[{"x": 1}]]]]}}  ',
        '{"big": 123456789012345678901234567890, "dup": 1, "dup": 2}',
    ],
)
def test_the_fast_check_accepts_what_nuclei_and_the_standard_library_accept(
    tmp_path: Path, text: str
) -> None:
    assert isinstance(json.loads(text), dict)
    path = tmp_path / "results.jsonl"
    path.write_text(text + "\n", encoding="utf-8")
    prepare(path).close()


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b'{"a": 1} {"b": 2}', "line 1 is not valid JSON"),
        (b'{"a": "\x01"}', "line 1 is not valid JSON"),
        (b'{"a": "\xff"}', "line 1 is not valid JSON"),
        (b'{"a": 01}', "line 1 is not valid JSON"),
        (b'{"a": [1,]}', "line 1 is not valid JSON"),
        (b"[" + b"{}," * 3 + b"{}]", "line 1 is a JSON list, not an object"),
        (b"12", "line 1 is a JSON int, not an object"),
        # Read by the standard library, refused by jiter: nesting deeper than 200 levels, a lone
        # surrogate escape (nuclei writes neither).
        (b'{"a":' * 300 + b"1" + b"}" * 300, r"line 1 is not valid JSON \(recursion limit"),
        (b'{"a": "\\ud800"}', "line 1 is not valid JSON"),
    ],
)
def test_the_fast_check_refuses_by_line_with_the_reason(
    tmp_path: Path, line: bytes, problem: str
) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(line + b"\n")
    with pytest.raises(ValidationError, match=problem):
        prepare(path)
