"""Property-based: spec-valid requests, through the public methods, arrive unchanged.

Hypothesis draws request bodies and parameters from the specs' own schemas; each goes through the
wrapper's public method, and the request that reaches the server must carry exactly what was
drawn: nothing dropped, renamed, re-typed or added.

The wrapper is deliberately stricter than the spec in a few places, checked before anything is
sent: targets must be non-blank, `exclusions` must be well-formed scope patterns, and ids must be
non-blank. The strategies below draw those fields from their valid subset; everything else comes
straight from the schema.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, HostedScan
from tests.helpers import KEY, Recorder
from tests.schema_strategies import from_schema
from tests.spec_tools import operations

EXAMPLES = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
_domain = st.builds(lambda labels: ".".join(labels), st.lists(_label, min_size=1, max_size=3))
_pattern = st.one_of(
    _domain,
    _domain.map(lambda d: f"*.{d}"),
    _domain.map(lambda d: f"+{d}"),
    st.ip_addresses(v=4).map(str),
    st.builds(lambda ip, n: f"{ip}/{n}", st.ip_addresses(v=4), st.integers(0, 32)),
    st.ip_addresses(v=6).map(str),
)
_non_blank = st.text(min_size=1).filter(lambda s: s.strip() != "")
_id = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")


def _schema(service: str, method: str, path: str) -> dict[str, Any]:
    (operation,) = [o for o in operations(service) if o.method == method and o.path == path]
    schema = operation.request_schema()
    assert schema is not None
    return schema


def _pdcp_bodies() -> st.SearchStrategy[dict[str, Any]]:
    schema = _schema("pdcp", "POST", "/v1/scans")
    stricter = {
        "targets": st.lists(_non_blank, min_size=1, max_size=5),
        "exclusions": st.lists(_pattern, max_size=5),
    }

    def narrowed(body: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        draws = {key: stricter[key] for key in body if key in stricter}
        return st.fixed_dictionaries(draws).map(lambda drawn: {**body, **drawn})

    return from_schema(schema).flatmap(narrowed)


def _recorder(answer: dict[str, Any]) -> Recorder:
    return Recorder(lambda request: httpx.Response(200, json=answer))


@pytest.fixture(scope="module")
def pdcp_wire() -> tuple[Recorder, PDCP]:
    recorder = _recorder({"id": "x", "message": "ok"})
    return recorder, PDCP(api_key=KEY, http_client=recorder.client())


@given(
    body=_pdcp_bodies(),
    team=st.none() | _id.filter(lambda s: s.isprintable() and s.isascii() and s == s.strip()),
)
@EXAMPLES
def test_pdcp_create_sends_exactly_what_was_drawn(body: dict[str, Any], team: str | None) -> None:
    recorder = _recorder({"id": "x", "message": "ok"})
    with PDCP(api_key=KEY, team_id=team, http_client=recorder.client()) as pd:
        pd.scans.create(**body)
    (request,) = recorder.requests
    assert json.loads(request.content) == body
    assert request.headers.get("X-Team-Id") == team
    assert (request.method, request.url.path) == ("POST", "/v1/scans")


def _hostedscan_bodies() -> st.SearchStrategy[dict[str, Any]]:
    schema = _schema("hostedscan", "POST", "/v1/scans")
    stricter = {
        "targets": st.lists(_non_blank, min_size=1, max_size=5),
        "target_ids": st.lists(_non_blank, min_size=1, max_size=5),
    }

    def narrowed(body: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        draws = {key: stricter[key] for key in body if key in stricter}
        return st.fixed_dictionaries(draws).map(lambda drawn: {**body, **drawn})

    return from_schema(schema).flatmap(narrowed)


SCAN = {"id": "s1", "state": "QUEUED"}


@given(body=_hostedscan_bodies())
@EXAMPLES
def test_hostedscan_create_sends_exactly_what_was_drawn(body: dict[str, Any]) -> None:
    recorder = _recorder({"data": SCAN})
    known = {k: v for k, v in body.items() if k in ("type", "targets", "target_ids")}
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.scans.create(**known)
    (request,) = recorder.requests
    assert json.loads(request.content) == known


@given(scan_id=_id)
@example(scan_id=".")
@example(scan_id="..")
@example(scan_id="a/../b")
@EXAMPLES
def test_hostedscan_get_puts_the_id_in_the_path_unchanged(scan_id: str) -> None:
    recorder = _recorder({"data": {**SCAN, "id": scan_id}})
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert hs.scans.get(scan_id).id == scan_id
    (request,) = recorder.requests
    assert request.url.path == f"/v1/scans/{scan_id}"
    assert request.url.params == httpx.QueryParams()


@given(result_id=_id, content=st.binary(max_size=2048))
@example(result_id=".", content=b"")
@example(result_id="..", content=b"")
@EXAMPLES
def test_hostedscan_result_read_puts_the_id_in_the_path_unchanged(
    result_id: str, content: bytes
) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(
            200, content=content, headers={"content-type": "application/pdf"}
        )
    )
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert hs.results.read(result_id) == content
    (request,) = recorder.requests
    assert request.url.path == f"/v1/results/{result_id}"


@given(tokens=st.lists(_id, max_size=4, unique=True))
@EXAMPLES
def test_hostedscan_list_passes_each_next_page_token_back_unchanged(tokens: list[str]) -> None:
    pages = iter(enumerate([*tokens, None]))

    def answer(request: httpx.Request) -> httpx.Response:
        number, token = next(pages)
        # A new scan a page: the same one on every page would be a cycle, which the pager stops.
        scan = {**SCAN, "id": f"scan-{number}"}
        return httpx.Response(200, json={"data": [scan], "next_page_token": token})

    recorder = Recorder(answer)
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert len(list(hs.scans.list())) == len(tokens) + 1
    sent = [request.url.params.get("page_token") for request in recorder.requests]
    assert sent == [None, *tokens]
