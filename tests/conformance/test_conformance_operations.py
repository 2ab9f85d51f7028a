"""Property-based, for every PDCP operation with a body or query parameters: what was drawn arrives.

Hypothesis draws the JSON body and the query parameters of each operation from the spec's own
schemas; the generated method is called with them as keyword arguments (wire names mapped to the
method's Python names), and the request that reaches the server must carry them unchanged. Few
examples per operation: there are 125 operations, and the point is every one of them.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

from scanclients import PDCP
from scanclients._core.operation import SyncRawView
from scanclients._core.operation_spec import Operation
from tests.helpers import Recorder
from tests.resource_tools import KEY, operations
from tests.schema_strategies import from_schema
from tests.spec_tools import operations as spec_operations

FEW = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_text = st.text(
    alphabet=st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=12
)


def _spec_operation(op: Operation) -> Any:
    return next(o for o in spec_operations("pdcp") if o.method == op.method and o.path == op.path)


def _query_strategy(op: Operation) -> st.SearchStrategy[dict[str, Any]]:
    """Optional query parameters of scalar kinds, drawn from their schemas."""
    declared = {p["name"]: p for p in _spec_operation(op).parameters() if p["in"] == "query"}
    draws: dict[str, st.SearchStrategy[Any]] = {}
    required: dict[str, st.SearchStrategy[Any]] = {}
    for param in op.params:
        schema = declared.get(param.wire, {}).get("schema")
        if (
            param.where != "query"
            or schema is None
            or param.kind not in ("str", "int", "bool", "enum")
        ):
            continue
        if param.kind == "str" and "enum" not in schema and "pattern" not in schema:
            strategy = _text
        else:
            strategy = from_schema(schema)
        (required if param.required else draws)[param.wire] = strategy
    return st.fixed_dictionaries(required, optional=draws)


def _body_strategy(op: Operation) -> st.SearchStrategy[dict[str, Any]]:
    if op.body is None or not op.body.model:
        return st.just({})
    schema = _spec_operation(op).request_schema()
    if schema is None:
        return st.just({})
    # The strategies know types, not formats (int64 bounds, `time`): keep what the spec accepts.
    valid = OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).is_valid
    return from_schema(schema).filter(valid)


WITH_INPUT = [
    op
    for op in operations()
    if (op.body is not None and op.body.model) or any(p.where == "query" for p in op.params)
]


def _required_path(op: Operation) -> dict[str, Any]:
    return {p.name: 7 if p.kind == "int" else "id-1" for p in op.params if p.where == "path"}


@pytest.mark.parametrize("op", WITH_INPUT, ids=[op.operation_id for op in WITH_INPUT])
def test_drawn_requests_arrive_unchanged(op: Operation) -> None:
    @given(body=_body_strategy(op), query=_query_strategy(op))
    @FEW
    def check(body: dict[str, Any], query: dict[str, Any]) -> None:
        assume(all(not isinstance(v, int) or -(2**63) <= v < 2**63 for v in query.values()))
        recorder = Recorder(lambda r: httpx.Response(200, json={}))
        by_wire = {f.wire: f.name for f in (op.body.fields if op.body else ())}
        by_wire |= {p.wire: p.name for p in op.params}
        # None means "not given" to a method: an explicit null goes through extra_body.
        drawn = {**body, **query}
        keywords = {by_wire[k]: v for k, v in drawn.items() if k in by_wire and v is not None}
        extra = {k: v for k, v in body.items() if k not in by_wire or v is None}
        if op.body is not None and not op.body.model and op.body.required:
            keywords["body"] = b"{}"  # a required raw body (the asset uploads): one JSON line
        with PDCP(api_key=KEY, team_id="t", http_client=recorder.client()) as pd:
            # Raw: one request for a list or a file too, and the answer is not parsed.
            raw = SyncRawView(pd)
            raw._call(op, {**_required_path(op), **keywords}, extra_body=extra or None)
        (request,) = recorder.requests
        sent = json.loads(request.content) if request.content else {}
        assert sent == body
        for wire, value in query.items():
            expected = ("true" if value else "false") if isinstance(value, bool) else str(value)
            assert request.url.params.get(wire) == expected

    check()
