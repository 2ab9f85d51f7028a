"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 eddad0ee248fb947795be7e1cd09742b6ff37dc1c7c4a5e728075e88c6ea8f9b)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "eddad0ee248fb947795be7e1cd09742b6ff37dc1c7c4a5e728075e88c6ea8f9b"
__generator__ = "datamodel-code-generator 0.89.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import (
        AcceptedBy,
        CreateReportRequest,
        CreateScanRequest,
        CreateScanRequest1,
        CreateScanRequest2,
        CreateTargetRequest,
        ErrorBody,
        FilterValues,
        Report,
        ReportEnvelope,
        ReportFormat,
        ReportRisksFilter,
        ReportTargetsFilter,
        RequestedTarget,
        ResolvedTarget,
        Risk,
        RiskDefinition,
        RiskEnvelope,
        RiskEvent,
        RiskFilters,
        RiskList,
        RiskRef,
        RiskStatus,
        Scan,
        ScanEnvelope,
        ScanEvent,
        ScanFilters,
        ScanList,
        ScanResult,
        ScanRisks,
        ScanState,
        ScanType,
        SeleniumRecordingUpload,
        SkippedTarget,
        Target,
        TargetAddress,
        TargetEnvelope,
        TargetFilters,
        TargetId,
        TargetList,
        TargetTags,
        ThreatLevel,
        UpdateTargetRequest,
        UploadAnswer,
        WebhookEvent,
    )

__all__ = [
    "AcceptedBy",
    "CreateReportRequest",
    "CreateScanRequest",
    "CreateScanRequest1",
    "CreateScanRequest2",
    "CreateTargetRequest",
    "ErrorBody",
    "FilterValues",
    "Report",
    "ReportEnvelope",
    "ReportFormat",
    "ReportRisksFilter",
    "ReportTargetsFilter",
    "RequestedTarget",
    "ResolvedTarget",
    "Risk",
    "RiskDefinition",
    "RiskEnvelope",
    "RiskEvent",
    "RiskFilters",
    "RiskList",
    "RiskRef",
    "RiskStatus",
    "Scan",
    "ScanEnvelope",
    "ScanEvent",
    "ScanFilters",
    "ScanList",
    "ScanResult",
    "ScanRisks",
    "ScanState",
    "ScanType",
    "SeleniumRecordingUpload",
    "SkippedTarget",
    "Target",
    "TargetAddress",
    "TargetEnvelope",
    "TargetFilters",
    "TargetId",
    "TargetList",
    "TargetTags",
    "ThreatLevel",
    "UpdateTargetRequest",
    "UploadAnswer",
    "WebhookEvent",
]


def __getattr__(name: str) -> Any:
    # Each model is imported from models/ on first use (scripts/hostedscan_split.py).
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import models

    value = getattr(models, name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
