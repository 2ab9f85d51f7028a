"""Findings from a streamed export body: array or JSON lines, any chunking, constant memory."""

from __future__ import annotations

import json
import pickle
import time
import tracemalloc
from collections.abc import Iterator

import pytest

from scanclients._pdcp.export_stream import FindingsDecoder, PDCPFinding
from scanclients.errors import MalformedRecordError


def event(number: int) -> dict[str, object]:
    return {
        "template-id": f"tech-detect-{number}",
        "info": {
            "name": f"Check {number}",
            "severity": ["info", "high"][number % 2],
            "tags": ["x"],
        },
        "host": f"host{number}.example.com",
        "matched-at": f"https://host{number}.example.com/path",
        "timestamp": "2026-11-23T12:00:00Z",
        "extracted-results": ["é", "\u2603"],
    }


def as_array(records: list[dict[str, object]]) -> bytes:
    return json.dumps(records, indent=1).encode()


def as_lines(records: list[dict[str, object]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def decode(body: bytes, size: int) -> list[PDCPFinding]:
    decoder = FindingsDecoder()
    found: list[PDCPFinding] = []
    for start in range(0, len(body), size):
        found.extend(decoder.feed(body[start : start + size]))
    found.extend(decoder.close())
    return found


@pytest.mark.parametrize("encode", [as_array, as_lines], ids=["array", "lines"])
@pytest.mark.parametrize("size", [1, 7, 4096, 1 << 20])
def test_every_chunking_yields_the_same_typed_records(encode, size: int) -> None:
    records = [event(n) for n in range(25)]
    found = decode(encode(records), size)
    assert [f.raw for f in found] == records
    first = found[1]
    assert (first.template_id, first.name, first.severity, first.host) == (
        "tech-detect-1",
        "Check 1",
        "high",
        "host1.example.com",
    )
    assert first.matched_at == "https://host1.example.com/path"
    assert first.timestamp == "2026-11-23T12:00:00Z"


def test_a_results_listing_record_reads_its_event() -> None:
    record = {"vuln_id": "v1", "severity": "low", "event": event(3)}
    finding = decode(json.dumps([record]).encode(), 5)[0]
    assert (finding.template_id, finding.severity, finding.host) == (
        "tech-detect-3",
        "low",
        "host3.example.com",
    )
    assert finding.raw["vuln_id"] == "v1"


@pytest.mark.parametrize("body", [b"", b"  \n", b"[]", b" [ ] \n"])
def test_an_empty_export_has_no_findings(body: bytes) -> None:
    assert decode(body, 1) == []


@pytest.mark.parametrize(
    ("body", "record", "problem"),
    [
        (b'[{"a": 1}, {"a": tru}, {"a": 3}]', 2, "not valid JSON"),
        (b'[{"a": 1}, 5]', 2, "is a JSON int, not an object"),
        (b'{"a": 1}\n{"a": 2}\n{"a": \n', 3, "not valid JSON"),
        (b'{"a": 1}\n\n[1]\n', 2, "is a JSON list, not an object"),
        (b"[" + b"[" * 100_000 + b"]" * 100_000 + b"]", 1, "nested too deeply"),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", 1, "nested too deeply"),
    ],
)
def test_a_broken_record_is_a_typed_error_naming_its_position(body, record, problem) -> None:
    for size in (3, 1 << 20):
        with pytest.raises(MalformedRecordError) as caught:
            decode(body, size)
        assert caught.value.record == record
        assert problem in str(caught.value)
        assert f"record {record}" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'[{"a": 1}, {"a": 2}', "not closed"),
        (b'[{"a": 1} {"a": 2}]', "expected ',' or ']' after record 1"),
        (b'[{"a": 1}] {"a": 2}', "data after the end of the array"),
        (b'[{"a": "\xff"}]', "not UTF-8"),
    ],
)
def test_a_broken_stream_is_a_typed_error(body: bytes, problem: str) -> None:
    with pytest.raises(MalformedRecordError, match=problem):
        decode(body, 4)


def test_a_broken_record_is_reported_before_the_rest_of_the_stream_is_read() -> None:
    decoder = FindingsDecoder()
    assert len(list(decoder.feed(b'[{"a": 1}, {"a": 2},'))) == 2
    with pytest.raises(MalformedRecordError) as caught:
        list(decoder.feed(b' {"a": nope}, ' + b'{"a": 1},' * 10))
    assert caught.value.record == 3


def test_a_record_larger_than_the_limit_is_refused_not_buffered() -> None:
    decoder = FindingsDecoder(max_record_bytes=1000)
    list(decoder.feed(b'[{"a": "' + b"x" * 900))
    list(decoder.feed(b"x" * 100))
    with pytest.raises(MalformedRecordError, match="larger than 1000 bytes"):
        list(decoder.feed(b"x" * 5000))
    lines = FindingsDecoder(max_record_bytes=1000)
    with pytest.raises(MalformedRecordError, match="longer than 1000 bytes"):
        list(lines.feed(b'{"a": "' + b"x" * 2000))


def test_the_error_pickles_with_its_position() -> None:
    error = MalformedRecordError("is not valid JSON", record=7, offset=120)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.record, copy.offset, str(copy)) == (
        MalformedRecordError,
        7,
        120,
        str(error),
    )


def chunks(count: int, encode) -> Iterator[bytes]:
    if encode is as_array:
        yield b"["
        for n in range(count):
            yield (b"," if n else b"") + json.dumps(event(n)).encode()
        yield b"]"
    else:
        for n in range(count):
            yield as_lines([event(n)])


@pytest.mark.parametrize("encode", [as_array, as_lines], ids=["array", "lines"])
def test_memory_stays_constant_however_many_findings(encode) -> None:
    decoder = FindingsDecoder()
    seen = total = 0
    tracemalloc.start()
    try:
        for chunk in chunks(10_000, encode):
            total += len(chunk)
            seen += sum(1 for _ in decoder.feed(chunk))
        seen += len(decoder.close())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == 10_000
    assert total > 2_500_000
    assert peak < 200_000, f"peak {peak} bytes while streaming {total} bytes"


def test_records_are_decoded_as_they_are_taken_not_a_chunk_at_a_time() -> None:
    decoder = FindingsDecoder()
    body = json.dumps([event(n) for n in range(2000)]).encode()
    tracemalloc.start()
    try:
        taken = 0
        for finding in decoder.feed(body):
            taken += 1
            del finding
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert taken == 2000
    assert peak < 3 * len(body) + 100_000, "a chunk's records were all held at once"


@pytest.mark.parametrize(
    ("first", "blank"),
    [(b"", b" "), (b"", b"\n"), (b'{"template-id": "a"}\n', b"\n"), (b"[", b" \r\n\t")],
    ids=["undecided-spaces", "undecided-newlines", "lines-blank-lines", "array-blanks"],
)
def test_megabytes_of_blanks_cost_linear_time(first: bytes, blank: bytes) -> None:
    # 32 MiB (the default max_body_size) of blanks, as a gzip bomb of blanks would decode.
    decoder = FindingsDecoder()
    chunk = blank * (64 * 1024 // len(blank))
    started = time.monotonic()
    found = list(decoder.feed(first))
    for _ in range(32 * 1024 * 1024 // len(chunk)):
        found += decoder.feed(chunk)
    found += decoder.feed(b'{"template-id": "z"}' + (b"]" if first == b"[" else b"\n"))
    found += decoder.close()
    assert time.monotonic() - started < 3
    assert [f.template_id for f in found] == (["a", "z"] if first.startswith(b"{") else ["z"])


def test_a_long_line_arriving_in_pieces_costs_linear_time() -> None:
    decoder = FindingsDecoder()
    started = time.monotonic()
    piece = b" " * (64 * 1024)
    assert not list(decoder.feed(b'{"template-id": "long", "pad": "'))
    for _ in range(160):  # 10 MiB, one line
        assert not list(decoder.feed(piece))
    (finding,) = decoder.feed(b'"}\n')
    assert finding.template_id == "long"
    assert time.monotonic() - started < 3
