"""PDCP's flows: what the spec cannot say about scans, over the generated operations and the
shared machinery: create (with every check), wait, wait for a scan just created, import results;
and the checks of `scans.export` (its format, and what it saved).

Every flow here is sans-I/O (see `_core/flow.py`): the sync and the async `pd.scans` (`scans.py`) run
the same code. Arguments are checked before anything is sent: when the flow is made (wait,
import), or at its first step (create). Nothing here warns: a flow returns what happened, and the
facade warns at its caller's line. `findings` and `export` stream through the generated
`export_api` download (`_core/files.py`), decoded by `export_stream.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from scanclients._generated.pdcp_client.models.create_scan_response import CreateScanResponse
from scanclients._generated.pdcp_client.resources import scans as _generated

from .._core import answers as _answers
from .._core import send as _send
from .._core.files import ExportStarted
from .._core.flow import Flow
from .._core.operation import RawResponse, call_flow
from .._core.operation_spec import Operation
from .._core.options import ClientOptions
from .._core.polling import WaitPlan
from .._core.request import Extras, build
from ..errors import APIError, TruncatedTargetsWarning, ValidationError
from .create_params import create_body
from .nuclei_import import ImportResult, ImportSource, import_flow, prepare
from .options import SERVICE
from .wait import wait_flow, wait_for_created

if TYPE_CHECKING:
    import httpx

    from scanclients._generated.pdcp_client.models.scan_status_item import ScanStatusItem

__all__ = [
    "CreatedScan",
    "ExportFormat",
    "ScanProgress",
    "create",
    "create_raw",
    "export_format",
    "import_results",
    "saved_path",
    "truncation",
    "wait",
    "wait_for",
]

ExportFormat = Literal["json", "csv", "pdf"]
_FORMATS = ("json", "csv", "pdf")
ScanProgress = Callable[["ScanStatusItem"], object]


# --- create -------------------------------------------------------------------------------------


class CreatedScan(CreateScanResponse):
    """What `pd.scans.create` returns: the service's `CreateScanResponse`, whose `id` is always
    there (an answer without one is an `UnexpectedResponseError`), so that
    `pd.scans.wait(created)` or `pd.scans.wait(created.id)` type-checks as it is written."""

    id: str


def create(options: ClientOptions, params: Mapping[str, Any]) -> Flow[CreatedScan]:
    """`POST /v1/scans` from the keyword parameters, checked first; not retried once it may have
    reached the service. Returns the answer: `truncation` says whether the caller is warned."""
    response = yield from _create_response(options, params)
    return _created_scan(response, SERVICE.name)


def create_raw(options: ClientOptions, params: Mapping[str, Any]) -> Flow[RawResponse[CreatedScan]]:
    """`create` answering its `RawResponse`: `.parse()` is the created scan `create` returns."""
    response = yield from _create_response(options, params)
    return RawResponse(response, lambda answer: _created_scan(answer, SERVICE.name))


def _create_response(options: ClientOptions, params: Mapping[str, Any]) -> Flow[httpx.Response]:
    body = create_body(params)
    # The generated operation's declaration (`creates` in specs/generators.toml), as create_api's.
    op = _generated.OPERATIONS["post-v1-scans"]
    request = _send.build_request(options, op.method, op.path, json_body=body)
    return (yield from _send.send(request, options, creates=op.creates, writes=op.writes))


def _created_scan(response: httpx.Response, service: str) -> CreatedScan:
    """PDCP's answer to creating a scan, checked further than its model does: its `message`,
    `id` and `truncated-scan-targets` are what the caller acts on. A 2xx means the scan exists,
    so an unusable body says it may have been created."""
    body = _answers.json_body(response, service, maybe_created=True)
    created: CreatedScan = _answers.as_model(
        CreatedScan,
        body,
        "the create-scan response",
        response,
        service,
        check=_created_shape,
        maybe_created=True,
    )
    return created


def _created_shape(body: Any) -> str | None:
    if not isinstance(body, dict):
        return f"is not a JSON object but {type(body).__name__}"
    if not isinstance(body.get("message"), str):
        return "has no 'message' string"
    # The id is what the caller follows the scan by: a 2xx without one leaves nothing to follow.
    if not isinstance(body.get("id"), str) or not body["id"]:
        return "has no 'id' string"
    count = body.get("truncated-scan-targets", 0)
    if isinstance(count, bool) or not isinstance(count, int):
        return "has a 'truncated-scan-targets' that is not an integer"
    return None


def truncation(created: CreateScanResponse) -> TruncatedTargetsWarning | None:
    """The warning a created scan calls for: the service dropped some of its targets."""
    dropped = created.truncated_scan_targets or 0
    return TruncatedTargetsWarning(created.id or None, dropped) if dropped > 0 else None


# --- wait ---------------------------------------------------------------------------------------


def wait(
    options: ClientOptions,
    scan_id: str,
    plan: WaitPlan,
    on_progress: ScanProgress | None,
) -> Flow[Any]:
    """Poll `GET /v1/scans/{scan_id}` until the scan is final (see `_pdcp.wait`)."""
    return wait_flow(plan, _fetcher(options, scan_id), on_progress)


def wait_for(
    options: ClientOptions,
    created: CreateScanResponse,
    plan: WaitPlan,
    on_progress: ScanProgress | None,
) -> Flow[Any]:
    """`create_and_wait`'s second half: wait for the scan `create` made; any error names it."""
    return wait_for_created(created, lambda scan_id: wait(options, scan_id, plan, on_progress))


def _operation(operation_id: str) -> Operation:
    """The generated operation, found by its operationId (not by a generated private name)."""
    for value in vars(_generated).values():
        if isinstance(value, Operation) and value.operation_id == operation_id:
            return value
    raise LookupError(f"the generated scans resource has no operation {operation_id}")


def _fetcher(options: ClientOptions, scan_id: str) -> Callable[[float], Flow[Any]]:
    """`GET /v1/scans/{scan_id}` as a flow, its request allowed no longer than the time left."""
    op = _operation("get-v1-scans-scan_id")
    build(op, options, {"scan_id": scan_id}, Extras())  # a bad id fails now, before any I/O

    def fetch(time_left: float) -> Flow[Any]:
        read = options.timeout.read
        timeout = time_left if read is None else min(read, time_left)
        request = build(op, options, {"scan_id": scan_id}, Extras(timeout=timeout))
        return (yield from call_flow(op, options, request, False))

    return fetch


# --- export, import -----------------------------------------------------------------------------


def export_format(format: str) -> ExportFormat:
    """The `format` of `scans.export`, checked before anything is sent."""
    if format not in _FORMATS:
        raise ValidationError("format", f"expected one of {', '.join(_FORMATS)}, got {format!r}")
    return cast(ExportFormat, format)


def saved_path(saved: Any) -> Path:
    """Where the export was written; an asynchronous export instead of the file is an error."""
    if isinstance(saved, ExportStarted):
        raise APIError(
            f"the service started an asynchronous export ({saved.export_id}) instead of"
            " answering the file; fetch it when it is ready",
            service="PDCP",
        )
    return Path(saved.path)


def import_results(
    options: ClientOptions,
    source: ImportSource,
    *,
    name: str | None,
    scan_id: str | None,
    start_line: int,
    max_chunk_bytes: int,
    check_first: bool,
    on_progress: Callable[[ImportResult], object] | None,
) -> Flow[ImportResult]:
    """Every line checked (or, not `check_first`, the first chunk's) and the chunks laid out now;
    the flow sends them (`_pdcp.nuclei_import`)."""
    prepared = prepare(
        source, start_line=start_line, max_chunk_bytes=max_chunk_bytes, check_first=check_first
    )
    return import_flow(options, prepared, name=name, scan_id=scan_id, on_progress=on_progress)
