"""Coverage of the specs by the traffic of a run: for each operation the wrapper reaches, its
parameters, request properties, response properties and documented statuses that the recorded
requests and answers (tests/traffic.py) exercised. tests/test_spec_coverage.py checks it at the end
of a single-process run; conftest.py at the end of a run spread over pytest-xdist workers."""

from __future__ import annotations

from tests.spec_tools import (
    EVERY_PDCP_OPERATION,
    exposed_operations,
    operations,
    property_paths,
    status_key,
    value_paths,
)
from tests.traffic import Traffic

__all__ = ["SERVICES", "measure"]

SERVICES = ["pdcp", "hostedscan"]


def measure(service: str, traffic: Traffic) -> tuple[str, str]:
    """The line that reports the coverage of `service`'s spec, and what the suite must exercise but
    did not ("" when nothing)."""
    counts, missing = _coverage(service, traffic)
    reachable = (
        f"{len(exposed_operations(service))}/{len(operations(service))} operations reachable"
    )
    line = f"{service}: {reachable}; of those: " + ", ".join(
        f"{covered}/{total} {name}" for name, (covered, total) in counts.items()
    )
    if service == "pdcp" and EVERY_PDCP_OPERATION:
        # Every operation through its public method; the finer counts are reported, not gated
        # (the mock's generated answers do not yet exercise every property and status).
        if missing["operations"]:
            return line, f"{line}\nnot exercised: {missing['operations']}"
        return line, ""
    if any(missing.values()):
        return line, f"{line}\nnot exercised: {missing}"
    return line, ""


def _coverage(
    service: str, traffic: Traffic
) -> tuple[dict[str, tuple[int, int]], dict[str, set[str]]]:
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
    for operation, query, headers, body in traffic.sent(service):
        name = f"{operation.method} {operation.path}"
        seen["operations"].add(name)
        seen["parameters"] |= {f"{name} query:{key.lower()}" for key, _ in query}
        seen["parameters"] |= {f"{name} header:{key.lower()}" for key in headers}
        seen["parameters"] |= {
            f"{name} path:{p['name'].lower()}" for p in operation.parameters() if p["in"] == "path"
        }
        seen["request properties"] |= {f"{name} {p}" for p in value_paths(body)}
    for operation, code, body in traffic.answered(service):
        name = f"{operation.method} {operation.path}"
        key = status_key(operation, code)
        if key is not None:
            seen["statuses"].add(f"{name} {key}")
        seen["response properties"] |= {f"{name} {p}" for p in value_paths(body)}
    counts = {k: (len(wanted[k] & seen[k]), len(wanted[k])) for k in wanted}
    missing = {k: wanted[k] - seen[k] for k in wanted}
    return counts, missing
