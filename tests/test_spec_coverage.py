"""Coverage of the specs: every operation the wrapper reaches, and each of its parameters, request
properties, response properties and documented statuses, was exercised by the suite (PDCP: the
operations whose generated modules the wrapper imports; the line printed says how many of the
document's operations that is). Runs last (see conftest), on the traffic recorded
(tests/traffic.py) from every request the wrapper sent and every answer it got; skipped, saying
why, when the run is not the whole suite (a module not collected, a test deselected)."""

from __future__ import annotations

import pytest

from tests.helpers import REPORTS, report
from tests.spec_tools import (
    EVERY_PDCP_OPERATION,
    exposed_operations,
    operations,
    property_paths,
    status_key,
    value_paths,
)
from tests.traffic import TRAFFIC, WHOLE_SUITE


def _coverage(service: str) -> tuple[dict[str, tuple[int, int]], dict[str, set[str]]]:
    kinds = ("operations", "parameters", "request properties", "response properties", "statuses")
    wanted: dict[str, set[str]] = {k: set() for k in kinds}
    seen: dict[str, set[str]] = {k: set() for k in wanted}
    exposed = exposed_operations(service)
    for operation in operations(service):
        if (operation.method, operation.path) not in exposed:
            continue
        name = f"{operation.method} {operation.path}"
        wanted["operations"].add(name)
        for parameter in operation.parameters():
            wanted["parameters"].add(f"{name} {parameter['in']}:{parameter['name'].lower()}")
        request_schema = operation.request_schema()
        if request_schema is not None:
            wanted["request properties"] |= {f"{name} {p}" for p in property_paths(request_schema)}
        for status in operation.responses():
            wanted["statuses"].add(f"{name} {status}")
            schema = operation.json_response_schema(status)
            if schema is not None:
                wanted["response properties"] |= {f"{name} {p}" for p in property_paths(schema)}
    for operation, query, headers, body in TRAFFIC.sent(service):
        name = f"{operation.method} {operation.path}"
        seen["operations"].add(name)
        seen["parameters"] |= {f"{name} query:{key.lower()}" for key, _ in query}
        seen["parameters"] |= {f"{name} header:{key.lower()}" for key in headers}
        seen["parameters"] |= {
            f"{name} path:{p['name'].lower()}" for p in operation.parameters() if p["in"] == "path"
        }
        seen["request properties"] |= {f"{name} {p}" for p in value_paths(body)}
    for operation, status, body in TRAFFIC.answered(service):
        name = f"{operation.method} {operation.path}"
        key = status_key(operation, status)
        if key is not None:
            seen["statuses"].add(f"{name} {key}")
        seen["response properties"] |= {f"{name} {p}" for p in value_paths(body)}
    counts = {k: (len(wanted[k] & seen[k]), len(wanted[k])) for k in wanted}
    missing = {k: wanted[k] - seen[k] for k in wanted}
    return counts, missing


@pytest.mark.parametrize("service", ["pdcp", "hostedscan"])
def test_the_suite_exercises_all_of_the_spec(service: str, request: pytest.FixtureRequest) -> None:
    # Absent when the hooks of tests/conftest.py did not run (another rootdir's conftest).
    not_whole = request.config.stash.get(WHOLE_SUITE, "the hooks of tests/conftest.py did not run")
    if not_whole:
        pytest.skip(f"spec coverage is measured over the whole suite only ({not_whole})")
    counts, missing = _coverage(service)
    reachable = (
        f"{len(exposed_operations(service))}/{len(operations(service))} operations reachable"
    )
    line = f"{service}: {reachable}; of those: " + ", ".join(
        f"{covered}/{total} {name}" for name, (covered, total) in counts.items()
    )
    print(line)
    lines = request.config.stash.get(REPORTS, {}).get("spec coverage", [])
    report(request.config, "spec coverage", [*lines, line])
    if service == "pdcp" and EVERY_PDCP_OPERATION:
        # Every operation through its public method; the finer counts are reported, not gated
        # (the mock's generated answers do not yet exercise every property and status).
        assert not missing["operations"], f"{line}\nnot exercised: {missing['operations']}"
        return
    assert all(not names for names in missing.values()), f"{line}\nnot exercised: {missing}"
