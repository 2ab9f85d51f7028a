"""Property-based: spec-valid responses of every documented status parse, keeping what is unknown.

For each operation and status, Hypothesis draws bodies from the response schema, adds fields the
spec does not know and enum values it does not list, and serves them. Known fields come back equal
to what was served, unknown ones are kept, and nothing but a scanclients error is ever raised.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scanclients import PDCP, HostedScan, errors
from tests.helpers import KEY, Recorder
from tests.schema_strategies import from_schema, json_values
from tests.spec_tools import operations

EXAMPLES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_extra_keys = st.dictionaries(
    st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), json_values, max_size=3
)


def _operation(service: str, method: str, path: str):
    (operation,) = [o for o in operations(service) if o.method == method and o.path == path]
    return operation


def _body(service: str, method: str, path: str, status: str) -> st.SearchStrategy[Any]:
    schema = _operation(service, method, path).json_response_schema(status)
    assert schema is not None, (service, path, status)
    return from_schema(schema)


def _with_extras(body: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(body, _extra_keys).map(lambda pair: {**pair[1], **pair[0]})


def _serving(status: int, body: Any) -> Recorder:
    return Recorder(lambda request: httpx.Response(status, json=body))


# The spec leaves the id out of `required`; an answer without one is refused (the caller could not
# follow the scan: tests/pdcp/test_created_scan.py), so every body drawn here has one.
_CREATED = _with_extras(_body("pdcp", "POST", "/v1/scans", "200")).map(
    lambda body: {**body, "id": body.get("id") or "scan-1"}
)


@given(body=_CREATED)
@EXAMPLES
@pytest.mark.filterwarnings("ignore::scanclients.TruncatedTargetsWarning")
def test_pdcp_created_keeps_every_field(body: dict[str, Any]) -> None:
    with PDCP(api_key=KEY, http_client=_serving(200, body).client()) as pd:
        created = pd.scans.create(targets=["example.com"])
    assert created.to_dict() == body
    assert created.additional_properties == {k: v for k, v in body.items() if k.startswith("x_")}


PDCP_ERROR_STATUSES = {"400": 400, "401": 401, "500": 500, "default": 418}


@given(
    status=st.sampled_from(sorted(PDCP_ERROR_STATUSES)),
    body=_with_extras(_body("pdcp", "POST", "/v1/scans", "400")),
)
@EXAMPLES
def test_pdcp_error_responses_keep_every_field(status: str, body: dict[str, Any]) -> None:
    code = PDCP_ERROR_STATUSES[status]
    with PDCP(api_key=KEY, max_retries=0, http_client=_serving(code, body).client()) as pd:
        try:
            pd.scans.create(targets=["example.com"])
        except errors.APIStatusError as error:
            caught = error
    assert caught.status_code == code
    assert caught.body == body
    assert (caught.kind, caught.code, caught.error, caught.error_id, caught.param) == tuple(
        body.get(name) for name in ("kind", "code", "error", "error_id", "param")
    )
    if body["message"].strip():
        assert caught.message == body["message"].strip()


_scan_bodies = _body("hostedscan", "GET", "/v1/scans/{id}", "200")
_unknown_state = st.sampled_from(["PAUSED", "CANCELLED", "queued"])


def _scan_with_unknowns(
    envelope: dict[str, Any], extras: dict[str, Any], state: str | None
) -> dict[str, Any]:
    scan = {**extras, **envelope["data"]}
    if state is not None:
        scan["state"] = state
    return {**envelope, "data": scan}


_envelopes = st.builds(_scan_with_unknowns, _scan_bodies, _extra_keys, st.none() | _unknown_state)


# Every HostedScan operation, called through its public method.
CALLS = {
    "create": lambda hs: hs.scans.create(type="NMAP", targets=["example.com"]),
    "get": lambda hs: hs.scans.get("s1"),
    "list": lambda hs: list(hs.scans.list()),
    "read": lambda hs: hs.results.read("r1"),
}


@pytest.mark.parametrize("call", ["create", "get"])
@given(envelope=_envelopes)
@EXAMPLES
def test_hostedscan_scan_keeps_known_and_unknown_fields(
    call: str, envelope: dict[str, Any]
) -> None:
    with HostedScan(api_key=KEY, http_client=_serving(200, envelope).client()) as hs:
        scan = CALLS[call](hs)
    assert scan.model_dump(mode="json", exclude_unset=True) == envelope["data"]


@given(page=_with_extras(_body("hostedscan", "GET", "/v1/scans", "200")))
@EXAMPLES
def test_hostedscan_list_page_parses(page: dict[str, Any]) -> None:
    answers = iter([page])
    recorder = Recorder(lambda request: httpx.Response(200, json=next(answers, {"data": []})))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        scans = list(hs.scans.list())
    assert [s.model_dump(mode="json", exclude_unset=True) for s in scans] == page["data"]


HOSTEDSCAN_ERRORS = [400, 401, 404, 500, 502, 503]  # 404 is documented for get and read only


@pytest.mark.parametrize("call", sorted(CALLS))
@given(status=st.sampled_from(HOSTEDSCAN_ERRORS), body=json_values, as_text=st.booleans())
@example(status=400, body="NaN", as_text=True)  # CI's find: parsed to a nan
@EXAMPLES
def test_hostedscan_error_bodies_are_kept_whole(
    call: str, status: int, body: Any, as_text: bool
) -> None:
    content = str(body) if as_text else json.dumps(body)
    media = "text/plain" if as_text else "application/json"
    recorder = Recorder(
        lambda request: httpx.Response(status, text=content, headers={"content-type": media})
    )
    with HostedScan(api_key=KEY, max_retries=0, http_client=recorder.client()) as hs:
        try:
            CALLS[call](hs)
        except errors.APIStatusError as error:
            caught = error
    assert caught.status_code == status
    if as_text:
        # Text that happens to be JSON ("NaN", "[1]") comes back parsed; compared as JSON text,
        # because float('nan') equals nothing, not even the nan json.loads makes.
        kept = [content, json.loads(content)] if _is_json(content) else [content]
        assert _as_json(caught.body) in [_as_json(value) for value in kept]
    else:
        assert caught.body == body


def _as_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@given(
    content=st.binary(max_size=4096),
    media=st.sampled_from(["application/pdf", "text/html", "application/xml", "application/json"]),
)
@EXAMPLES
def test_hostedscan_result_files_come_back_byte_for_byte(content: bytes, media: str) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(200, content=content, headers={"content-type": media})
    )
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        assert hs.results.read("r1") == content
