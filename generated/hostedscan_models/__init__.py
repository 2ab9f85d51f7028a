"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 f2e7aab466a7030ab2e8057d9531f7c69baf77e9e5455b438886846428607a99)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "f2e7aab466a7030ab2e8057d9531f7c69baf77e9e5455b438886846428607a99"
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
