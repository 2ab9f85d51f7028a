"""The one table of what the wrapper makes of each fault of the mock (`X-Mock-Fault`, README "Faults,
for testing your retry handling"): for a create, a read and a download, the error the call ends in
after its safe retries, or None when it succeeds. The fault matrix (tests/core/test_reliability.py) and the
mock's fault tests (tests/mock/test_mock_service.py) both read their expectations from here, and the matrix
printed at the end of the run is drawn here from the cells the fault matrix records."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from scanclients.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ScanClientsError,
    UnexpectedResponseError,
)

__all__ = ["CELLS", "KINDS", "OUTCOMES", "STEADY", "Outcome", "matrix"]

Ending = type[ScanClientsError] | None


@dataclass(frozen=True)
class Outcome:
    """How a create, a read (get, list, wait) and a download end under one fault."""

    create: Ending
    # Whether a create that raised says it may have reached the service (and so one scan exists).
    maybe_created: bool
    read: Ending
    download: Ending

    @property
    def scans_created(self) -> int:
        """Scans the service holds after one create: the create is never sent twice."""
        return 1 if self.create is None or self.maybe_created else 0


# The faults that answer every request (the others, `fail-first:N:FAULT`, answer the first N).
STEADY = [
    "rate-limit:0",
    "unavailable",
    "server-error",
    "bad-gateway",
    "invalid-json",
    "xml",
    "slow:1",
    "disconnect",
    "truncated",
]

# A create that may have reached the service is never retried: only 429 and 503 (the service
# cannot have acted) are. A read is retried through any transient fault. A result file is opaque
# bytes: a 200 with "invalid JSON" or XML is a file like any other, and a body cut short mid-stream
# is an error (the bytes so far are thrown away, the file never appears).
OUTCOMES: dict[str, Outcome] = {
    # fault: Outcome(create, maybe_created, read, download)
    "rate-limit:0": Outcome(RateLimitError, False, RateLimitError, RateLimitError),
    "unavailable": Outcome(InternalServerError, False, InternalServerError, InternalServerError),
    "server-error": Outcome(InternalServerError, True, InternalServerError, InternalServerError),
    "bad-gateway": Outcome(InternalServerError, True, InternalServerError, InternalServerError),
    "invalid-json": Outcome(UnexpectedResponseError, True, UnexpectedResponseError, None),
    "xml": Outcome(UnexpectedResponseError, True, UnexpectedResponseError, None),
    "slow:1": Outcome(APITimeoutError, True, APITimeoutError, APITimeoutError),
    "disconnect": Outcome(APIConnectionError, True, APIConnectionError, APIConnectionError),
    "truncated": Outcome(APIConnectionError, True, APIConnectionError, APIConnectionError),
    "fail-first:2:server-error": Outcome(InternalServerError, True, None, None),
    "fail-first:1:server-error": Outcome(InternalServerError, True, None, None),
    "fail-first:2:disconnect": Outcome(APIConnectionError, True, None, None),
    "fail-first:2:slow:1": Outcome(APITimeoutError, True, None, None),
    "fail-first:2:unavailable": Outcome(None, False, None, None),
    "fail-first:1:unavailable": Outcome(None, False, None, None),
    "fail-first:2:rate-limit:0": Outcome(None, False, None, None),
}


# The operations of the fault matrix, in its column order, and the column of the table each reads.
KINDS = {
    "pdcp create": "create",
    "hostedscan create": "create",
    "get": "read",
    "list": "read",
    "wait": "read",
    "download": "download",
}

# What each cell of the fault matrix ended in, by (fault, asynchronous, operation): an error class
# name (`*`: maybe_created), "ok" or "FAILED". Kept in the run's stash; a pytest-xdist worker hands
# its cells to the controller (conftest.py), which draws the whole matrix.
CELLS = pytest.StashKey[dict[tuple[str, bool, str], str]]()


def matrix(cells: dict[tuple[str, bool, str], str]) -> list[str]:
    """The lines of the fault matrix: a row per fault and sync/async, a column per operation."""
    faults = sorted({fault for fault, _, _ in cells}, key=list(OUTCOMES).index)
    rows = [["fault", *KINDS]]
    for fault in faults:
        for asynchronous in (False, True):
            row = [cells.get((fault, asynchronous, operation), "-") for operation in KINDS]
            rows.append([f"{fault} {'async' if asynchronous else 'sync'}", *row])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.append(
        "ok: success after safe retries; *: raised with maybe_created=True, and exactly one scan"
        " exists; -: not run"
    )
    return lines
