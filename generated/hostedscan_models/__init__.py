"""Generated code: do not edit. Change specs/hostedscan.yaml or specs/generators.toml and run
`make generate`.

Spec: specs/hostedscan.yaml (sha256 3275633f074bd697f0bf1a603d4be5f885fd42a66678814c372fe8c670897fa2)
Generator: datamodel-code-generator 0.89.0
"""

__spec_sha256__ = "3275633f074bd697f0bf1a603d4be5f885fd42a66678814c372fe8c670897fa2"
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
