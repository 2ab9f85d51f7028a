"""The models a caller receives from or passes to either service, under one public name each.

    from scanclients import HostedScan
    from scanclients.types import Scan, ScanState

    def finished(scan: Scan) -> bool:
        return scan.state is ScanState.SUCCEEDED

    from scanclients.types import AssetFilters, CreateScanResponse, TimeRangeQueryParameter

The classes are the generated ones (PDCP: attrs models of openapi-python-client; HostedScan:
pydantic models of datamodel-code-generator), re-exported here because their home,
`scanclients._generated`, changes shape with every spec. Importing this module costs nothing until
a name is used: each is imported on first access, so a caller of one service never loads the
other's models.

PDCP, returned: `CreateScanResponse` (by `scans.create`), `ScanStatusItem` (by `scans.wait` and
`create_and_wait`) with `ScanStatus`, `ScanSchedule`, `ScanStatusItemSeverity` and
`ScanStatusItemAgentBehavior`. PDCP, passed: `AssetFilters`,
`EnumerationIds`, `PrivateTemplates`, `TimeRangeQueryParameter`, `CreateScanRequestAgentBehavior`,
and `CreateScanRequestParams`, the TypedDict of `scans.create`'s keyword arguments, whose nested
objects may also be given as the plain dicts `AssetFiltersParams`, `EnumerationIdsParams` and
`PrivateTemplatesParams`.

HostedScan, returned: `Scan` (by `scans.create`, `get`, `list`, `wait`), with `ScanResult`,
`ScanRisks`, `RiskRef`, `RequestedTarget`, `ResolvedTarget`, `SkippedTarget`; `Target` (by
`targets.*`), `Risk` (by `risks.*` and `scans.risks`) with `RiskDefinition` and `AcceptedBy`,
`Report` (by `reports.create`); the pages of the lists (`ScanList`, `TargetList`, `RiskList`, from
`.pages()`); the values `ScanState`, `ScanType`, `RiskStatus`, `ThreatLevel`, `ReportFormat`; the
webhook events of `webhooks.verify`: `WebhookEvent`, `ScanEvent`, `RiskEvent`.

The wrapper's own types, for annotating a caller's code: `CreatedScan` (what PDCP's
`scans.create` returns: a `CreateScanResponse` whose `id` is a `str`), `ScanRef` (a scan as
`wait`, `findings` and `export` take it: its id or the scan itself), `RawResponse` (of
`with_raw_response`), `StreamedResponse` and `AsyncStreamedResponse` (of
`with_streaming_response`), `SyncPager`, `AsyncPager` and `ListPage` (of the list methods and
their `next_page()`), and the request values of HostedScan as literals, `ScanTypeName` and
`ReportFormatName`.

Every other model, each under its generated name: `types.pdcp.<Name>` is any model a PDCP method
returns or takes (the answer of `pd.results.list`'s pages, `GetV1ResultsResponse200`; the item
models of every body), `types.hostedscan.<Name>` any HostedScan model. Both are imported on first
use, and `types.pdcp` imports each model only when it is first named:

    from scanclients.types import pdcp
    def total(page: pdcp.GetV1ResultsResponse200) -> int: ...

These two namespaces are attributes, not submodules: `from scanclients.types import pdcp` works,
`import scanclients.types.pdcp` does not. Names there follow the spec (they change when it does);
the names above are the stable ones.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # The namespaces (see __getattr__), for mypy; not in __all__, which lists classes only.
    from ._core.files import AsyncStreamedResponse, StreamedResponse
    from ._core.operation import RawResponse
    from ._core.paging import AsyncPager, ListPage, SyncPager
    from ._core.text import ScanRef
    from ._generated import hostedscan_models as hostedscan  # noqa: F401
    from ._generated.hostedscan_models import (
        AcceptedBy,
        Report,
        ReportFormat,
        RequestedTarget,
        ResolvedTarget,
        Risk,
        RiskDefinition,
        RiskEvent,
        RiskList,
        RiskRef,
        RiskStatus,
        Scan,
        ScanEvent,
        ScanList,
        ScanResult,
        ScanRisks,
        ScanState,
        ScanType,
        SkippedTarget,
        Target,
        TargetList,
        ThreatLevel,
        WebhookEvent,
    )
    from ._generated.pdcp_client import models as pdcp  # noqa: F401
    from ._generated.pdcp_client.models import (
        AssetFilters,
        CreateScanRequestAgentBehavior,
        CreateScanResponse,
        EnumerationIds,
        PrivateTemplates,
        ScanSchedule,
        ScanStatus,
        ScanStatusItem,
        ScanStatusItemAgentBehavior,
        ScanStatusItemSeverity,
        TimeRangeQueryParameter,
    )
    from ._generated.pdcp_client.params import (
        AssetFiltersParams,
        CreateScanRequestParams,
        EnumerationIdsParams,
        PrivateTemplatesParams,
    )
    from ._hostedscan.args import ReportFormatName, ScanTypeName
    from ._pdcp.flows import CreatedScan

_PDCP_MODELS = "._generated.pdcp_client.models"
_PDCP_PARAMS = "._generated.pdcp_client.params"
_HOSTEDSCAN = "._generated.hostedscan_models"

# Public name -> the module it is imported from on first use.
_HOMES = {
    "AssetFilters": _PDCP_MODELS,
    "CreateScanRequestAgentBehavior": _PDCP_MODELS,
    "CreateScanResponse": _PDCP_MODELS,
    "EnumerationIds": _PDCP_MODELS,
    "PrivateTemplates": _PDCP_MODELS,
    "TimeRangeQueryParameter": _PDCP_MODELS,
    "ScanSchedule": _PDCP_MODELS,
    "ScanStatus": _PDCP_MODELS,
    "ScanStatusItem": _PDCP_MODELS,
    "ScanStatusItemAgentBehavior": _PDCP_MODELS,
    "ScanStatusItemSeverity": _PDCP_MODELS,
    "CreateScanRequestParams": _PDCP_PARAMS,
    "AssetFiltersParams": _PDCP_PARAMS,
    "EnumerationIdsParams": _PDCP_PARAMS,
    "PrivateTemplatesParams": _PDCP_PARAMS,
    "AcceptedBy": _HOSTEDSCAN,
    "Report": _HOSTEDSCAN,
    "ReportFormat": _HOSTEDSCAN,
    "RiskList": _HOSTEDSCAN,
    "ScanList": _HOSTEDSCAN,
    "Target": _HOSTEDSCAN,
    "TargetList": _HOSTEDSCAN,
    "RequestedTarget": _HOSTEDSCAN,
    "ResolvedTarget": _HOSTEDSCAN,
    "Risk": _HOSTEDSCAN,
    "RiskDefinition": _HOSTEDSCAN,
    "RiskEvent": _HOSTEDSCAN,
    "RiskRef": _HOSTEDSCAN,
    "RiskStatus": _HOSTEDSCAN,
    "Scan": _HOSTEDSCAN,
    "ScanEvent": _HOSTEDSCAN,
    "ScanResult": _HOSTEDSCAN,
    "ScanRisks": _HOSTEDSCAN,
    "ScanState": _HOSTEDSCAN,
    "ScanType": _HOSTEDSCAN,
    "SkippedTarget": _HOSTEDSCAN,
    "ThreatLevel": _HOSTEDSCAN,
    "WebhookEvent": _HOSTEDSCAN,
}

# The wrapper's own public types (not models), by the module they are imported from on first use.
_WRAPPER_TYPES = {
    "AsyncPager": "._core.paging",
    "AsyncStreamedResponse": "._core.files",
    "CreatedScan": "._pdcp.flows",
    "ListPage": "._core.paging",
    "RawResponse": "._core.operation",
    "ReportFormatName": "._hostedscan.args",
    "ScanRef": "._core.text",
    "ScanTypeName": "._hostedscan.args",
    "StreamedResponse": "._core.files",
    "SyncPager": "._core.paging",
}
_HOMES.update(_WRAPPER_TYPES)

__all__ = [
    "AcceptedBy",
    "AssetFilters",
    "AssetFiltersParams",
    "AsyncPager",
    "AsyncStreamedResponse",
    "CreateScanRequestAgentBehavior",
    "CreateScanRequestParams",
    "CreateScanResponse",
    "CreatedScan",
    "EnumerationIds",
    "EnumerationIdsParams",
    "ListPage",
    "PrivateTemplates",
    "PrivateTemplatesParams",
    "RawResponse",
    "Report",
    "ReportFormat",
    "ReportFormatName",
    "RequestedTarget",
    "ResolvedTarget",
    "Risk",
    "RiskDefinition",
    "RiskEvent",
    "RiskList",
    "RiskRef",
    "RiskStatus",
    "Scan",
    "ScanEvent",
    "ScanList",
    "ScanRef",
    "ScanResult",
    "ScanRisks",
    "ScanSchedule",
    "ScanState",
    "ScanStatus",
    "ScanStatusItem",
    "ScanStatusItemAgentBehavior",
    "ScanStatusItemSeverity",
    "ScanType",
    "ScanTypeName",
    "SkippedTarget",
    "StreamedResponse",
    "SyncPager",
    "Target",
    "TargetList",
    "ThreatLevel",
    "TimeRangeQueryParameter",
    "WebhookEvent",
]


# Every model of a service, by its generated name: the namespaces `types.pdcp`, `types.hostedscan`.
_NAMESPACES = {"pdcp": _PDCP_MODELS, "hostedscan": _HOSTEDSCAN}


def __getattr__(name: str) -> Any:
    if name in _NAMESPACES:
        namespace = importlib.import_module(_NAMESPACES[name], __package__)
        globals()[name] = namespace
        return namespace
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'scanclients.types' has no attribute {name!r}")
    # Relative to this package, not to "scanclients": a vendored copy has another name.
    value = getattr(importlib.import_module(home, __package__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_NAMESPACES})
