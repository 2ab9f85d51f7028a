"""PDCP answers and requests as ProjectDiscovery's own tools see them (tests/data/real/SOURCES):
captured answers (elastic/integrations), vulnx's fields, facets and query form, and the
operations nuclei, httpx and pd-agent call that the published document lacks."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from scanclients import PDCP, findings
from scanclients._generated import pdcp_client
from scanclients.errors import ValidationError
from scanclients.mock import MockService
from scanclients.mock._contract import Contract
from tests.helpers import KEY, Recorder

REAL = Path(__file__).parents[1] / "data" / "real" / "pdcp"
JSON = {"content-type": "application/json"}


def _records(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (REAL / name).read_text().splitlines()]


def _answering(document: object) -> tuple[Recorder, PDCP]:
    recorder = Recorder(lambda request: httpx.Response(200, json=document))
    return recorder, PDCP(api_key=KEY, http_client=recorder.client())


def _changelogs() -> list[dict[str, Any]]:
    return [
        *_records("elastic-changelogs.jsonl"),
        *_records("elastic-vulnerability-changelog.jsonl"),
    ]


@functools.cache
def _contract() -> Contract:
    return Contract(pdcp_client)


_BLANK = {"string": "", "boolean": False, "integer": 0, "number": 0, "array": []}


def _filled(schema: Any, value: Any) -> Any:
    """`value` with every field the schema calls required and `value` lacks given a blank value
    of its type, at any depth; the values it has are left as they are."""
    document = _contract().document
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if not isinstance(schema, dict) or not isinstance(value, dict):
        return value
    properties = schema.get("properties", {})
    out = {name: _filled(properties.get(name), item) for name, item in value.items()}
    for name in schema.get("required", []):
        if name not in out:
            kind = (properties.get(name) or {}).get("type", "object")
            out[name] = _filled(properties.get(name), {}) if kind == "object" else _BLANK[kind]
    return out


def _completed(record: dict[str, Any]) -> dict[str, Any]:
    """A captured record with the "required" fields it lacks filled in, its own values unchanged."""
    return _filled({"$ref": "#/components/schemas/VulnerabilityChangelogs"}, record)


def test_a_captured_changelog_page_reads_whole_though_records_lack_required_fields() -> None:
    _, pd = _answering({"data": _changelogs()})
    with pd:
        items = list(pd.results.list_all_changelogs(max_items=3))
    assert [item.vuln_id for item in items] == ["abc123", "def456", "d2c8nl8viq0c9dtbriag"]


def test_a_captured_port_sent_as_a_number_is_kept_as_sent() -> None:
    _, pd = _answering({"data": [_completed(r) for r in _changelogs()]})
    with pd:
        items = list(pd.results.list_all_changelogs(max_items=3))
    assert [item.vuln_id for item in items] == ["abc123", "def456", "d2c8nl8viq0c9dtbriag"]
    assert items[0].event.port == 443  # a string by the document, a number on the wire: kept
    assert items[1].event.port == 8080
    assert items[2].event.template_id == "untrusted-root-certificate"
    assert items[0].to_dict()["event"]["port"] == 443


def test_the_mock_contract_takes_the_captured_page_but_for_the_numeric_port() -> None:
    # Types stay as the document says (the models keep their annotations), so the contract the
    # mock checks answers with still names the number where it says string.
    body = json.dumps({"data": [_completed(r) for r in _changelogs()]}).encode()
    violations = _contract().response_violations(
        "GET", "/v1/scans/vuln/changelogs", 200, JSON, body
    )
    assert [v.message for v in violations] == ["data.0.event.port: 443 is not of type 'string'"]


def test_captured_changelogs_read_through_the_client_become_findings() -> None:
    _, pd = _answering({"data": [_completed(r) for r in _changelogs()]})
    with pd:
        records = [item.to_dict() for item in pd.results.list_all_changelogs(max_items=3)]
    found = list(findings.from_records(records))
    assert [(f.id, f.status, f.severity.value) for f in found] == [
        ("abc123", "open", "low"),
        ("def456", "closed", "medium"),
        ("d2c8nl8viq0c9dtbriag", "open", "low"),
    ]


def _vulnx_fields() -> list[str]:
    excerpt = (REAL / "vulnx-types-template-fields.excerpt.go").read_text()
    return re.findall(r'json:"([a-z_]+),omitempty"', excerpt)


def test_a_vulnerability_keeps_the_fields_vulnx_reads_that_the_document_shuts_out() -> None:
    names = _vulnx_fields()
    assert {"is_pdresearch", "is_pdtemplate", "dir", "is_pd"} <= set(names)
    record = {
        "cve_id": "CVE-2025-22457",
        "is_pdresearch": True,
        "is_pdtemplate": True,
        "dir": "http/cves/2025",
        "affected_products": [{"vendor": "ivanti", "product": "connect_secure", "is_pd": True}],
    }
    _, pd = _answering({"count": 1, "total": 1, "results": [record]})
    with pd:
        (vulnerability,) = pd.vulnerabilities.search(q="ivanti", max_items=1)
    kept = vulnerability.to_dict()
    assert kept["is_pdresearch"] is True
    assert kept["is_pdtemplate"] is True
    assert kept["dir"] == "http/cves/2025"
    assert kept["affected_products"][0]["is_pd"] is True


def test_facet_buckets_sent_as_a_list_as_vulnx_test_server_does_are_kept_as_a_list() -> None:
    excerpt = (REAL / "vulnx-server-facets.excerpt.go").read_text()
    buckets = [
        {"key": key, "count": int(count)}
        for key, count in re.findall(r'\{"key": "(\w+)", "count": (\d+)\}', excerpt)
    ]
    assert len(buckets) == 4
    _, pd = _answering(
        {"count": 0, "total": 0, "results": [], "facets": {"severity": {"buckets": buckets}}}
    )
    with pd:
        page = next(iter(pd.vulnerabilities.search(term_facets="severity").pages()))
    facets = page.to_dict()["facets"]
    assert facets["severity"]["buckets"] == buckets
    by_object = {"count": 0, "results": [], "facets": {"severity": {"buckets": {"high": 20}}}}
    _, pd = _answering(by_object)
    with pd:
        page = next(iter(pd.vulnerabilities.search().pages()))
    assert page.to_dict()["facets"]["severity"]["buckets"] == {"high": 20}


def test_list_parameters_go_comma_joined_as_vulnx_sends_them() -> None:
    excerpt = (REAL / "vulnx-client-query.excerpt.go").read_text()
    for name in ("fields", "term_facets", "range_facets"):
        assert f'q.Set("{name}", strings.Join(' in excerpt
    recorder, pd = _answering({"count": 0, "results": []})
    with pd:
        list(pd.vulnerabilities.search(fields="cve_id,severity", term_facets="severity,vendor"))
    query = recorder.requests[-1].url.params
    assert query.get_list("fields") == ["cve_id,severity"]
    assert query.get_list("term_facets") == ["severity,vendor"]
    with pytest.raises(ValidationError, match="fields"):
        pd.vulnerabilities.search(fields=["cve_id", "severity"])  # type: ignore[arg-type]


def test_users_me_answers_who_the_key_belongs_to(mock: MockService) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        user = pd.users.me()
    assert isinstance(user.to_dict(), dict)
    assert set(user.to_dict()) <= {"name", "email"}


def test_assets_upload_and_append_send_jsonl_as_httpx_and_pd_agent_do() -> None:
    answer = {"asset_id": "cqdtekhte9oc73e9hrvg", "message": "Successfully uploaded asset"}
    recorder, pd = _answering(answer)
    lines = b'{"url":"https://example.com","status_code":200}\n'
    with pd:
        made = pd.assets.upload(body=lines, name="httpx run")
        pd.assets.append_contents(made.asset_id, body=lines, upload_type="append")
    upload, append = recorder.requests
    assert (upload.method, upload.url.path, upload.url.params["name"]) == (
        "POST",
        "/v1/assets",
        "httpx run",
    )
    assert upload.headers["content-type"] == "application/octet-stream"
    assert upload.content == lines
    assert (append.method, append.url.path) == ("PATCH", "/v1/assets/cqdtekhte9oc73e9hrvg/contents")
    assert append.url.params["upload_type"] == "append"
    assert append.content == lines


def test_the_vulnerability_operations_take_no_key_or_x_pdcp_key_as_vulnx_sends() -> None:
    # The prepared document (what the package carries, and the mock checks against).
    document = _contract().document
    assert document["components"]["securitySchemes"]["X-PDCP-Key"]["name"] == "X-PDCP-Key"
    for path in ("/v2/vulnerability/search", "/v2/vulnerability/{id}", "/v2/vulnerability/filters"):
        assert document["paths"][path]["get"]["security"] == [{}, {"X-PDCP-Key": []}]
    assert document["security"] == [{"X-API-Key": []}]  # every other operation: the key


def _pd_agent() -> str:
    return (REAL / "pd-agent-calls.excerpt.go").read_text()


def _json_names(go_struct: str, excerpt: str) -> list[str]:
    body = excerpt.split(f"type {go_struct} struct {{", 1)[1].split("\n}", 1)[0]
    return re.findall(r'json:"([a-z_]+)', body)


def test_the_agents_calls_go_as_pd_agent_sends_them() -> None:
    excerpt = _pd_agent()
    assert '"%s/v1/agents/%s?agent_network=%s"' in excerpt
    assert '"%s/v1/agents/in"' in excerpt
    assert '"%s/v1/agents/out?id=%s&agent_network=%s"' in excerpt
    sent_in = re.findall(r'q\.Add\("(\w+)"', excerpt)
    assert sent_in == ["os", "arch", "id", "name", "agent_network", "network_subnets"]
    recorder, pd = _answering({"message": "ok"})
    with pd:
        pd.agents.get("agent-1", agent_network="default")
        pd.agents.register(
            os="linux",
            arch="amd64",
            id="agent-1",
            name="edge",
            agent_network="default",
            network_subnets="10.0.0.0/24,192.168.1.0/24",
        )
        pd.agents.deregister(id="agent-1", agent_network="default")
    get, register, deregister = recorder.requests
    assert (get.method, get.url.path, dict(get.url.params)) == (
        "GET",
        "/v1/agents/agent-1",
        {"agent_network": "default"},
    )
    assert (register.method, register.url.path) == ("POST", "/v1/agents/in")
    assert sorted(register.url.params) == sorted(sent_in)
    assert register.url.params["network_subnets"] == "10.0.0.0/24,192.168.1.0/24"
    assert register.content == b""  # pd-agent sends no body
    assert (deregister.method, deregister.url.path, dict(deregister.url.params)) == (
        "POST",
        "/v1/agents/out",
        {"id": "agent-1", "agent_network": "default"},
    )


def test_the_agents_registration_answer_reads_as_pd_agent_decodes_it() -> None:
    excerpt = _pd_agent()
    nats = {name: f"v-{name}" for name in _json_names("NATSCredentials", excerpt)}
    nats["subjects"] = {"broadcast": "agents.all", "requests": "agents.req"}
    assert {"credentials", "nats_url", "expires_at", "debug_upload_url"} <= set(nats)
    answer = {"message": "registered", "nats": nats}
    _, pd = _answering(answer)
    with pd:
        registered = pd.agents.register(id="agent-1")
    assert registered.message == "registered"
    assert registered.nats.nats_url == "v-nats_url"
    assert registered.nats.subjects.broadcast == "agents.all"
    assert registered.to_dict() == answer


def test_the_scan_log_upload_url_goes_and_reads_as_pd_agent_does() -> None:
    excerpt = _pd_agent()
    assert '"%s/v1/scans/%s/scan_log/upload-url?history_id=%d"' in excerpt
    assert 'map[string]string{"filename": filename}' in excerpt
    names = _json_names("signedUploadResponse", excerpt)
    assert names == ["upload_url", "method", "headers", "max_bytes", "object_path", "expires_at"]
    answer = {
        "upload_url": "https://storage.example/logs/c1.jsonl.gz?X-Amz-Signature=abc",
        "method": "PUT",
        "headers": {"Content-Type": "application/gzip", "x-amz-meta-scan": "s1"},
        "max_bytes": 104857600,
        "object_path": "logs/s1/7/c1.jsonl.gz",
        "expires_at": "2026-12-06T22:00:00Z",
    }
    recorder, pd = _answering(answer)
    with pd:
        signed = pd.scans.create_scan_log_upload_url("s1", filename="c1.jsonl.gz", history_id=7)
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/v1/scans/s1/scan_log/upload-url")
    assert dict(request.url.params) == {"history_id": "7"}
    assert json.loads(request.content) == {"filename": "c1.jsonl.gz"}
    assert (signed.method, signed.max_bytes) == ("PUT", 104857600)
    assert signed.headers["x-amz-meta-scan"] == "s1"
    assert signed.to_dict() == answer


def test_the_mock_answers_the_agents_calls(mock: MockService) -> None:
    with PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd:
        registered = pd.agents.register(id="agent-1", name="edge", agent_network="default")
        pd.agents.deregister(id="agent-1", agent_network="default")
    assert isinstance(registered.to_dict(), dict)
