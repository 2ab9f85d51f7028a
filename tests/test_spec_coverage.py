"""Coverage of the specs: every operation the wrapper reaches, and each of its parameters, request
properties, response properties and documented statuses, was exercised by the suite (PDCP: the
operations whose generated modules the wrapper imports; the line printed says how many of the
document's operations that is; measured by tests/spec_coverage.py). Runs last (see conftest), on the
traffic recorded (tests/traffic.py) from every request the wrapper sent and every answer it got;
skipped, saying why, when the run is not the whole suite (a module not collected, a test
deselected), and on pytest-xdist workers, whose traffic conftest.py measures once all are done."""

from __future__ import annotations

import pytest

from tests.helpers import REPORTS, report
from tests.spec_coverage import SERVICES, measure
from tests.traffic import TRAFFIC, WHOLE_SUITE


@pytest.mark.parametrize("service", SERVICES)
def test_the_suite_exercises_all_of_the_spec(service: str, request: pytest.FixtureRequest) -> None:
    # Absent when the hooks of tests/conftest.py did not run (another rootdir's conftest).
    not_whole = request.config.stash.get(WHOLE_SUITE, "the hooks of tests/conftest.py did not run")
    if not_whole:
        pytest.skip(f"spec coverage is measured over the whole suite only ({not_whole})")
    if hasattr(request.config, "workerinput"):
        pytest.skip("spec coverage is measured over every worker's traffic at the end of the run")
    line, problem = measure(service, TRAFFIC)
    print(line)
    lines = request.config.stash.get(REPORTS, {}).get("spec coverage", [])
    report(request.config, "spec coverage", [*lines, line])
    assert not problem, problem
