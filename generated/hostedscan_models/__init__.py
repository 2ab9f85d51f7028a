"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 6b1bbda13fc1f8a26ead279d0710e55b7b6640236ab4c7e73d9824331e245b41)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "6b1bbda13fc1f8a26ead279d0710e55b7b6640236ab4c7e73d9824331e245b41"
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
