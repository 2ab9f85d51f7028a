"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 f2e7aab466a7030ab2e8057d9531f7c69baf77e9e5455b438886846428607a99)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "f2e7aab466a7030ab2e8057d9531f7c69baf77e9e5455b438886846428607a99"
__generator__ = "datamodel-code-generator 0.89.0"

from .models import (
    ScanType,
    ScanState,
    RiskStatus,
    ThreatLevel,
    Target,
    TargetId,
    CreateScanRequest1,
    CreateScanRequest2,
    CreateScanRequest,
    ScanResult,
    RequestedTarget,
    ResolvedTarget,
    SkippedTarget,
    RiskRef,
    ScanRisks,
    Scan,
    ScanEnvelope,
    ScanList,
    ErrorBody,
    RiskDefinition,
    Risk,
    ScanEvent,
    RiskEvent,
    WebhookEvent,
)

__all__ = [
    "ScanType",
    "ScanState",
    "RiskStatus",
    "ThreatLevel",
    "Target",
    "TargetId",
    "CreateScanRequest1",
    "CreateScanRequest2",
    "CreateScanRequest",
    "ScanResult",
    "RequestedTarget",
    "ResolvedTarget",
    "SkippedTarget",
    "RiskRef",
    "ScanRisks",
    "Scan",
    "ScanEnvelope",
    "ScanList",
    "ErrorBody",
    "RiskDefinition",
    "Risk",
    "ScanEvent",
    "RiskEvent",
    "WebhookEvent",
]
