"""The mock PDCP service answers every operation of the complete document, as the spec says.

Each operation is called through raw httpx with spec-valid parameters and body (built from the
spec's examples and schemas), and every answer is checked with openapi-core against the response
the spec declares. Lists page, exports are files of the asked format, answers are deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from scanclients._generated import pdcp_client
from scanclients.mock import MockService, serve
from scanclients.mock._answers import LIST_SIZE, Answers
from scanclients.mock._contract import Contract
from scanclients.mock._operations import Operation, operations
from scanclients.mock._schema_values import SchemaValues
from tests.helpers import KEY, ROOT

# ProjectDiscovery's complete document (125 operations), until the shipped spec is that document.
COMPLETE = ROOT / "tests" / "data" / "pdcp-complete.yaml"
SHIPPED = Path(pdcp_client.__file__).parent / "openapi.yaml"
DOCUMENTS = {"complete": COMPLETE, "shipped": SHIPPED}


class Document:
    """One PDCP document served by the mock, with what a test needs to call its operations."""

    def __init__(self, path: Path, service: MockService) -> None:
        self.path = path
        self.contract = Contract(path)
        self.values = SchemaValues(self.contract.document)
        self.operations = list(operations(self.contract.document, self.values))
        self.service = service
        self.http = httpx.Client(base_url=service.pdcp_url, timeout=10)

    def request(self, op: Operation, **query: Any) -> httpx.Request:
        """A request the spec accepts: every parameter and the body from examples or schemas."""
        path, params, headers = op.path, [], {"X-API-Key": KEY}
        team = op.parameters.get(("header", "X-Team-Id"))
        for (where, name), parameter in op.parameters.items():
            value = self._parameter(parameter)
            if where == "path" and name in SCAN_IDS:
                # The mock knows only the scans it made for the team asking (else 404).
                imported = op.operation_id.endswith("-import")
                value = self.new_scan(imported=imported, team=team and self._parameter(team))
            if where == "path":
                path = path.replace("{" + name + "}", quote(str(value), safe=""))
            elif where == "header":
                headers[name] = str(value)
            elif where == "query" and name not in query and name not in _ASKED_ONLY:
                params += [
                    (name, _text(v)) for v in (value if isinstance(value, list) else [value])
                ]
        params += [(name, _text(value)) for name, value in query.items()]
        content, media = self._body(op)
        if media is not None:
            headers["content-type"] = media
        return self.http.build_request(
            op.method, path, params=params, headers=headers, content=content
        )

    def new_scan(self, *, imported: bool = False, team: str | None = None) -> str:
        key = {"X-API-Key": KEY, **({"X-Team-Id": team} if team else {})}
        if imported:
            line = b'{"template-id": "example", "host": "example.com"}\n'
            upload = {**key, "Content-Type": "application/octet-stream"}
            created = self.http.post("/v1/scans/import", content=line, headers=upload)
        else:
            created = self.http.post("/v1/scans", json={"targets": ["example.com"]}, headers=key)
        assert created.status_code == 200, created.text
        return str(created.json()["id"])

    def op(self, operation_id: str) -> Operation:
        (found,) = [op for op in self.operations if op.operation_id == operation_id]
        return found

    def send(self, op: Operation, **query: Any) -> httpx.Response:
        response = self.http.send(self.request(op, **query))
        assert response.is_success, (op.operation_id, response.status_code, response.text)
        return response

    def violations(self, op: Operation, response: httpx.Response) -> list[str]:
        path = response.request.url.raw_path.split(b"?")[0].decode()
        found = self.contract.response_violations(
            op.method, path, response.status_code, dict(response.headers), response.content
        )
        return [f"{op.operation_id} -> {response.status_code}: {v.message}" for v in found]

    def _parameter(self, parameter: dict[str, Any]) -> Any:
        if "example" in parameter:
            return parameter["example"]
        return self.values.value(parameter.get("schema", {}), name=parameter["name"])

    def _body(self, op: Operation) -> tuple[bytes | None, str | None]:
        definition = self.contract.document["paths"][op.path][op.method.lower()]
        body = self.values.resolve(definition.get("requestBody"))
        content = body.get("content") or {}
        if "application/json" in content:
            value = self.values.value(content["application/json"].get("schema"), name="body")
            return json.dumps(value).encode(), "application/json"
        if content:  # an upload: nuclei's JSON lines
            line = {"template-id": "example", "host": "example.com", "matched-at": "example.com"}
            return (json.dumps(line) + "\n").encode(), next(iter(content))
        return None, None


# Path parameters that name a scan: filled with a scan the mock made.
SCAN_IDS = ("scan_id", "scanId")
# The list the mock keeps state for (tests/mock/test_pdcp_mock_scans.py): not a fixed collection.
STATEFUL_LISTS = {"get-v1-scans"}

# Sent only when a test asks: a list answers whole without them, an export as a file without async.
_ASKED_ONLY = ("limit", "offset", "page", "page_number", "async")


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool | dict) else str(value)


@pytest.fixture(scope="module", params=list(DOCUMENTS))
def document(request: pytest.FixtureRequest) -> Iterator[Document]:
    with serve(pdcp_spec=DOCUMENTS[request.param], check_responses=True) as service:
        served = Document(DOCUMENTS[request.param], service)
        yield served
        served.http.close()
        assert service.violations() == []


@pytest.fixture(scope="module")
def complete() -> Iterator[Document]:
    # The tests below check each answer themselves (`Document.violations`), headers included.
    with serve(pdcp_spec=COMPLETE) as service:
        served = Document(COMPLETE, service)
        yield served
        served.http.close()


# Vulnerability says `additionalProperties: false` beside an allOf: JSON Schema then refuses every
# property of the branches, so `{}` is its only valid value (an upstream slip for
# unevaluatedProperties; the overlay is the place to correct it).
ONLY_EMPTY_ITEMS = {"get-v2-vulnerability-search"}


def _stateful(op: Operation) -> bool:
    """Scans the mock made (random ids, a clock): not a generic, deterministic answer."""
    return op.operation_id in STATEFUL_LISTS or any("{" + p + "}" in op.path for p in SCAN_IDS)


def _list_operations(doc: Document) -> list[Operation]:
    return [
        op
        for op in doc.operations
        if op.paging is not None
        and op.paging.style != "limit"
        and op.operation_id not in STATEFUL_LISTS
    ]


def test_every_operation_answers_what_its_spec_declares(document: Document) -> None:
    problems: list[str] = []
    for op in document.operations:
        response = document.send(op)
        problems += document.violations(op, response)
    assert problems == []
    if document.path == COMPLETE:
        assert len(document.operations) == 125
        # 23 limit/offset (one of them the stateful scan list), one page, one page_number
        assert len(_list_operations(document)) + len(STATEFUL_LISTS) == 25


def test_answers_are_deterministic_across_services(complete: Document) -> None:
    with serve(pdcp_spec=COMPLETE) as other:
        again = Document(COMPLETE, other)
        for op in complete.operations:
            if op.method == "GET" and not _stateful(op):
                assert complete.send(op).content == again.send(op).content, op.operation_id
        again.http.close()


def _items(doc: Document, op: Operation, response: httpx.Response) -> list[Any]:
    assert op.paging is not None
    body = response.json()
    for name in op.paging.items_at:
        body = body[name]
    assert isinstance(body, list)
    return body


def _page_query(op: Operation, number: int, limit: int) -> dict[str, int]:
    assert op.paging is not None
    if op.paging.style == "offset":
        return {"limit": limit, "offset": (number - 1) * limit}
    return {"limit": limit, op.paging.style: number}


def test_every_list_pages_its_items_with_matching_totals(complete: Document) -> None:
    for op in _list_operations(complete):
        pages, problems = [], []
        for number in (1, 2, 3, 4):
            response = complete.send(op, **_page_query(op, number, 3))
            problems += complete.violations(op, response)
            pages.append(_items(complete, op, response))
            envelope = response.json()
            if isinstance(envelope, dict):
                for name in ("total", "total_results", "total_count", "total_leaks"):
                    assert envelope.get(name, LIST_SIZE) == LIST_SIZE, (op.operation_id, name)
                for name in ("current_page", "page", "page_number"):
                    assert envelope.get(name, number) == number, (op.operation_id, name)
                assert envelope.get("total_pages", 3) == 3, op.operation_id
                assert envelope.get("count", len(pages[-1])) == len(pages[-1]), op.operation_id
        assert problems == []
        assert [len(page) for page in pages] == [3, 3, 1, 0], op.operation_id
        every = [json.dumps(item, sort_keys=True) for page in pages for item in page]
        if op.operation_id in ONLY_EMPTY_ITEMS:
            assert set(every) == {"{}"}
        else:
            assert len(set(every)) == LIST_SIZE, f"{op.operation_id}: items repeat across pages"


def test_a_list_without_limit_answers_the_whole_collection(complete: Document) -> None:
    templates = complete.op("get-v1-template-public")
    body = complete.send(templates).json()
    assert len(body["results"]) == body["total"] == LIST_SIZE
    suggest = complete.op("get-v1-asset-policy-suggestion")
    assert len(complete.send(suggest, limit=2).json()["suggestions"]) == 2


def test_a_literal_path_is_not_taken_for_a_path_parameter(complete: Document) -> None:
    results = complete.op("get-v1-results")
    body = complete.send(results).json()
    assert {"stats", "filters", "data"} <= set(body)  # the results envelope, not one scan


EXPORTS = {"json": b"[", "csv": b"template-id,name", "pdf": b"%PDF-1.4"}
FINDINGS_A_TARGET = 3  # the mock's scan of one target (example.com) finds three


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_exports_answer_a_small_file_of_the_asked_type(complete: Document, kind: str) -> None:
    export = complete.op("get-v1-scans-scan_id-export")
    response = complete.send(export, type=kind)
    assert complete.violations(export, response) == []
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.content.startswith(EXPORTS[kind])
    if kind == "json":
        assert len(json.loads(response.content)) == FINDINGS_A_TARGET
    if kind == "csv":
        assert len(list(csv.DictReader(io.StringIO(response.text)))) == FINDINGS_A_TARGET
    if kind == "pdf":
        assert response.content.rstrip().endswith(b"%%EOF")


def test_an_async_export_answers_201_with_its_export_id(complete: Document) -> None:
    export = complete.op("get-v1-scans-scan_id-export")
    response = complete.send(export, type="csv", **{"async": True})
    assert response.status_code == 201
    assert complete.violations(export, response) == []
    assert "export_id" in response.json()


def test_accept_chooses_among_declared_media_types(complete: Document) -> None:
    leaks = complete.op("post-v1-leaks-export")
    request = complete.request(leaks, format="csv")
    request.headers["accept"] = "text/csv"
    response = complete.http.send(request)
    assert response.headers["content-type"] == "text/csv"
    assert complete.violations(leaks, response) == []
    assert complete.send(leaks).headers["content-type"] == "application/json"


def test_creating_a_scan_keeps_its_state_across_the_generic_answers(complete: Document) -> None:
    create = complete.op("post-v1-scans")
    before = complete.service.stats()["pdcp"]
    first, second = complete.send(create).json(), complete.send(create).json()
    assert first["id"] != second["id"]
    assert complete.service.stats()["pdcp"] == before + 2


def test_a_handler_for_an_operation_the_spec_lacks_is_refused() -> None:
    async def handler(call: Any) -> Any:
        raise AssertionError("never called")

    document = Contract(COMPLETE).document
    with pytest.raises(ValueError, match="get-v9-nothing"):
        Answers(document, {"get-v9-nothing": handler})


def test_the_complete_document_starts_fast() -> None:
    started = time.monotonic()
    with serve(pdcp_spec=COMPLETE) as service:
        ready = time.monotonic() - started
        response = httpx.get(f"{service.pdcp_url}/v1/scans", headers={"X-API-Key": KEY})
        first_answer = time.monotonic() - started
    assert response.status_code == 200
    assert ready < 5  # about 0.6 s on the 2-core machine of this project
    assert first_answer < 5
