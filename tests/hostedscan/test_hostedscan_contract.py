"""Every HostedScan operation against its spec: each documented status through the public method,
spec-valid answers (drawn by Hypothesis, with fields and values the spec does not know) parsed
whole, and spec-valid request bodies sent unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanclients import HostedScan, errors
from tests.helpers import KEY, Recorder
from tests.schema_strategies import from_schema, json_values
from tests.spec_tools import operations

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

RECORDING = b'{"tests": []}'

# Every HostedScan operation, through its public method: (method, path) -> call.
CALLS: dict[tuple[str, str], Callable[[HostedScan], Any]] = {
    ("POST", "/v1/scans"): lambda hs: hs.scans.create(
        type="NMAP", targets=["a.com"], use_authentication=False
    ),
    ("GET", "/v1/scans"): lambda hs: list(hs.scans.list(state="RUNNING")),
    ("GET", "/v1/scans/{id}"): lambda hs: hs.scans.get("s1"),
    ("GET", "/v1/results/{id}"): lambda hs: hs.results.read("r1"),
    ("GET", "/v1/targets"): lambda hs: list(hs.targets.list(tags="prod")),
    ("POST", "/v1/targets"): lambda hs: hs.targets.create(target="a.com", upsert=True),
    ("GET", "/v1/targets/{id}"): lambda hs: hs.targets.get("t1"),
    ("PUT", "/v1/targets/{id}"): lambda hs: hs.targets.update("t1", label="x"),
    ("DELETE", "/v1/targets/{id}"): lambda hs: hs.targets.delete("t1"),
    ("POST", "/v1/targets/{id}/auth/selenium"): lambda hs: hs.targets.upload_recording(
        "t1", RECORDING
    ),
    ("GET", "/v1/risks"): lambda hs: list(hs.risks.list(status="OPEN")),
    ("GET", "/v1/risks/{id}"): lambda hs: hs.risks.get("k1"),
    ("POST", "/v1/reports"): lambda hs: hs.reports.create(format="HTML"),
    ("GET", "/v1/reports/{id}"): lambda hs: hs.reports.download("p1", "report.html"),
}
STATUS_ERRORS = {
    "400": errors.BadRequestError,
    "401": errors.AuthenticationError,
    "404": errors.NotFoundError,
    "5XX": errors.InternalServerError,
}


def test_every_operation_has_a_public_method() -> None:
    assert {(o.method, o.path) for o in operations("hostedscan")} == set(CALLS)


@pytest.mark.parametrize(
    ("operation", "status"),
    [
        ((o.method, o.path), s)
        for o in operations("hostedscan")
        for s in o.responses()
        if s != "200"
    ],
    ids=str,
)
def test_every_documented_error_status_raises_its_error(
    operation, status, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code = 503 if status == "5XX" else int(status)
    body = {"message": f"answered {code}"}
    recorder = Recorder(lambda request: httpx.Response(code, json=body))
    with HostedScan(api_key=KEY, max_retries=0, http_client=recorder.client()) as hs:
        with pytest.raises(STATUS_ERRORS[status], match=f"answered {code}") as caught:
            CALLS[operation](hs)
    assert caught.value.body == body
    assert len(recorder.requests) == 1
    assert not (tmp_path / "report.html").exists()


def _response(method: str, path: str) -> st.SearchStrategy[Any]:
    (operation,) = [o for o in operations("hostedscan") if (o.method, o.path) == (method, path)]
    schema = operation.json_response_schema("200")
    assert schema is not None
    return from_schema(schema)


_extras = st.dictionaries(st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), json_values, max_size=2)


def _with_extra_fields(envelope: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    data = envelope["data"]
    if isinstance(data, list):
        return {**envelope, "data": [{**extras, **item} for item in data]}
    return {**envelope, "data": {**extras, **data}}


def _serving(body: Any) -> HostedScan:
    pages = iter([body])
    recorder = Recorder(lambda request: httpx.Response(200, json=next(pages, {"data": []})))
    return HostedScan(api_key=KEY, http_client=recorder.client())


PARSED = {
    ("GET", "/v1/targets/{id}"): lambda hs: hs.targets.get("t1"),
    ("POST", "/v1/targets"): lambda hs: hs.targets.create(target="a.com"),
    ("PUT", "/v1/targets/{id}"): lambda hs: hs.targets.update("t1", tags=[]),
    ("GET", "/v1/risks/{id}"): lambda hs: hs.risks.get("k1"),
    ("POST", "/v1/reports"): lambda hs: hs.reports.create(),
    ("GET", "/v1/targets"): lambda hs: list(hs.targets.list()),
    ("GET", "/v1/risks"): lambda hs: list(hs.risks.list()),
}


@pytest.mark.parametrize("operation", sorted(PARSED), ids=str)
@given(data=st.data())
@EXAMPLES
def test_spec_valid_answers_parse_keeping_every_field(operation, data) -> None:
    envelope = data.draw(_response(*operation))
    envelope = _with_extra_fields(envelope, data.draw(_extras))
    with _serving(envelope) as hs:
        parsed = PARSED[operation](hs)
    dumped = (
        [item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in parsed]
        if isinstance(parsed, list)
        else parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    )
    assert dumped == envelope["data"]


@given(level=st.sampled_from(["CRITICAL", "INFO"]), status=st.sampled_from(["ACCEPTED", "open"]))
@settings(max_examples=10, deadline=None)
def test_unknown_threat_levels_and_statuses_are_kept(level: str, status: str) -> None:
    risk = {"id": "k1", "status": status, "risk_definition": {"title": "t", "threat_level": level}}
    with _serving({"data": risk}) as hs:
        parsed = hs.risks.get("k1")
    assert (parsed.status, parsed.risk_definition.threat_level) == (status, level)


def _request_schema(method: str, path: str) -> dict[str, Any]:
    (operation,) = [o for o in operations("hostedscan") if (o.method, o.path) == (method, path)]
    schema = operation.request_schema()
    assert schema is not None
    return schema


_non_blank = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")


@given(
    body=from_schema(_request_schema("POST", "/v1/targets")),
    target=_non_blank,
    upsert=st.booleans(),
)
@EXAMPLES
def test_target_create_sends_what_was_drawn(
    body: dict[str, Any], target: str, upsert: bool
) -> None:
    body = {**body, "target": target}
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "t1"}}))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.targets.create(**body, upsert=upsert)
    (request,) = recorder.requests
    assert json.loads(request.content) == body
    assert request.url.params.get("upsert") == ("true" if upsert else None)


@given(body=from_schema(_request_schema("PUT", "/v1/targets/{id}")).filter(bool))
@EXAMPLES
def test_target_update_sends_what_was_drawn(body: dict[str, Any]) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "t1"}}))
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.targets.update("t1", **body)
    assert json.loads(recorder.requests[0].content) == body


_values = st.lists(_non_blank, min_size=1, max_size=3)
_levels = st.lists(st.sampled_from(["LOW", "MEDIUM", "HIGH"]), min_size=1, max_size=3)


@given(
    report_format=st.sampled_from(["PDF", "HTML"]),
    targets_filter=st.fixed_dictionaries({}, optional={"target_ids": _values, "tag": _values}),
    risks_filter=st.fixed_dictionaries(
        {},
        optional={
            "status": st.lists(st.sampled_from(["OPEN", "CLOSED"]), min_size=1, max_size=2),
            "risk_definition.scan_type": st.lists(
                st.sampled_from(["NMAP", "SSLYZE", "OPENVAS"]), min_size=1, max_size=2
            ),
            "risk_definition.threat_level": _levels,
            "risk_definition.title": _values,
        },
    ),
)
@EXAMPLES
def test_report_create_sends_what_was_drawn(report_format, targets_filter, risks_filter) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "p1"}}))
    keywords = {
        "status": "status",
        "scan_type": "risk_definition.scan_type",
        "threat_level": "risk_definition.threat_level",
        "title": "risk_definition.title",
    }
    with HostedScan(api_key=KEY, http_client=recorder.client()) as hs:
        hs.reports.create(
            format=report_format,
            target_ids=targets_filter.get("target_ids"),
            tags=targets_filter.get("tag"),
            **{name: risks_filter[key] for name, key in keywords.items() if key in risks_filter},
        )
    expected: dict[str, Any] = {"report_format": report_format}
    if targets_filter:
        expected["targets_filter"] = targets_filter
    if risks_filter:
        expected["risks_filter"] = risks_filter
    sent = json.loads(recorder.requests[0].content)
    assert sent == expected
