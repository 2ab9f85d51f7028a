"""HostedScan's operations as data, for the machinery every generated PDCP method runs on.

The table itself is generated from `specs/hostedscan.yaml` (scripts/hostedscan_codegen.py writes
`hostedscan_models/operations.py`, in the very `Operation` shape the PDCP generator writes:
method, path, parameters, body, answers, paging, creates). This module gives each operation the
name the facades import, and holds the service's settings. Building the request, checking it,
sending it with retries by method, parsing the answer into the generated model, paging by
`next_page_token` and streaming files are all `_core.request`, `_core.operation`, `_core.paging`
and `_core.files`, shared with PDCP.
"""

from __future__ import annotations

from scanclients._generated.hostedscan_models.operations import OPERATIONS

from .._core.options import ServiceSettings

__all__ = [
    "CREATE_REPORT",
    "CREATE_SCAN",
    "CREATE_TARGET",
    "DELETE_TARGET",
    "GET_REPORT",
    "GET_RESULT",
    "GET_RISK",
    "GET_SCAN",
    "GET_TARGET",
    "LIST_RISKS",
    "LIST_SCANS",
    "LIST_TARGETS",
    "SERVICE",
    "UPDATE_TARGET",
    "UPLOAD_RECORDING",
]

SERVICE = ServiceSettings(
    name="HostedScan",
    key_header="X-HOSTEDSCAN-API-KEY",
    key_variable="HOSTEDSCAN_API_KEY",
    base_url_variable="HOSTEDSCAN_BASE_URL",
    default_base_url="https://api.hostedscan.com",
)

# By operationId: a KeyError at import names an operation the spec no longer has.
CREATE_SCAN = OPERATIONS["create-scan"]
LIST_SCANS = OPERATIONS["list-scans"]
GET_SCAN = OPERATIONS["get-scan"]
GET_RESULT = OPERATIONS["get-result"]
LIST_TARGETS = OPERATIONS["list-targets"]
CREATE_TARGET = OPERATIONS["create-target"]
GET_TARGET = OPERATIONS["get-target"]
UPDATE_TARGET = OPERATIONS["update-target"]
DELETE_TARGET = OPERATIONS["delete-target"]
UPLOAD_RECORDING = OPERATIONS["upload-selenium-recording"]
LIST_RISKS = OPERATIONS["list-risks"]
GET_RISK = OPERATIONS["get-risk"]
CREATE_REPORT = OPERATIONS["create-report"]
GET_REPORT = OPERATIONS["get-report"]
