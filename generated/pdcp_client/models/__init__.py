"""Contains all the data models used in inputs/outputs"""

from .asset_filters import AssetFilters
from .create_scan_request import CreateScanRequest
from .create_scan_request_agent_behavior import CreateScanRequestAgentBehavior
from .create_scan_response import CreateScanResponse
from .enumeration_ids import EnumerationIds
from .error_response import ErrorResponse
from .error_response_400 import ErrorResponse400
from .error_response_401 import ErrorResponse401
from .error_response_500 import ErrorResponse500
from .private_templates import PrivateTemplates
from .time_range_query_parameter import TimeRangeQueryParameter

__all__ = (
    "AssetFilters",
    "CreateScanRequest",
    "CreateScanRequestAgentBehavior",
    "CreateScanResponse",
    "EnumerationIds",
    "ErrorResponse",
    "ErrorResponse400",
    "ErrorResponse401",
    "ErrorResponse500",
    "PrivateTemplates",
    "TimeRangeQueryParameter",
)
