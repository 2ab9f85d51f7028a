"""Every generated PDCP method, called by its public name against the mock, sync and async.

Each call sends a request the conftest checks against the spec and parses an answer the mock
checks against the spec, so together with tests/test_spec_coverage.py this shows
`pdcp: 125/125 operations` exercised through the public methods. It needs the mock of every
operation (branch issue-13m): it runs when `EVERY_PDCP_OPERATION` in tests/spec_tools.py is on.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP
from scanclients._core.files import AsyncDownload, Download
from scanclients._core.operation_spec import Field, Operation, Param
from scanclients._core.paging import AsyncPager, SyncPager
from scanclients._generated.pdcp_client import resources
from tests.resource_tools import KEY
from tests.spec_tools import EVERY_PDCP_OPERATION

pytestmark = pytest.mark.skipif(
    not EVERY_PDCP_OPERATION,
    reason="needs the mock of every operation (issue-13m); see EVERY_PDCP_OPERATION",
)


def _methods() -> list[tuple[str, str, Operation]]:
    """(resource, method name, operation) of every generated method."""
    found = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        for op in getattr(module, "OPERATIONS", {}).values():
            for name, value in vars(module).items():
                if value is op:
                    found.append((info.name, name.lstrip("_").lower(), op))
    return found


METHODS = _methods()


# Values the kinds do not say enough about: a pattern, a nested object's required fields.
_PATTERNED: dict[str, Any] = {
    "leakid": "0123456789abcdef0123456789abcdef",
    "members": [{"email": "someone@example.com", "role": "MEMBER"}],
}


def _value(field: Field | Param) -> Any:
    if field.wire in _PATTERNED:
        return _PATTERNED[field.wire]
    if field.kind == "enum":
        return field.values[0]
    if field.kind == "list":
        return [_value(Field(field.name, "", field.item or "str", values=field.values))]
    return {"int": 1, "float": 1.0, "bool": True, "model": {}, "bytes": b"{}\n"}.get(
        field.kind, "example.com"
    )


def _scan(mock: Any, op: Operation) -> str:
    """A scan the mock holds for the clients' team (it answers 404 for any other id, or a scan
    of another team); an import, to append to one."""
    key = {"X-API-Key": KEY, "X-Team-Id": "team-1"}
    if op.operation_id.endswith("-import"):
        upload = {**key, "Content-Type": "application/octet-stream"}
        line = b'{"template-id": "x", "host": "example.com"}\n'
        created = httpx.post(f"{mock.pdcp_url}/v1/scans/import", content=line, headers=upload)
    else:
        body = {"targets": ["example.com"]}
        created = httpx.post(f"{mock.pdcp_url}/v1/scans", json=body, headers=key)
    assert created.status_code == 200, created.text
    return str(created.json()["id"])


def _arguments(op: Operation, mock: Any) -> tuple[list[Any], dict[str, Any]]:
    path = sorted(
        (p for p in op.params if p.where == "path"), key=lambda p: op.path.index("{" + p.wire)
    )
    positional = [_scan(mock, op) if p.wire in ("scan_id", "scanId") else _value(p) for p in path]
    keywords = {p.name: _value(p) for p in op.params if p.required and p.where != "path"}
    if op.body is not None:
        if op.body.model:
            keywords |= {f.name: _value(f) for f in op.body.fields if f.required}
        elif op.body.required:
            keywords["body"] = _value(Field("body", "body", "bytes"))
    return positional, keywords


@pytest.mark.parametrize(
    ("resource", "name", "op"), METHODS, ids=[f"{r}.{n}" for r, n, _ in METHODS]
)
def test_every_method_sync(mock, tmp_path: Path, resource: str, name: str, op: Operation) -> None:
    args, keywords = _arguments(op, mock)
    with PDCP(api_key=KEY, team_id="team-1", base_url=mock.pdcp_url) as pd:
        method = getattr(getattr(pd, resource), name)
        if op.paging is not None:
            keywords["max_items"] = 3
        result = method(*args, **keywords)
        if isinstance(result, SyncPager):
            list(result)
        elif isinstance(result, Download):
            result.save(tmp_path / "export")


@pytest.mark.parametrize(
    ("resource", "name", "op"), METHODS, ids=[f"{r}.{n}" for r, n, _ in METHODS]
)
async def test_every_method_async(
    mock, tmp_path: Path, resource: str, name: str, op: Operation
) -> None:
    args, keywords = _arguments(op, mock)
    async with AsyncPDCP(api_key=KEY, team_id="team-1", base_url=mock.pdcp_url) as pd:
        method = getattr(getattr(pd, resource), name)
        if op.paging is not None:
            keywords["max_items"] = 3
        result = method(*args, **keywords)
        if isinstance(result, AsyncPager):
            [item async for item in result]
        elif isinstance(result, AsyncDownload):
            await result.save(tmp_path / "export")
        else:
            await result
