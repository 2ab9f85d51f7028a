"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 0743ff88f430222084a65735d7ac32bb07f60e665bea773a4d8a6fbe5630cb3a)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "0743ff88f430222084a65735d7ac32bb07f60e665bea773a4d8a6fbe5630cb3a"
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
