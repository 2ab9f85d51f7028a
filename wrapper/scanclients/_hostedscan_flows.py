"""HostedScan's flows: one generic caller for every operation of the table, and what the spec
cannot say (waiting for a scan, joining a scan to its risks).

Every flow here is sans-I/O (see `_flow`): the sync and the async client run the same code.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from hostedscan_models import Risk, Scan, ScanState, ScanType

from . import _transport
from ._download import AtomicFile
from ._flow import Drain, Flow, Sleep
from ._hostedscan_bodies import create_scan_body
from ._hostedscan_operations import CREATE_SCAN, GET_RISK, GET_SCAN, SERVICE, Operation
from ._model_problem import first_problem
from ._options import ClientOptions
from .errors import ScanFailedError, UnexpectedResponseError, ValidationError, WaitTimeoutError

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "Pages",
    "ProgressCallback",
    "ScanRiskGroups",
    "build",
    "call",
    "create",
    "download_file",
    "drain_file",
    "get",
    "get_risk",
    "group_risks",
    "parse",
    "positive",
    "read_file",
    "risk_ids",
    "unique_ids",
    "wait",
]

FINAL_FAILURES = frozenset({ScanState.FAILED, ScanState.OVER_LIMIT})
DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 10.0

ProgressCallback = Callable[[Scan], object]
Model = TypeVar("Model", bound=pydantic.BaseModel)
Data = TypeVar("Data")
Item = TypeVar("Item")


# --- every operation: request, send, parse -------------------------------------------------------


def build(
    options: ClientOptions,
    operation: Operation[Any],
    resource_id: str | None = None,
    *,
    params: dict[str, str] | None = None,
    json_body: Any = None,
    files: dict[str, tuple[str, bytes, str]] | None = None,
) -> httpx.Request:
    """The request of `operation`; the id checked and escaped into the path first."""
    path = operation.path
    if operation.id_name is not None:
        path = path.replace("{id}", _path_segment(operation.id_name, resource_id))
    # A file is any content type, not JSON.
    headers = {"Accept": "*/*"} if operation.file else None
    return _transport.build_request(
        options,
        operation.method,
        path,
        json_body=json_body,
        params=params or None,
        headers=headers,
        files=files,
    )


def call(
    options: ClientOptions,
    operation: Operation[Data],
    resource_id: str | None = None,
    *,
    params: dict[str, str] | None = None,
    json_body: Any = None,
    files: dict[str, tuple[str, bytes, str]] | None = None,
) -> Flow[Data]:
    """Send `operation`; its answer parsed by the generated model, and the `data` member of it
    returned (None for an operation that answers no JSON)."""
    request = build(
        options, operation, resource_id, params=params, json_body=json_body, files=files
    )
    response = yield from _transport.send(request, options, creates=operation.writes)
    if operation.answer is None:
        return None  # type: ignore[return-value]  # Operation[None]: no JSON answer
    envelope: Any = parse(response, operation.answer, maybe_created=operation.writes)
    data: Data = envelope.data
    return data


def _path_segment(name: str, resource_id: object) -> str:
    if not isinstance(resource_id, str) or not resource_id.strip():
        raise ValidationError(name, f"expected a non-empty id, got {resource_id!r}")
    segment = quote(resource_id, safe="")
    if segment in (".", ".."):
        # A bare dot segment would be resolved away by URL normalisation ("/v1/results/." is
        # "/v1/results"): encoded, it stays the id it is.
        segment = segment.replace(".", "%2E")
    return segment


def parse(response: httpx.Response, model: type[Model], *, maybe_created: bool = False) -> Model:
    body = _transport.json_body(response, SERVICE.name, maybe_created=maybe_created)
    try:
        return model.model_validate(body)
    except pydantic.ValidationError as error:
        raise UnexpectedResponseError(
            f"the response is not a valid {model.__name__}: {first_problem(error)}",
            service=SERVICE.name,
            response=response,
            maybe_created=maybe_created,
        ) from None


class Pages(Generic[Item]):
    """A list operation, page by page: follows `next_page_token` until a page has none."""

    def __init__(
        self,
        options: ClientOptions,
        operation: Operation[list[Item]],
        params: dict[str, str] | None = None,
    ) -> None:
        self._options = options
        self._operation = operation
        self._params = params or {}
        self._token: str | None = None
        self._seen: set[str] = set()
        self.done = False

    def next_page(self) -> Flow[list[Item]]:
        params = {**self._params, "page_token": self._token} if self._token else self._params
        request = build(self._options, self._operation, params=params)
        response = yield from _transport.send(request, self._options)
        assert self._operation.answer is not None
        page: Any = parse(response, self._operation.answer)
        token = page.next_page_token
        if token and token in self._seen:
            # A service that hands back a token twice would otherwise be listed forever.
            raise UnexpectedResponseError(
                f"next_page_token {token!r} was already followed",
                service=SERVICE.name,
                response=response,
            )
        self._seen.add(token or "")
        self._token = token
        self.done = not token
        items: list[Item] = list(page.data)
        return items


def read_file(options: ClientOptions, operation: Operation[None], file_id: str) -> Flow[bytes]:
    response = yield from _transport.send(build(options, operation, file_id), options)
    return response.content


def download_file(
    options: ClientOptions,
    operation: Operation[None],
    file_id: str,
    path: str | os.PathLike[str],
) -> Flow[Path]:
    with AtomicFile(path) as target:  # nothing at `path` unless every byte arrived
        yield from drain_file(options, operation, file_id, target)
    return target.path


def drain_file(
    options: ClientOptions, operation: Operation[None], file_id: str, target: AtomicFile
) -> Flow[None]:
    """Stream the file into `target` chunk by chunk, never holding it whole."""
    request = build(options, operation, file_id)
    response = yield from _transport.send(request, options, stream=True)
    try:
        yield Drain(response, target.write)
    except httpx.HTTPError as error:
        raise _transport.connection_error(error, request, SERVICE.name) from error


# --- scans: create, wait ------------------------------------------------------------------------


def create(
    options: ClientOptions,
    scan_type: ScanType | str,
    targets: Sequence[str] | None,
    target_ids: Sequence[str] | None,
    use_authentication: bool | None = None,
) -> Flow[Scan]:
    body = create_scan_body(scan_type, targets, target_ids, use_authentication)
    return (yield from call(options, CREATE_SCAN, json_body=body))


def get(options: ClientOptions, scan_id: str) -> Flow[Scan]:
    return (yield from call(options, GET_SCAN, scan_id))


def wait(
    options: ClientOptions,
    scan_id: str,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
) -> Flow[Scan]:
    positive("timeout", timeout)
    positive("poll_interval", poll_interval)
    deadline = time.monotonic() + timeout
    last: tuple[object, object] | None = None
    while True:
        scan = yield from get(options, scan_id)
        if on_progress is not None and (scan.state, scan.progress) != last:
            on_progress(scan)
        last = (scan.state, scan.progress)
        if scan.state == ScanState.SUCCEEDED:
            return scan
        if scan.state in FINAL_FAILURES:
            raise ScanFailedError(scan)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(scan, timeout)
        yield Sleep(min(poll_interval, remaining))


def positive(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, f"expected a number of seconds, got {value!r}")
    if value <= 0:
        raise ValidationError(name, f"must be greater than 0, got {value!r}")


# --- a scan's risks -----------------------------------------------------------------------------


def risk_ids(options: ClientOptions, scan: Scan | str) -> Flow[dict[str, list[str]]]:
    """The ids of a finished scan's risks by group: new_open, still_open, closed.

    A `Scan` already fetched is used as it is; an id is fetched first.
    """
    if not isinstance(scan, Scan):
        scan = yield from get(options, scan)
    if scan.risks is None:
        raise ValidationError(
            "scan", f"scan {scan.id} is {scan.state}: its risks are known once it has run"
        )
    return {
        group: [ref.risk_id for ref in getattr(scan.risks, group) or []]
        for group in ("new_open", "still_open", "closed")
    }


def get_risk(options: ClientOptions, risk_id: str) -> Flow[Risk]:
    return (yield from call(options, GET_RISK, risk_id))


@dataclass(frozen=True, slots=True)
class ScanRiskGroups:
    """A finished scan's risks: found for the first time, found again, and no longer found."""

    new_open: list[Risk]
    still_open: list[Risk]
    closed: list[Risk]


def group_risks(ids: dict[str, list[str]], risks: dict[str, Risk]) -> ScanRiskGroups:
    """The groups of `risk_ids`, each id replaced by its fetched risk, in the scan's order."""
    return ScanRiskGroups(**{group: [risks[i] for i in members] for group, members in ids.items()})


def unique_ids(ids: dict[str, list[str]]) -> list[str]:
    """Every id once (a scan could list one risk in two groups): each is fetched once."""
    return list(dict.fromkeys(i for members in ids.values() for i in members))
