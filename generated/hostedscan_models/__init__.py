"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 970464b60739525faacbbc272ee70f80602d25e45e83a31c2ec6bd50c5cdc546)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "970464b60739525faacbbc272ee70f80602d25e45e83a31c2ec6bd50c5cdc546"
__generator__ = "datamodel-code-generator 0.89.0"

from .models import (
    CreateScanRequest,
    CreateScanRequest1,
    CreateScanRequest2,
    ErrorBody,
    RequestedTarget,
    ResolvedTarget,
    Risk,
    RiskDefinition,
    RiskEvent,
    RiskRef,
    RiskStatus,
    Scan,
    ScanEnvelope,
    ScanEvent,
    ScanList,
    ScanResult,
    ScanRisks,
    ScanState,
    ScanType,
    SkippedTarget,
    Target,
    TargetId,
    ThreatLevel,
    WebhookEvent,
)

__all__ = [
    "CreateScanRequest",
    "CreateScanRequest1",
    "CreateScanRequest2",
    "ErrorBody",
    "RequestedTarget",
    "ResolvedTarget",
    "Risk",
    "RiskDefinition",
    "RiskEvent",
    "RiskRef",
    "RiskStatus",
    "Scan",
    "ScanEnvelope",
    "ScanEvent",
    "ScanList",
    "ScanResult",
    "ScanRisks",
    "ScanState",
    "ScanType",
    "SkippedTarget",
    "Target",
    "TargetId",
    "ThreatLevel",
    "WebhookEvent",
]
