"""A pydantic answer is validated straight from its bytes (`_core.answers._straight`); whatever it
cannot take goes the general way (json.loads, then the model). Either way the caller gets the same
model, or the same error with the same message: each body here is read both ways and compared."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scanclients._core import answers
from scanclients._generated.hostedscan_models import ScanEnvelope
from scanclients._hostedscan.operations import GET_SCAN
from scanclients.errors import UnexpectedResponseError

SCAN = {"data": {"id": "s1", "type": "NMAP", "state": "RUNNING", "progress": 40}}

BODIES: dict[str, bytes] = {
    "plain": json.dumps(SCAN).encode(),
    "unknown fields, nested": json.dumps(
        {"data": {**SCAN["data"], "extra": {"a": [1, 2.5, None, True]}}, "meta": 7}
    ).encode(),
    "null lists": json.dumps({"data": {**SCAN["data"], "results": None, "risks": None}}).encode(),
    "unknown state": json.dumps({"data": {"id": "s1", "state": "PAUSED"}}).encode(),
    "big int and duplicate key": b'{"data": {"id": "a", "id": "b", "state": "x", "n": 123456789012345678901234567890}}',
    "non-ASCII": json.dumps({"data": {"id": "\u00e9\u4e2d", "state": "x"}}).encode(),
    "escaped lone surrogate": b'{"data": {"id": "\\ud800", "state": "x"}}',
    "byte order mark": b'\xef\xbb\xbf{"data": {"id": "a", "state": "x"}}',
    "UTF-16": json.dumps({"data": {"id": "a", "state": "x"}}).encode("utf-16"),
    "leading space": b' {"data": {"id": "a", "state": "x"}}',
    "wrong type": json.dumps({"data": {"id": 5, "state": "x"}}).encode(),
    "progress out of range": json.dumps(
        {"data": {"id": "a", "state": "x", "progress": 101}}
    ).encode(),
    "missing field": json.dumps({"data": {"id": "a"}}).encode(),
    "an array": b'[{"data": {"id": "a", "state": "x"}}]',
    "not JSON": b'{"data": ',
    "invalid UTF-8": b'{"data": {"id": "a\xff", "state": "x"}}',
    "deep nesting": b'{"data": {"id": "a", "state": "x", "n": ' + b"[" * 5000 + b"]" * 5000 + b"}}",
    "NaN": b'{"data": {"id": "a", "state": "x", "n": NaN}}',
}

CONTENT_TYPES = [
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "",
    "text/plain",
]


def _outcome(body: bytes, content_type: str) -> tuple[str, Any]:
    headers = {"content-type": content_type} if content_type else {}
    request = httpx.Request("GET", "https://hostedscan.test/v1/scans/s1")
    response = httpx.Response(200, content=body, headers=headers, request=request)
    try:
        parsed = answers.parse(GET_SCAN, response, "HostedScan")
    except UnexpectedResponseError as error:
        return "error", (type(error).__name__, str(error), error.response is response)
    assert isinstance(parsed, ScanEnvelope)
    # repr: NaN is not equal to itself, its repr is.
    fields = (sorted(parsed.model_fields_set), sorted(parsed.data.model_fields_set))
    return "model", repr((parsed.model_dump(), fields))


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
@pytest.mark.parametrize("name", list(BODIES))
def test_the_fast_and_the_general_path_answer_alike(
    name: str, content_type: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _outcome(BODIES[name], content_type)
    monkeypatch.setattr(answers, "_straight", lambda model, response: None)
    general = _outcome(BODIES[name], content_type)
    assert fast == general


def test_the_fast_path_is_taken_for_a_plain_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not a timing test: the general path's JSON parser is not called for a well-formed answer.
    def refuse(content: object) -> None:
        raise AssertionError("the general path ran")

    monkeypatch.setattr(answers, "loads", refuse)
    kind, _ = _outcome(BODIES["plain"], "application/json")
    assert kind == "model"


def test_a_bad_answer_still_names_the_problem() -> None:
    kind, (name, message, kept) = _outcome(BODIES["missing field"], "application/json")
    assert (kind, name, kept) == ("error", "UnexpectedResponseError", True)
    assert message == (
        "HostedScan: the 200 answer of get-scan is not a ScanEnvelope: data.state: Field required"
    )


JSON_TEXTS = [
    *BODIES.values(),
    b'{"a": "x\ty"}',
    b'{"a": 1e400, "b": -Infinity, "c": 0.1000000000000000055511151231257827}',
    b'{"b": 1, "a": 2, "b": 3}',
    b'{"a": "\\ud83d\\ude00", "b": "\\u0000", "c": "\\/"}',
    b'{"a": "\xed\xa0\x80"}',
    b'{"a": 01}',
    b'{"a": [1,]}',
    b'{"a": 1} x',
    b"[" * 500 + b"]" * 500,
    b"[1, 2.5, null, true]",
    b'"text"',
    b"",
]


@pytest.mark.parametrize("text", JSON_TEXTS)
def test_loads_reads_json_as_the_standard_parser_does(text: bytes) -> None:
    def outcome(parse: Any) -> str:
        try:
            return repr(parse(text))
        except (ValueError, UnicodeDecodeError, RecursionError) as error:
            return type(error).__name__

    standard = outcome(json.loads)
    ours = outcome(answers.loads)
    # The same value, or the standard parser's own error (deep nesting: NestedTooDeeply).
    assert ours == standard or (ours, standard) == ("NestedTooDeeply", "RecursionError")
