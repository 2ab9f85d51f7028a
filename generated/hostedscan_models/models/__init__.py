"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used (see
scripts/lazy_models.py): importing one operation does not import every model."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted_by import AcceptedBy
    from .create_report_request import CreateReportRequest
    from .create_scan_request import CreateScanRequest
    from .create_scan_request1 import CreateScanRequest1
    from .create_scan_request2 import CreateScanRequest2
    from .create_target_request import CreateTargetRequest
    from .error_body import ErrorBody
    from .filter_values import FilterValues
    from .report import Report
    from .report_envelope import ReportEnvelope
    from .report_format import ReportFormat
    from .report_risks_filter import ReportRisksFilter
    from .report_targets_filter import ReportTargetsFilter
    from .requested_target import RequestedTarget
    from .resolved_target import ResolvedTarget
    from .risk import Risk
    from .risk_definition import RiskDefinition
    from .risk_envelope import RiskEnvelope
    from .risk_event import RiskEvent
    from .risk_filters import RiskFilters
    from .risk_list import RiskList
    from .risk_ref import RiskRef
    from .risk_status import RiskStatus
    from .scan import Scan
    from .scan_envelope import ScanEnvelope
    from .scan_event import ScanEvent
    from .scan_filters import ScanFilters
    from .scan_list import ScanList
    from .scan_result import ScanResult
    from .scan_risks import ScanRisks
    from .scan_state import ScanState
    from .scan_type import ScanType
    from .selenium_recording_upload import SeleniumRecordingUpload
    from .skipped_target import SkippedTarget
    from .target import Target
    from .target_address import TargetAddress
    from .target_envelope import TargetEnvelope
    from .target_filters import TargetFilters
    from .target_id import TargetId
    from .target_list import TargetList
    from .target_tags import TargetTags
    from .threat_level import ThreatLevel
    from .update_target_request import UpdateTargetRequest
    from .upload_answer import UploadAnswer
    from .webhook_event import WebhookEvent

_MODULES = {
    "AcceptedBy": "accepted_by",
    "CreateReportRequest": "create_report_request",
    "CreateScanRequest": "create_scan_request",
    "CreateScanRequest1": "create_scan_request1",
    "CreateScanRequest2": "create_scan_request2",
    "CreateTargetRequest": "create_target_request",
    "ErrorBody": "error_body",
    "FilterValues": "filter_values",
    "Report": "report",
    "ReportEnvelope": "report_envelope",
    "ReportFormat": "report_format",
    "ReportRisksFilter": "report_risks_filter",
    "ReportTargetsFilter": "report_targets_filter",
    "RequestedTarget": "requested_target",
    "ResolvedTarget": "resolved_target",
    "Risk": "risk",
    "RiskDefinition": "risk_definition",
    "RiskEnvelope": "risk_envelope",
    "RiskEvent": "risk_event",
    "RiskFilters": "risk_filters",
    "RiskList": "risk_list",
    "RiskRef": "risk_ref",
    "RiskStatus": "risk_status",
    "Scan": "scan",
    "ScanEnvelope": "scan_envelope",
    "ScanEvent": "scan_event",
    "ScanFilters": "scan_filters",
    "ScanList": "scan_list",
    "ScanResult": "scan_result",
    "ScanRisks": "scan_risks",
    "ScanState": "scan_state",
    "ScanType": "scan_type",
    "SeleniumRecordingUpload": "selenium_recording_upload",
    "SkippedTarget": "skipped_target",
    "Target": "target",
    "TargetAddress": "target_address",
    "TargetEnvelope": "target_envelope",
    "TargetFilters": "target_filters",
    "TargetId": "target_id",
    "TargetList": "target_list",
    "TargetTags": "target_tags",
    "ThreatLevel": "threat_level",
    "UpdateTargetRequest": "update_target_request",
    "UploadAnswer": "upload_answer",
    "WebhookEvent": "webhook_event",
}

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
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
