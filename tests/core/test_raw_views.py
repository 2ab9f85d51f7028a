"""Every method of every resource of both services, through its raw view (issue 26).

For each one: the raw view has it (or it is absent by design, listed in `ABSENT`), it sends
exactly one request to the mock on loopback, and its `.parse()` is what the plain method returns
for that same answer (the plain method is run on a replay of the raw answer, so that a create or a
delete is compared on identical bytes; a read is also made again, plainly, against the mock). A
method absent from a raw view is an `AttributeError` before any request. The streaming views send
one request too and parse to the same value as the raw one.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest

from scanclients import PDCP, AsyncHostedScan, AsyncPDCP, HostedScan
from scanclients._core.files import Download
from scanclients._core.operation import RawResponse
from scanclients._core.operation_spec import Operation
from scanclients._core.paging import SyncPager
from tests.helpers import KEY
from tests.hostedscan.test_hostedscan_resources import RECORDING
from tests.pdcp.test_every_operation import METHODS, _arguments

VIEWS = {"with_raw_response", "with_streaming_response"}

# Absent from the raw view by design: each sends many requests, or writes or streams a file.
ABSENT = {
    "pd.scans": {"wait", "create_and_wait", "findings", "export", "import_results"},
    "hs.scans": {"wait", "create_and_wait", "risks"},
    "hs.results": {"download", "read"},
    "hs.targets": set(),
    "hs.risks": set(),
    "hs.reports": {"download", "create_and_download"},
}


def _replay(raw: RawResponse[Any]) -> httpx.Client:
    """A client whose every answer is the raw answer again, byte for byte."""
    answer = raw.http_response

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.Client(transport=httpx.MockTransport(handler))


def _plain_result(result: Any, tmp_path: Path, parsed: Any) -> Any:
    """What a plain method gave, as `.parse()` gives it: a list's first page, a file's bytes (or,
    for an export answered with JSON instead, the model `save` reports)."""
    if isinstance(result, SyncPager):
        return next(iter(result.pages()))
    if isinstance(result, Download):
        if isinstance(parsed, bytes):
            return b"".join(result.iter_bytes())
        return result.save(tmp_path / "saved").result  # type: ignore[union-attr]
    return result


def _calls(mock: Any, service: str) -> int:
    return int(mock.requests()[service])


# --- PDCP: every generated method ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "name", "op"), METHODS, ids=[f"{r}.{n}" for r, n, _ in METHODS]
)
def test_every_pdcp_method_has_a_raw_form_of_one_request_that_parses_to_the_plain_result(
    mock, tmp_path: Path, resource: str, name: str, op: Operation
) -> None:
    args, keywords = _arguments(op, mock)
    with PDCP(api_key=KEY, team_id="team-1", base_url=mock.pdcp_url) as pd:
        view = getattr(pd, resource).with_raw_response
        before = _calls(mock, "pdcp")
        raw = getattr(view, name)(*args, **keywords)
        assert _calls(mock, "pdcp") == before + 1
    assert isinstance(raw, RawResponse)
    assert 200 <= raw.status_code < 300
    assert raw.http_request.url.path == raw.http_response.request.url.path
    parsed = raw.parse()
    if op.streams:
        # The file's bytes, or the model of the JSON answer an export may give instead.
        assert isinstance(parsed, bytes) or hasattr(parsed, "to_dict"), parsed
    with PDCP(api_key=KEY, team_id="team-1", http_client=_replay(raw)) as replayed:
        plain = getattr(getattr(replayed, resource), name)(*args, **keywords)
        assert parsed == _plain_result(plain, tmp_path, parsed)
    if op.method == "GET" and op.paging is None and not op.streams:
        with PDCP(api_key=KEY, team_id="team-1", base_url=mock.pdcp_url) as pd:
            again = getattr(getattr(pd, resource), name)(*args, **keywords)
        # A read again from the mock: the same kind of answer (a scan may have moved on since).
        assert type(again) is type(parsed)


@pytest.mark.parametrize(
    ("resource", "name", "op"), METHODS, ids=[f"{r}.{n}" for r, n, _ in METHODS]
)
async def test_every_async_pdcp_method_has_a_raw_form_and_a_streamed_form_of_one_request(
    mock, resource: str, name: str, op: Operation
) -> None:
    args, keywords = _arguments(op, mock)
    async with AsyncPDCP(api_key=KEY, team_id="team-1", base_url=mock.pdcp_url) as pd:
        before = _calls(mock, "pdcp")
        raw = await getattr(getattr(pd, resource).with_raw_response, name)(*args, **keywords)
        assert _calls(mock, "pdcp") == before + 1
        assert isinstance(raw, RawResponse)
        assert 200 <= raw.status_code < 300
        if op.method != "GET":
            return  # streaming a write again would change the mock's state for nothing
        streaming = getattr(getattr(pd, resource).with_streaming_response, name)
        async with streaming(*args, **keywords) as streamed:
            assert _calls(mock, "pdcp") == before + 2
            assert streamed.status_code == raw.status_code
            parsed = await streamed.parse()
        assert type(parsed) is type(raw.parse())
        if op.paging is None and not op.streams and "{" not in op.path:
            assert parsed == raw.parse()  # (a scan read twice may have moved on in between)


def test_the_plain_list_and_file_methods_are_pagers_and_downloads_while_raw_is_one_answer(
    mock,
) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        created = pd.scans.create(targets=["example.com"])
        assert isinstance(pd.scans.list(), SyncPager)
        assert isinstance(pd.scans.export_api(created.id), Download)
        before = _calls(mock, "pdcp")
        page = pd.scans.with_raw_response.list(limit=1).parse()
        exported = pd.scans.with_raw_response.export_api(created.id).parse()
        assert _calls(mock, "pdcp") == before + 2
    assert page.data is not None
    assert len(page.data) == 1
    assert isinstance(exported, bytes)
    assert exported.startswith(b"[")


# --- hand-made PDCP methods ---------------------------------------------------------------------


def test_the_raw_create_is_the_create_answer_and_parses_to_the_created_scan(mock) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        before = _calls(mock, "pdcp")
        raw = pd.scans.with_raw_response.create(targets=["example.com"], name="raw")
        assert _calls(mock, "pdcp") == before + 1
    assert raw.status_code == 200
    assert raw.http_request.method == "POST"
    assert raw.http_request.url.path == "/v1/scans"
    created = raw.parse()
    assert created.id == raw.http_response.json()["id"]
    with PDCP(api_key=KEY, http_client=_replay(raw)) as replayed:
        assert replayed.scans.create(targets=["example.com"], name="raw") == created


@pytest.mark.parametrize("name", sorted(ABSENT["pd.scans"]))
def test_pdcp_helpers_without_a_raw_form_are_absent_before_any_request(mock, name: str) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        before = _calls(mock, "pdcp")
        with pytest.raises(AttributeError, match=name):
            getattr(pd.scans.with_raw_response, name)
        with pytest.raises(AttributeError, match=name):
            getattr(pd.scans.with_streaming_response, name)
        assert callable(getattr(pd.scans, name))
    assert _calls(mock, "pdcp") == before


@pytest.mark.parametrize("name", sorted(ABSENT["pd.scans"] | ABSENT["hs.scans"]))
async def test_the_async_raw_views_lack_the_same_helpers(mock, name: str) -> None:
    async with (
        AsyncPDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
    ):
        before = mock.requests()
        for scans, absent in ((pd.scans, ABSENT["pd.scans"]), (hs.scans, ABSENT["hs.scans"])):
            if name in absent:
                with pytest.raises(AttributeError, match=name):
                    getattr(scans.with_raw_response, name)
        assert mock.requests() == before


def test_the_raw_view_of_pd_scans_is_the_generated_view_plus_create() -> None:
    pd = PDCP(api_key=KEY)
    plain = _public(pd.scans)
    raw = _public(pd.scans.with_raw_response)
    assert raw == plain - ABSENT["pd.scans"]
    assert _public(AsyncPDCP(api_key=KEY).scans.with_raw_response) == raw


# --- HostedScan: every method of every resource -------------------------------------------------


def _public(resource: Any) -> set[str]:
    return {n for n in dir(resource) if not n.startswith("_") and n not in VIEWS}


def _hostedscan_calls(hs: HostedScan) -> dict[str, tuple[tuple[Any, ...], dict[str, Any]]]:
    """Arguments for each raw method, against things the mock holds."""
    target = hs.targets.create(target="raw-views.example.com").id
    scan = hs.scans.create(type="NMAP", target_ids=[target])
    risk = next(iter(hs.risks.list(max_items=1))).id
    return {
        "scans.create": ((), {"type": "SSLYZE", "targets": ["example.com"]}),
        "scans.get": ((scan.id,), {}),
        "scans.list": ((), {}),
        "targets.list": ((), {}),
        "targets.get": ((target,), {}),
        "targets.create": ((), {"target": "raw-created.example.com"}),
        "targets.update": ((target,), {"label": "raw"}),
        "targets.upload_recording": ((target, RECORDING), {}),
        "targets.delete": ((hs.targets.create(target="raw-gone.example.com").id,), {}),
        "risks.list": ((), {}),
        "risks.get": ((risk,), {}),
        "reports.create": ((), {"format": "PDF", "target_ids": [target]}),
    }


RESOURCES = ["scans", "results", "targets", "risks", "reports"]


def test_every_hostedscan_method_has_a_raw_form_or_is_absent_by_design(mock, tmp_path) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        hs.scans.wait(
            hs.scans.create(type="NMAP", targets=["seed.example.com"]), poll_interval=0.01
        )
        calls = _hostedscan_calls(hs)
        walked = set()
        for resource in RESOURCES:
            plain = getattr(hs, resource)
            view = getattr(plain, "with_raw_response", None)
            raw_names = _public(view) if view is not None else set()
            assert raw_names | ABSENT[f"hs.{resource}"] == _public(plain), resource
            assert not raw_names & ABSENT[f"hs.{resource}"]
            for name in sorted(raw_names):
                args, keywords = calls[f"{resource}.{name}"]
                before = _calls(mock, "hostedscan")
                raw = getattr(view, name)(*args, **keywords)
                assert _calls(mock, "hostedscan") == before + 1, f"{resource}.{name}"
                assert isinstance(raw, RawResponse)
                assert 200 <= raw.status_code < 300
                with HostedScan(api_key=KEY, http_client=_replay(raw)) as replayed:
                    result = getattr(getattr(replayed, resource), name)(*args, **keywords)
                    expected = _plain_result(result, tmp_path, raw.parse())
                assert raw.parse() == expected, f"{resource}.{name}"
                walked.add(f"{resource}.{name}")
            for name in ABSENT[f"hs.{resource}"]:
                before = _calls(mock, "hostedscan")
                with pytest.raises(AttributeError):
                    getattr(view, name) if view is not None else plain.with_raw_response
                assert _calls(mock, "hostedscan") == before
    assert walked == set(calls)


def test_a_hostedscan_raw_answer_parses_to_what_the_method_returns_not_the_envelope(mock) -> None:
    with HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        target = hs.targets.create(target="unwrapped.example.com")
        raw = hs.targets.with_raw_response.get(target.id)
        assert "data" in raw.http_response.json()
        assert raw.parse() == hs.targets.get(target.id) == target
        risk_page = hs.risks.with_raw_response.list().parse()
        assert type(risk_page).__name__ == "RiskList"


async def test_the_async_hostedscan_raw_views_have_the_same_methods(mock) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        sync = HostedScan(api_key=KEY)
        for resource in RESOURCES:
            left = getattr(getattr(sync, resource), "with_raw_response", None)
            right = getattr(getattr(hs, resource), "with_raw_response", None)
            assert (left is None) == (right is None), resource
            if left is None:
                continue
            assert _public(left) == _public(right), resource
            for name in _public(left):
                assert inspect.iscoroutinefunction(getattr(right, name)), f"{resource}.{name}"
                assert (
                    inspect.signature(getattr(left, name)).parameters
                    == inspect.signature(getattr(right, name)).parameters
                )
        before = _calls(mock, "hostedscan")
        raw = await hs.scans.with_raw_response.create(type="NMAP", targets=["example.com"])
        assert _calls(mock, "hostedscan") == before + 1
        created = raw.parse()
        assert (await hs.scans.get(created.id)).id == created.id


def test_a_raw_method_checks_its_arguments_before_any_request(mock) -> None:
    from scanclients.errors import ValidationError

    with (
        HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
    ):
        before = mock.requests()
        with pytest.raises(ValidationError, match="target_id"):
            hs.targets.with_raw_response.get("")
        with pytest.raises(ValidationError, match="type"):
            hs.scans.with_raw_response.create(type="NMAPP", targets=["a.com"])  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="targets"):
            pd.scans.with_raw_response.create(targets=[1])  # type: ignore[list-item]
        assert mock.requests() == before


def test_a_pager_raw_list_keeps_no_pager_arguments() -> None:
    parameters = inspect.signature(PDCP(api_key=KEY).scans.with_raw_response.list).parameters
    assert "max_items" not in parameters
    assert "max_pages" not in parameters
    assert "offset" in parameters
    assert "limit" in parameters
