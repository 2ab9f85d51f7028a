"""The mock as an outside validator sees it: schemathesis over every operation of both specs.

    make validate-mock                       # both services, 10 cases an operation
    python scripts/validate_mock.py --max-examples 50 --service pdcp

The mock is started on free loopback ports (never the default ones) and schemathesis, installed in
its own environment (`.venv-validate`, by `make validate-mock`: it is not a dependency of the
project), generates requests from the same documents the mock serves (`generated/*/openapi.yaml`)
and checks every answer against them. A slow check, outside `make test`. It prints, per service,
the operations and cases it ran and each finding by check and operation; the exit status is 1
when there is any finding, so that their number is kept at zero.

With `--prism BIN` (Stoplight's Prism CLI, `npm install @stoplight/prism-cli` into any prefix: not
a dependency either) the requests go through `prism proxy` in front of the mock, with `--errors`:
Prism checks each request and answer against the same document too, and answers what it finds
wrong as 422 (a request) or 500 (an answer), which schemathesis then reports. Only requests the
spec accepts are generated then (`--mode positive`): Prism's 422 for the invalid ones says nothing
of the mock. Prism 5.16 itself refuses some valid requests (a 422 `application/problem+json` that
never reached the mock): integers at the ends of int64, which JavaScript's numbers cannot hold, and
a zero-length upload for a required octet-stream body; those findings are Prism's.

Checks: every schemathesis check but the ones that need state the mock does not promise to keep
across unrelated calls (`use_after_free`, `ensure_resource_availability`) or an auth model per
object (`object_level_authorization`, `ignored_auth`: the mock takes any key unless told one).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "wrapper"))

from scanclients.mock import serve  # noqa: E402

VALIDATOR = ROOT / ".venv-validate" / "bin" / "schemathesis"
SPECS = {
    "pdcp": (ROOT / "generated" / "pdcp_client" / "openapi.yaml", "X-API-Key"),
    "hostedscan": (
        ROOT / "generated" / "hostedscan_models" / "openapi.yaml",
        "X-HOSTEDSCAN-API-KEY",
    ),
}
LEFT_OUT = "use_after_free,ensure_resource_availability,object_level_authorization,ignored_auth"

# Refusals no schema can express: the answer depends on what the service holds, and the spec
# documents each as a 400 (HostedScan's docs: an unknown page token, a name already taken
# without `upsert`, an authenticated scan of a target with no recording, a recording that is not
# a Selenium IDE file). For these operations alone `positive_data_acceptance` also takes a 400;
# every other check, and every other operation, is as strict as schemathesis makes it.
STATE_DEPENDENT = {
    "hostedscan": [
        ("GET", "/v1/targets", "a page_token the mock never issued"),
        ("GET", "/v1/scans", "a page_token the mock never issued"),
        ("GET", "/v1/risks", "a page_token the mock never issued"),
        ("POST", "/v1/targets", "a target that exists already, without upsert"),
        ("POST", "/v1/scans", "use_authentication on a target with no recording"),
        ("POST", "/v1/targets/{id}/auth/selenium", "a file that is not a Selenium IDE recording"),
    ],
    "pdcp": [],
}
_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]  # schemathesis's default


def state_dependent_config(service: str) -> str:
    """schemathesis.toml text: a 400 accepted as a refusal by state, per operation listed above."""
    blocks = [
        f"# {reason}\n[[operations]]\ninclude-path = {path!r}\ninclude-method = {method!r}\n"
        f"checks.positive_data_acceptance.expected-statuses = {[*_ACCEPTED, '400']!r}\n"
        for method, path, reason in STATE_DEPENDENT[service]
    ]
    return "\n".join(blocks).replace("'", '"')


KEY = "validate-mock-key-0123456789"


def run(
    service: str,
    url: str,
    max_examples: int,
    seed: int,
    report: Path,
    only: list[str],
    positive_only: bool = False,
) -> dict[str, object]:
    spec, header = SPECS[service]
    config = report.parent / f"schemathesis-{service}.toml"
    config.write_text(state_dependent_config(service))
    command = [
        str(VALIDATOR),
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        url,
        "--header",
        f"{header}: {KEY}",
        "--header",
        "X-Team-Id: validate-team",
        "--checks",
        "all",
        "--exclude-checks",
        LEFT_OUT,
        "--max-examples",
        str(max_examples),
        "--seed",
        str(seed),
        "--workers",
        "1",
        "--no-color",
        "--generation-database",
        "none",  # nothing left behind in the repository
        "--request-timeout",
        "10",
        "--phases",
        "examples,coverage,fuzzing",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report),
        *(["--include-path-regex", "|".join(f"(?:{regex})" for regex in only)] if only else []),
        *(["--mode", "positive"] if positive_only else []),
    ]
    # Run in the report's folder: schemathesis keeps caches in its working directory.
    done = subprocess.run(command, capture_output=True, text=True, cwd=report.parent)
    return summarise(report, done.returncode, done.stdout)


@contextlib.contextmanager
def prism_proxy(prism: str, service: str, upstream: str) -> Iterator[str]:
    """`prism proxy` of `service`'s document in front of `upstream`, on a free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [prism, "proxy", str(SPECS[service][0]), upstream, "-h", "127.0.0.1", "-p", str(port)]
    process = subprocess.Popen(
        [*command, "--errors", "-v", "warn"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60  # Prism takes seconds to read the complete PDCP document
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not start for {service}") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def summarise(report: Path, status: int, output: str) -> dict[str, object]:
    """Operations, cases and findings from schemathesis's event stream."""
    operations: set[str] = set()
    cases = 0
    findings: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for line in report.read_text().splitlines() if report.exists() else []:
        event = json.loads(line)
        for kind, body in event.items():
            if kind == "ScenarioFinished":
                recorder = body.get("recorder") or {}
                label = recorder.get("label") or ""
                operations.add(label)
                cases += len(recorder.get("cases") or {})
                for case_id, check_list in (recorder.get("checks") or {}).items():
                    for check in check_list:
                        if str(check.get("status")).lower() == "failure":
                            finding = (check.get("name", "?"), label)
                            findings[finding] += 1
                            examples.setdefault(finding, _example(recorder, case_id, check))
    return {
        "status": status,
        "operations": len(operations - {""}),
        "cases": cases,
        "findings": findings,
        "examples": examples,
        "tail": "\n".join(output.strip().splitlines()[-25:]),
    }


def _example(recorder: dict[str, Any], case_id: str, check: dict[str, Any]) -> str:
    """One failing case as a line or two: the request sent, the answer, the check's complaint."""
    case = ((recorder.get("cases") or {}).get(case_id) or {}).get("value") or {}
    interaction = (recorder.get("interactions") or {}).get(case_id) or {}
    request = interaction.get("request") or {}
    response = interaction.get("response") or {}
    failure = check.get("failure_info") or {}
    failure = failure.get("failure") or failure
    sent = {k: case.get(k) for k in ("path_parameters", "query", "body") if case.get(k)}
    answer = response.get("content") or ""
    if isinstance(answer, dict) and "$base64" in answer:
        answer = base64.b64decode(answer["$base64"]).decode("utf-8", "replace")
    if isinstance(answer, str) and len(answer) > 300:
        answer = answer[:300] + "..."
    return (
        f"{request.get('method', '')} {request.get('uri', '')} {json.dumps(sent)[:400]}\n"
        f"      -> {response.get('status_code', '')} {answer!r}\n"
        f"      {failure.get('title', '')!s}: {str(failure.get('message', ''))[:300]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", choices=[*SPECS, "both"], default="both")
    parser.add_argument("--max-examples", type=int, default=10)
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument(
        "--details", action="store_true", help="print one failing case of each finding"
    )
    parser.add_argument(
        "--only", action="append", default=[], metavar="REGEX", help="operations whose path matches"
    )
    parser.add_argument("--prism", metavar="BIN", help="send the requests through `prism proxy`")
    args = parser.parse_args(argv)
    if not VALIDATOR.exists():
        print(f"validate-mock: {VALIDATOR} is missing; run `make validate-mock`", file=sys.stderr)
        return 2
    services = list(SPECS) if args.service == "both" else [args.service]
    total = 0
    with serve(scan_seconds=0) as mock, tempfile.TemporaryDirectory() as folder:
        urls = {"pdcp": mock.pdcp_url, "hostedscan": mock.hostedscan_url}
        for service in services:
            with contextlib.ExitStack() as stack:
                url = urls[service]
                if args.prism:
                    url = stack.enter_context(prism_proxy(args.prism, service, url))
                result = run(
                    service,
                    url,
                    args.max_examples,
                    args.seed,
                    Path(folder) / service,
                    args.only,
                    positive_only=bool(args.prism),
                )
            examples: dict[tuple[str, str], str] = result["examples"]  # type: ignore[assignment]
            findings: Counter[tuple[str, str]] = result["findings"]  # type: ignore[assignment]
            total += sum(findings.values())
            print(
                f"{service}: {result['operations']} operations, {result['cases']} cases,"
                f" {sum(findings.values())} findings (schemathesis exit {result['status']})"
            )
            for (check, operation), count in sorted(findings.items()):
                print(f"  {check}: {operation} ({count})")
                if args.details:
                    print(f"    {examples.get((check, operation), '')}")
            if result["operations"] == 0:
                print(result["tail"])
                total += 1
        violations = mock.violations()
        print(f"the mock's own contract checks: {len(violations)} violations")
        for violation in violations[:20]:
            print(f"  {violation}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
