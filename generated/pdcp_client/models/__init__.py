"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used (see
scripts/lazy_models.py): importing one operation does not import every model."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_event import ActivityEvent
    from .activity_event_message_payload import ActivityEventMessagePayload
    from .activity_event_status import ActivityEventStatus
    from .admin_automations_item import AdminAutomationsItem
    from .agent_in_response import AgentInResponse
    from .agent_in_response_nats import AgentInResponseNats
    from .agent_in_response_nats_subjects import AgentInResponseNatsSubjects
    from .agent_info_response import AgentInfoResponse
    from .agent_info_response_agent import AgentInfoResponseAgent
    from .agent_item import AgentItem
    from .agent_out_response import AgentOutResponse
    from .ai_meta import AIMeta
    from .asset_category import AssetCategory
    from .asset_category_technologies import AssetCategoryTechnologies
    from .asset_changelogs import AssetChangelogs
    from .asset_filters import AssetFilters
    from .asset_list_item import AssetListItem
    from .asset_policy import AssetPolicy
    from .asset_policy_list_response import AssetPolicyListResponse
    from .asset_policy_metadata import AssetPolicyMetadata
    from .asset_policy_suggestion import AssetPolicySuggestion
    from .asset_policy_suggestion_sample_assets_item import (
        AssetPolicySuggestionSampleAssetsItem,
    )
    from .asset_policy_suggestion_suggested_policy import (
        AssetPolicySuggestionSuggestedPolicy,
    )
    from .asset_policy_suggestions_response import AssetPolicySuggestionsResponse
    from .asset_policy_type import AssetPolicyType
    from .asset_stats import AssetStats
    from .asset_upload_response import AssetUploadResponse
    from .associated_domain_evidence import AssociatedDomainEvidence
    from .associated_domain_result import AssociatedDomainResult
    from .associated_domains_response_400 import AssociatedDomainsResponse400
    from .associated_domains_response_401 import AssociatedDomainsResponse401
    from .associated_domains_response_500 import AssociatedDomainsResponse500
    from .associated_domains_response_default import AssociatedDomainsResponseDefault
    from .associated_domains_result_set import AssociatedDomainsResultSet
    from .associated_domains_result_set_sources_count import (
        AssociatedDomainsResultSetSourcesCount,
    )
    from .associated_domains_sort import AssociatedDomainsSort
    from .automation_scan_data import AutomationScanData
    from .automation_scan_data_agent_behavior import AutomationScanDataAgentBehavior
    from .billing_cycle import BillingCycle
    from .citation import Citation
    from .classification import Classification
    from .combolist_exposure_count import CombolistExposureCount
    from .config_response import ConfigResponse
    from .config_type_enum import ConfigTypeEnum
    from .contributor_summary import ContributorSummary
    from .contributor_summary_category_breakdown import (
        ContributorSummaryCategoryBreakdown,
    )
    from .contributor_summary_socials import ContributorSummarySocials
    from .coverage_stats import CoverageStats
    from .create_scan_request import CreateScanRequest
    from .create_scan_request_agent_behavior import CreateScanRequestAgentBehavior
    from .create_scan_response import CreateScanResponse
    from .custom_severity_mapping import CustomSeverityMapping
    from .customers_count import CustomersCount
    from .cve_info import CVEInfo
    from .delete_scans_config_exclude_body import DeleteScansConfigExcludeBody
    from .delete_scans_config_exclude_response_200 import (
        DeleteScansConfigExcludeResponse200,
    )
    from .delete_scans_config_exclude_response_400 import (
        DeleteScansConfigExcludeResponse400,
    )
    from .delete_scans_config_exclude_response_401 import (
        DeleteScansConfigExcludeResponse401,
    )
    from .delete_scans_config_exclude_response_500 import (
        DeleteScansConfigExcludeResponse500,
    )
    from .delete_scans_config_exclude_response_default import (
        DeleteScansConfigExcludeResponseDefault,
    )
    from .delete_v1_asset_enumerate_enumerate_id_response_200 import (
        DeleteV1AssetEnumerateEnumerateIdResponse200,
    )
    from .delete_v1_asset_enumerate_enumerate_id_response_400 import (
        DeleteV1AssetEnumerateEnumerateIdResponse400,
    )
    from .delete_v1_asset_enumerate_enumerate_id_response_401 import (
        DeleteV1AssetEnumerateEnumerateIdResponse401,
    )
    from .delete_v1_asset_enumerate_enumerate_id_response_500 import (
        DeleteV1AssetEnumerateEnumerateIdResponse500,
    )
    from .delete_v1_asset_enumerate_enumerate_id_response_default import (
        DeleteV1AssetEnumerateEnumerateIdResponseDefault,
    )
    from .delete_v1_asset_enumerate_group_response_200 import (
        DeleteV1AssetEnumerateGroupResponse200,
    )
    from .delete_v1_asset_enumerate_group_response_400 import (
        DeleteV1AssetEnumerateGroupResponse400,
    )
    from .delete_v1_asset_enumerate_group_response_401 import (
        DeleteV1AssetEnumerateGroupResponse401,
    )
    from .delete_v1_asset_enumerate_group_response_403 import (
        DeleteV1AssetEnumerateGroupResponse403,
    )
    from .delete_v1_asset_enumerate_group_response_500 import (
        DeleteV1AssetEnumerateGroupResponse500,
    )
    from .delete_v1_asset_enumerate_group_response_default import (
        DeleteV1AssetEnumerateGroupResponseDefault,
    )
    from .delete_v1_asset_enumerates_body import DeleteV1AssetEnumeratesBody
    from .delete_v1_asset_enumerates_response_200 import (
        DeleteV1AssetEnumeratesResponse200,
    )
    from .delete_v1_asset_enumerates_response_400 import (
        DeleteV1AssetEnumeratesResponse400,
    )
    from .delete_v1_asset_enumerates_response_401 import (
        DeleteV1AssetEnumeratesResponse401,
    )
    from .delete_v1_asset_enumerates_response_500 import (
        DeleteV1AssetEnumeratesResponse500,
    )
    from .delete_v1_asset_enumerates_response_default import (
        DeleteV1AssetEnumeratesResponseDefault,
    )
    from .delete_v1_asset_id_labels_response_200 import DeleteV1AssetIdLabelsResponse200
    from .delete_v1_asset_id_labels_response_400 import DeleteV1AssetIdLabelsResponse400
    from .delete_v1_asset_id_labels_response_401 import DeleteV1AssetIdLabelsResponse401
    from .delete_v1_asset_id_labels_response_404 import DeleteV1AssetIdLabelsResponse404
    from .delete_v1_asset_id_labels_response_500 import DeleteV1AssetIdLabelsResponse500
    from .delete_v1_asset_id_labels_response_default import (
        DeleteV1AssetIdLabelsResponseDefault,
    )
    from .delete_v1_asset_policy_policy_id_response_200 import (
        DeleteV1AssetPolicyPolicyIdResponse200,
    )
    from .delete_v1_asset_policy_policy_id_response_400 import (
        DeleteV1AssetPolicyPolicyIdResponse400,
    )
    from .delete_v1_asset_policy_policy_id_response_401 import (
        DeleteV1AssetPolicyPolicyIdResponse401,
    )
    from .delete_v1_asset_policy_policy_id_response_404 import (
        DeleteV1AssetPolicyPolicyIdResponse404,
    )
    from .delete_v1_asset_policy_policy_id_response_500 import (
        DeleteV1AssetPolicyPolicyIdResponse500,
    )
    from .delete_v1_asset_policy_policy_id_response_default import (
        DeleteV1AssetPolicyPolicyIdResponseDefault,
    )
    from .delete_v1_enumeration_schedule_response_200 import (
        DeleteV1EnumerationScheduleResponse200,
    )
    from .delete_v1_enumeration_schedule_response_400 import (
        DeleteV1EnumerationScheduleResponse400,
    )
    from .delete_v1_enumeration_schedule_response_401 import (
        DeleteV1EnumerationScheduleResponse401,
    )
    from .delete_v1_enumeration_schedule_response_500 import (
        DeleteV1EnumerationScheduleResponse500,
    )
    from .delete_v1_enumeration_schedule_response_default import (
        DeleteV1EnumerationScheduleResponseDefault,
    )
    from .delete_v1_scans_body import DeleteV1ScansBody
    from .delete_v1_scans_config_config_id_response_200 import (
        DeleteV1ScansConfigConfigIdResponse200,
    )
    from .delete_v1_scans_config_config_id_response_400 import (
        DeleteV1ScansConfigConfigIdResponse400,
    )
    from .delete_v1_scans_config_config_id_response_401 import (
        DeleteV1ScansConfigConfigIdResponse401,
    )
    from .delete_v1_scans_config_config_id_response_403 import (
        DeleteV1ScansConfigConfigIdResponse403,
    )
    from .delete_v1_scans_config_config_id_response_500 import (
        DeleteV1ScansConfigConfigIdResponse500,
    )
    from .delete_v1_scans_config_config_id_response_default import (
        DeleteV1ScansConfigConfigIdResponseDefault,
    )
    from .delete_v1_scans_config_severity_body import DeleteV1ScansConfigSeverityBody
    from .delete_v1_scans_config_severity_response_200 import (
        DeleteV1ScansConfigSeverityResponse200,
    )
    from .delete_v1_scans_config_severity_response_400 import (
        DeleteV1ScansConfigSeverityResponse400,
    )
    from .delete_v1_scans_config_severity_response_401 import (
        DeleteV1ScansConfigSeverityResponse401,
    )
    from .delete_v1_scans_config_severity_response_404 import (
        DeleteV1ScansConfigSeverityResponse404,
    )
    from .delete_v1_scans_config_severity_response_500 import (
        DeleteV1ScansConfigSeverityResponse500,
    )
    from .delete_v1_scans_config_severity_response_default import (
        DeleteV1ScansConfigSeverityResponseDefault,
    )
    from .delete_v1_scans_response_200 import DeleteV1ScansResponse200
    from .delete_v1_scans_response_400 import DeleteV1ScansResponse400
    from .delete_v1_scans_response_401 import DeleteV1ScansResponse401
    from .delete_v1_scans_response_500 import DeleteV1ScansResponse500
    from .delete_v1_scans_response_default import DeleteV1ScansResponseDefault
    from .delete_v1_scans_scan_id_response_200 import DeleteV1ScansScanIdResponse200
    from .delete_v1_scans_scan_id_response_400 import DeleteV1ScansScanIdResponse400
    from .delete_v1_scans_scan_id_response_401 import DeleteV1ScansScanIdResponse401
    from .delete_v1_scans_scan_id_response_500 import DeleteV1ScansScanIdResponse500
    from .delete_v1_scans_scan_id_response_default import (
        DeleteV1ScansScanIdResponseDefault,
    )
    from .delete_v1_scans_schedule_response_200 import DeleteV1ScansScheduleResponse200
    from .delete_v1_scans_schedule_response_400 import DeleteV1ScansScheduleResponse400
    from .delete_v1_scans_schedule_response_401 import DeleteV1ScansScheduleResponse401
    from .delete_v1_scans_schedule_response_500 import DeleteV1ScansScheduleResponse500
    from .delete_v1_scans_schedule_response_default import (
        DeleteV1ScansScheduleResponseDefault,
    )
    from .delete_v1_scans_vulns_body import DeleteV1ScansVulnsBody
    from .delete_v1_scans_vulns_response_200 import DeleteV1ScansVulnsResponse200
    from .delete_v1_scans_vulns_response_400 import DeleteV1ScansVulnsResponse400
    from .delete_v1_scans_vulns_response_401 import DeleteV1ScansVulnsResponse401
    from .delete_v1_scans_vulns_response_500 import DeleteV1ScansVulnsResponse500
    from .delete_v1_scans_vulns_response_default import (
        DeleteV1ScansVulnsResponseDefault,
    )
    from .delete_v1_template_share_template_id_response_200 import (
        DeleteV1TemplateShareTemplateIdResponse200,
    )
    from .delete_v1_template_share_template_id_response_400 import (
        DeleteV1TemplateShareTemplateIdResponse400,
    )
    from .delete_v1_template_share_template_id_response_401 import (
        DeleteV1TemplateShareTemplateIdResponse401,
    )
    from .delete_v1_template_share_template_id_response_500 import (
        DeleteV1TemplateShareTemplateIdResponse500,
    )
    from .delete_v1_template_share_template_id_response_default import (
        DeleteV1TemplateShareTemplateIdResponseDefault,
    )
    from .delete_v1_template_template_id_response_200 import (
        DeleteV1TemplateTemplateIdResponse200,
    )
    from .delete_v1_template_template_id_response_400 import (
        DeleteV1TemplateTemplateIdResponse400,
    )
    from .delete_v1_template_template_id_response_401 import (
        DeleteV1TemplateTemplateIdResponse401,
    )
    from .delete_v1_template_template_id_response_500 import (
        DeleteV1TemplateTemplateIdResponse500,
    )
    from .delete_v1_template_template_id_response_default import (
        DeleteV1TemplateTemplateIdResponseDefault,
    )
    from .delete_v1_user_apikey_response_200 import DeleteV1UserApikeyResponse200
    from .delete_v1_user_apikey_response_400 import DeleteV1UserApikeyResponse400
    from .delete_v1_user_apikey_response_401 import DeleteV1UserApikeyResponse401
    from .delete_v1_user_apikey_response_404 import DeleteV1UserApikeyResponse404
    from .delete_v1_user_apikey_response_500 import DeleteV1UserApikeyResponse500
    from .delete_v1_user_apikey_response_default import (
        DeleteV1UserApikeyResponseDefault,
    )
    from .delete_v1_user_team_body import DeleteV1UserTeamBody
    from .delete_v1_user_team_default_members_body import (
        DeleteV1UserTeamDefaultMembersBody,
    )
    from .delete_v1_user_team_default_members_response_200 import (
        DeleteV1UserTeamDefaultMembersResponse200,
    )
    from .delete_v1_user_team_default_members_response_400 import (
        DeleteV1UserTeamDefaultMembersResponse400,
    )
    from .delete_v1_user_team_default_members_response_401 import (
        DeleteV1UserTeamDefaultMembersResponse401,
    )
    from .delete_v1_user_team_default_members_response_403 import (
        DeleteV1UserTeamDefaultMembersResponse403,
    )
    from .delete_v1_user_team_default_members_response_500 import (
        DeleteV1UserTeamDefaultMembersResponse500,
    )
    from .delete_v1_user_team_default_members_response_default import (
        DeleteV1UserTeamDefaultMembersResponseDefault,
    )
    from .delete_v1_user_team_member_body import DeleteV1UserTeamMemberBody
    from .delete_v1_user_team_member_response_200 import (
        DeleteV1UserTeamMemberResponse200,
    )
    from .delete_v1_user_team_member_response_400 import (
        DeleteV1UserTeamMemberResponse400,
    )
    from .delete_v1_user_team_member_response_401 import (
        DeleteV1UserTeamMemberResponse401,
    )
    from .delete_v1_user_team_member_response_403 import (
        DeleteV1UserTeamMemberResponse403,
    )
    from .delete_v1_user_team_member_response_500 import (
        DeleteV1UserTeamMemberResponse500,
    )
    from .delete_v1_user_team_member_response_default import (
        DeleteV1UserTeamMemberResponseDefault,
    )
    from .delete_v1_user_team_response_400 import DeleteV1UserTeamResponse400
    from .delete_v1_user_team_response_403 import DeleteV1UserTeamResponse403
    from .delete_v1_user_team_response_500 import DeleteV1UserTeamResponse500
    from .delete_v1_user_team_response_default import DeleteV1UserTeamResponseDefault
    from .devices_count import DevicesCount
    from .domain_search_item import DomainSearchItem
    from .domain_search_item_type import DomainSearchItemType
    from .domain_verification_request import DomainVerificationRequest
    from .domain_verification_request_status import DomainVerificationRequestStatus
    from .domain_verification_type import DomainVerificationType
    from .early_template_list_item import EarlyTemplateListItem
    from .employees_count import EmployeesCount
    from .enum_export_formats import EnumExportFormats
    from .enumerate_data import EnumerateData
    from .enumerate_data_agent_behavior import EnumerateDataAgentBehavior
    from .enumerate_filter_types import EnumerateFilterTypes
    from .enumerate_filters_item import EnumerateFiltersItem
    from .enumeration_config import EnumerationConfig
    from .enumeration_config_steps_item import EnumerationConfigStepsItem
    from .enumeration_content import EnumerationContent
    from .enumeration_content_asn import EnumerationContentAsn
    from .enumeration_content_extended_metadata import (
        EnumerationContentExtendedMetadata,
    )
    from .enumeration_content_technology_details import (
        EnumerationContentTechnologyDetails,
    )
    from .enumeration_content_technology_details_map import (
        EnumerationContentTechnologyDetailsMap,
    )
    from .enumeration_counts import EnumerationCounts
    from .enumeration_domain_list_item import EnumerationDomainListItem
    from .enumeration_history_data_response import EnumerationHistoryDataResponse
    from .enumeration_id_types import EnumerationIDTypes
    from .enumeration_id_types_detail import EnumerationIDTypesDetail
    from .enumeration_id_types_detail_types_item import (
        EnumerationIDTypesDetailTypesItem,
    )
    from .enumeration_ids import EnumerationIds
    from .enumeration_launch_config import EnumerationLaunchConfig
    from .enumeration_schedule import EnumerationSchedule
    from .enumeration_source_value import EnumerationSourceValue
    from .enumeration_source_value_metadata import EnumerationSourceValueMetadata
    from .enumeration_stats import EnumerationStats
    from .error_response import ErrorResponse
    from .error_response_400 import ErrorResponse400
    from .error_response_401 import ErrorResponse401
    from .error_response_500 import ErrorResponse500
    from .exclude_config_request_type import ExcludeConfigRequestType
    from .excluded_templates_and_targets import ExcludedTemplatesAndTargets
    from .export_list_item import ExportListItem
    from .exposure_stats import ExposureStats
    from .exposures_time_series import ExposuresTimeSeries
    from .facets import Facets
    from .facets_buckets_type_0 import FacetsBucketsType0
    from .facets_buckets_type_1_item import FacetsBucketsType1Item
    from .failed_template_file_metadata_update import FailedTemplateFileMetadataUpdate
    from .filter_item import FilterItem
    from .get_automation_item import GetAutomationItem
    from .get_automations_list_item import GetAutomationsListItem
    from .get_enumerate_export_response_201 import GetEnumerateExportResponse201
    from .get_enumerate_export_response_400 import GetEnumerateExportResponse400
    from .get_enumerate_export_response_401 import GetEnumerateExportResponse401
    from .get_enumerate_export_response_500 import GetEnumerateExportResponse500
    from .get_enumerate_export_response_default import GetEnumerateExportResponseDefault
    from .get_enumerate_id_export_response_201 import GetEnumerateIdExportResponse201
    from .get_enumerate_id_export_response_400 import GetEnumerateIdExportResponse400
    from .get_enumerate_id_export_response_401 import GetEnumerateIdExportResponse401
    from .get_enumerate_id_export_response_500 import GetEnumerateIdExportResponse500
    from .get_enumerate_id_export_response_default import (
        GetEnumerateIdExportResponseDefault,
    )
    from .get_scans_config_exclude_response_200 import GetScansConfigExcludeResponse200
    from .get_scans_config_exclude_response_400 import GetScansConfigExcludeResponse400
    from .get_scans_config_exclude_response_401 import GetScansConfigExcludeResponse401
    from .get_scans_config_exclude_response_500 import GetScansConfigExcludeResponse500
    from .get_scans_config_exclude_response_default import (
        GetScansConfigExcludeResponseDefault,
    )
    from .get_scans_id_config_response_400 import GetScansIdConfigResponse400
    from .get_scans_id_config_response_401 import GetScansIdConfigResponse401
    from .get_scans_id_config_response_500 import GetScansIdConfigResponse500
    from .get_scans_id_config_response_default import GetScansIdConfigResponseDefault
    from .get_scans_id_scan_log_export_response_200 import (
        GetScansIdScanLogExportResponse200,
    )
    from .get_scans_id_scan_log_export_response_201 import (
        GetScansIdScanLogExportResponse201,
    )
    from .get_scans_id_scan_log_export_response_400 import (
        GetScansIdScanLogExportResponse400,
    )
    from .get_scans_id_scan_log_export_response_401 import (
        GetScansIdScanLogExportResponse401,
    )
    from .get_scans_id_scan_log_export_response_500 import (
        GetScansIdScanLogExportResponse500,
    )
    from .get_scans_id_scan_log_export_response_default import (
        GetScansIdScanLogExportResponseDefault,
    )
    from .get_scans_id_scan_log_export_severity import GetScansIdScanLogExportSeverity
    from .get_v1_agents_agent_id_response_401 import GetV1AgentsAgentIdResponse401
    from .get_v1_agents_agent_id_response_404 import GetV1AgentsAgentIdResponse404
    from .get_v1_agents_agent_id_response_default import (
        GetV1AgentsAgentIdResponseDefault,
    )
    from .get_v1_asset_asset_id_changelogs_response_200 import (
        GetV1AssetAssetIdChangelogsResponse200,
    )
    from .get_v1_asset_asset_id_changelogs_response_400 import (
        GetV1AssetAssetIdChangelogsResponse400,
    )
    from .get_v1_asset_asset_id_changelogs_response_401 import (
        GetV1AssetAssetIdChangelogsResponse401,
    )
    from .get_v1_asset_asset_id_changelogs_response_500 import (
        GetV1AssetAssetIdChangelogsResponse500,
    )
    from .get_v1_asset_asset_id_changelogs_response_default import (
        GetV1AssetAssetIdChangelogsResponseDefault,
    )
    from .get_v1_asset_asset_id_changelogs_time import GetV1AssetAssetIdChangelogsTime
    from .get_v1_asset_enumerate_contents_response_200 import (
        GetV1AssetEnumerateContentsResponse200,
    )
    from .get_v1_asset_enumerate_contents_response_400 import (
        GetV1AssetEnumerateContentsResponse400,
    )
    from .get_v1_asset_enumerate_contents_response_401 import (
        GetV1AssetEnumerateContentsResponse401,
    )
    from .get_v1_asset_enumerate_contents_response_403 import (
        GetV1AssetEnumerateContentsResponse403,
    )
    from .get_v1_asset_enumerate_contents_response_500 import (
        GetV1AssetEnumerateContentsResponse500,
    )
    from .get_v1_asset_enumerate_contents_response_default import (
        GetV1AssetEnumerateContentsResponseDefault,
    )
    from .get_v1_asset_enumerate_enum_id_domains_export_response_400 import (
        GetV1AssetEnumerateEnumIdDomainsExportResponse400,
    )
    from .get_v1_asset_enumerate_enum_id_domains_export_response_401 import (
        GetV1AssetEnumerateEnumIdDomainsExportResponse401,
    )
    from .get_v1_asset_enumerate_enum_id_domains_export_response_404 import (
        GetV1AssetEnumerateEnumIdDomainsExportResponse404,
    )
    from .get_v1_asset_enumerate_enum_id_domains_export_response_500 import (
        GetV1AssetEnumerateEnumIdDomainsExportResponse500,
    )
    from .get_v1_asset_enumerate_enum_id_domains_export_response_default import (
        GetV1AssetEnumerateEnumIdDomainsExportResponseDefault,
    )
    from .get_v1_asset_enumerate_enumerate_id_config_response_400 import (
        GetV1AssetEnumerateEnumerateIdConfigResponse400,
    )
    from .get_v1_asset_enumerate_enumerate_id_config_response_401 import (
        GetV1AssetEnumerateEnumerateIdConfigResponse401,
    )
    from .get_v1_asset_enumerate_enumerate_id_config_response_500 import (
        GetV1AssetEnumerateEnumerateIdConfigResponse500,
    )
    from .get_v1_asset_enumerate_enumerate_id_config_response_default import (
        GetV1AssetEnumerateEnumerateIdConfigResponseDefault,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_200 import (
        GetV1AssetEnumerateEnumerateIdContentsResponse200,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_400 import (
        GetV1AssetEnumerateEnumerateIdContentsResponse400,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_401 import (
        GetV1AssetEnumerateEnumerateIdContentsResponse401,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_403 import (
        GetV1AssetEnumerateEnumerateIdContentsResponse403,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_500 import (
        GetV1AssetEnumerateEnumerateIdContentsResponse500,
    )
    from .get_v1_asset_enumerate_enumerate_id_contents_response_default import (
        GetV1AssetEnumerateEnumerateIdContentsResponseDefault,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_200 import (
        GetV1AssetEnumerateEnumerateIdHistoryResponse200,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_400 import (
        GetV1AssetEnumerateEnumerateIdHistoryResponse400,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_401 import (
        GetV1AssetEnumerateEnumerateIdHistoryResponse401,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_403 import (
        GetV1AssetEnumerateEnumerateIdHistoryResponse403,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_500 import (
        GetV1AssetEnumerateEnumerateIdHistoryResponse500,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_response_default import (
        GetV1AssetEnumerateEnumerateIdHistoryResponseDefault,
    )
    from .get_v1_asset_enumerate_enumerate_id_history_time_range import (
        GetV1AssetEnumerateEnumerateIdHistoryTimeRange,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_200 import (
        GetV1AssetEnumerateEnumerateIdResponse200,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_400 import (
        GetV1AssetEnumerateEnumerateIdResponse400,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_401 import (
        GetV1AssetEnumerateEnumerateIdResponse401,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_403 import (
        GetV1AssetEnumerateEnumerateIdResponse403,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_499 import (
        GetV1AssetEnumerateEnumerateIdResponse499,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_500 import (
        GetV1AssetEnumerateEnumerateIdResponse500,
    )
    from .get_v1_asset_enumerate_enumerate_id_response_default import (
        GetV1AssetEnumerateEnumerateIdResponseDefault,
    )
    from .get_v1_asset_enumerate_misconfiguration_finding_type import (
        GetV1AssetEnumerateMisconfigurationFindingType,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_200 import (
        GetV1AssetEnumerateMisconfigurationResponse200,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_400 import (
        GetV1AssetEnumerateMisconfigurationResponse400,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_401 import (
        GetV1AssetEnumerateMisconfigurationResponse401,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_403 import (
        GetV1AssetEnumerateMisconfigurationResponse403,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_500 import (
        GetV1AssetEnumerateMisconfigurationResponse500,
    )
    from .get_v1_asset_enumerate_misconfiguration_response_default import (
        GetV1AssetEnumerateMisconfigurationResponseDefault,
    )
    from .get_v1_asset_enumerate_response_200 import GetV1AssetEnumerateResponse200
    from .get_v1_asset_enumerate_response_400 import GetV1AssetEnumerateResponse400
    from .get_v1_asset_enumerate_response_401 import GetV1AssetEnumerateResponse401
    from .get_v1_asset_enumerate_response_403 import GetV1AssetEnumerateResponse403
    from .get_v1_asset_enumerate_response_500 import GetV1AssetEnumerateResponse500
    from .get_v1_asset_enumerate_response_default import (
        GetV1AssetEnumerateResponseDefault,
    )
    from .get_v1_asset_enumerate_time import GetV1AssetEnumerateTime
    from .get_v1_asset_policy_policy_id_events_response_200 import (
        GetV1AssetPolicyPolicyIdEventsResponse200,
    )
    from .get_v1_asset_policy_policy_id_events_response_200_data import (
        GetV1AssetPolicyPolicyIdEventsResponse200Data,
    )
    from .get_v1_asset_policy_policy_id_events_response_400 import (
        GetV1AssetPolicyPolicyIdEventsResponse400,
    )
    from .get_v1_asset_policy_policy_id_events_response_401 import (
        GetV1AssetPolicyPolicyIdEventsResponse401,
    )
    from .get_v1_asset_policy_policy_id_events_response_404 import (
        GetV1AssetPolicyPolicyIdEventsResponse404,
    )
    from .get_v1_asset_policy_policy_id_events_response_500 import (
        GetV1AssetPolicyPolicyIdEventsResponse500,
    )
    from .get_v1_asset_policy_policy_id_events_response_default import (
        GetV1AssetPolicyPolicyIdEventsResponseDefault,
    )
    from .get_v1_asset_policy_policy_id_response_200 import (
        GetV1AssetPolicyPolicyIdResponse200,
    )
    from .get_v1_asset_policy_policy_id_response_400 import (
        GetV1AssetPolicyPolicyIdResponse400,
    )
    from .get_v1_asset_policy_policy_id_response_401 import (
        GetV1AssetPolicyPolicyIdResponse401,
    )
    from .get_v1_asset_policy_policy_id_response_404 import (
        GetV1AssetPolicyPolicyIdResponse404,
    )
    from .get_v1_asset_policy_policy_id_response_500 import (
        GetV1AssetPolicyPolicyIdResponse500,
    )
    from .get_v1_asset_policy_policy_id_response_default import (
        GetV1AssetPolicyPolicyIdResponseDefault,
    )
    from .get_v1_asset_policy_response_400 import GetV1AssetPolicyResponse400
    from .get_v1_asset_policy_response_401 import GetV1AssetPolicyResponse401
    from .get_v1_asset_policy_response_404 import GetV1AssetPolicyResponse404
    from .get_v1_asset_policy_response_500 import GetV1AssetPolicyResponse500
    from .get_v1_asset_policy_response_default import GetV1AssetPolicyResponseDefault
    from .get_v1_asset_policy_suggestion_response_400 import (
        GetV1AssetPolicySuggestionResponse400,
    )
    from .get_v1_asset_policy_suggestion_response_401 import (
        GetV1AssetPolicySuggestionResponse401,
    )
    from .get_v1_asset_policy_suggestion_response_404 import (
        GetV1AssetPolicySuggestionResponse404,
    )
    from .get_v1_asset_policy_suggestion_response_500 import (
        GetV1AssetPolicySuggestionResponse500,
    )
    from .get_v1_asset_policy_suggestion_response_default import (
        GetV1AssetPolicySuggestionResponseDefault,
    )
    from .get_v1_audit_log_response_200 import GetV1AuditLogResponse200
    from .get_v1_audit_log_response_400 import GetV1AuditLogResponse400
    from .get_v1_audit_log_response_401 import GetV1AuditLogResponse401
    from .get_v1_audit_log_response_500 import GetV1AuditLogResponse500
    from .get_v1_audit_log_source import GetV1AuditLogSource
    from .get_v1_audit_log_time_range import GetV1AuditLogTimeRange
    from .get_v1_early_templates_id_response_200 import GetV1EarlyTemplatesIdResponse200
    from .get_v1_early_templates_id_response_400 import GetV1EarlyTemplatesIdResponse400
    from .get_v1_early_templates_id_response_403 import GetV1EarlyTemplatesIdResponse403
    from .get_v1_early_templates_id_response_404 import GetV1EarlyTemplatesIdResponse404
    from .get_v1_early_templates_id_response_500 import GetV1EarlyTemplatesIdResponse500
    from .get_v1_early_templates_id_response_default import (
        GetV1EarlyTemplatesIdResponseDefault,
    )
    from .get_v1_early_templates_response_200 import GetV1EarlyTemplatesResponse200
    from .get_v1_early_templates_response_400 import GetV1EarlyTemplatesResponse400
    from .get_v1_early_templates_response_403 import GetV1EarlyTemplatesResponse403
    from .get_v1_early_templates_response_500 import GetV1EarlyTemplatesResponse500
    from .get_v1_early_templates_response_default import (
        GetV1EarlyTemplatesResponseDefault,
    )
    from .get_v1_enumeration_schedule_response_200 import (
        GetV1EnumerationScheduleResponse200,
    )
    from .get_v1_enumeration_schedule_response_400 import (
        GetV1EnumerationScheduleResponse400,
    )
    from .get_v1_enumeration_schedule_response_401 import (
        GetV1EnumerationScheduleResponse401,
    )
    from .get_v1_enumeration_schedule_response_500 import (
        GetV1EnumerationScheduleResponse500,
    )
    from .get_v1_enumeration_schedule_response_default import (
        GetV1EnumerationScheduleResponseDefault,
    )
    from .get_v1_leaks_group_by import GetV1LeaksGroupBy
    from .get_v1_leaks_response_200 import GetV1LeaksResponse200
    from .get_v1_leaks_response_200_data_item import GetV1LeaksResponse200DataItem
    from .get_v1_leaks_response_200_group_summary_item import (
        GetV1LeaksResponse200GroupSummaryItem,
    )
    from .get_v1_leaks_response_200_summary import GetV1LeaksResponse200Summary
    from .get_v1_leaks_response_400 import GetV1LeaksResponse400
    from .get_v1_leaks_response_401 import GetV1LeaksResponse401
    from .get_v1_leaks_response_403 import GetV1LeaksResponse403
    from .get_v1_leaks_response_404 import GetV1LeaksResponse404
    from .get_v1_leaks_response_500 import GetV1LeaksResponse500
    from .get_v1_leaks_response_default import GetV1LeaksResponseDefault
    from .get_v1_leaks_sort_by import GetV1LeaksSortBy
    from .get_v1_leaks_sort_order import GetV1LeaksSortOrder
    from .get_v1_leaks_stats_domain_response_200 import GetV1LeaksStatsDomainResponse200
    from .get_v1_leaks_stats_domain_response_400 import GetV1LeaksStatsDomainResponse400
    from .get_v1_leaks_stats_domain_response_401 import GetV1LeaksStatsDomainResponse401
    from .get_v1_leaks_stats_domain_response_403 import GetV1LeaksStatsDomainResponse403
    from .get_v1_leaks_stats_domain_response_404 import GetV1LeaksStatsDomainResponse404
    from .get_v1_leaks_stats_domain_response_500 import GetV1LeaksStatsDomainResponse500
    from .get_v1_leaks_stats_domain_response_default import (
        GetV1LeaksStatsDomainResponseDefault,
    )
    from .get_v1_leaks_stats_email_response_200 import GetV1LeaksStatsEmailResponse200
    from .get_v1_leaks_stats_email_response_400 import GetV1LeaksStatsEmailResponse400
    from .get_v1_leaks_stats_email_response_401 import GetV1LeaksStatsEmailResponse401
    from .get_v1_leaks_stats_email_response_403 import GetV1LeaksStatsEmailResponse403
    from .get_v1_leaks_stats_email_response_404 import GetV1LeaksStatsEmailResponse404
    from .get_v1_leaks_stats_email_response_500 import GetV1LeaksStatsEmailResponse500
    from .get_v1_leaks_stats_email_response_default import (
        GetV1LeaksStatsEmailResponseDefault,
    )
    from .get_v1_leaks_status import GetV1LeaksStatus
    from .get_v1_leaks_time_range import GetV1LeaksTimeRange
    from .get_v1_leaks_type import GetV1LeaksType
    from .get_v1_public_template_data_response_200 import (
        GetV1PublicTemplateDataResponse200,
    )
    from .get_v1_public_template_data_response_400 import (
        GetV1PublicTemplateDataResponse400,
    )
    from .get_v1_public_template_data_response_500 import (
        GetV1PublicTemplateDataResponse500,
    )
    from .get_v1_public_template_data_response_default import (
        GetV1PublicTemplateDataResponseDefault,
    )
    from .get_v1_results_response_200 import GetV1ResultsResponse200
    from .get_v1_results_response_200_filters import GetV1ResultsResponse200Filters
    from .get_v1_results_response_200_stats import GetV1ResultsResponse200Stats
    from .get_v1_results_response_400 import GetV1ResultsResponse400
    from .get_v1_results_response_401 import GetV1ResultsResponse401
    from .get_v1_results_response_499 import GetV1ResultsResponse499
    from .get_v1_results_response_500 import GetV1ResultsResponse500
    from .get_v1_results_response_default import GetV1ResultsResponseDefault
    from .get_v1_retest_vuln_id_response_200 import GetV1RetestVulnIdResponse200
    from .get_v1_retest_vuln_id_response_400 import GetV1RetestVulnIdResponse400
    from .get_v1_retest_vuln_id_response_401 import GetV1RetestVulnIdResponse401
    from .get_v1_retest_vuln_id_response_500 import GetV1RetestVulnIdResponse500
    from .get_v1_retest_vuln_id_response_default import GetV1RetestVulnIdResponseDefault
    from .get_v1_scans_config_config_id_response_400 import (
        GetV1ScansConfigConfigIdResponse400,
    )
    from .get_v1_scans_config_config_id_response_401 import (
        GetV1ScansConfigConfigIdResponse401,
    )
    from .get_v1_scans_config_config_id_response_403 import (
        GetV1ScansConfigConfigIdResponse403,
    )
    from .get_v1_scans_config_config_id_response_500 import (
        GetV1ScansConfigConfigIdResponse500,
    )
    from .get_v1_scans_config_config_id_response_default import (
        GetV1ScansConfigConfigIdResponseDefault,
    )
    from .get_v1_scans_config_response_400 import GetV1ScansConfigResponse400
    from .get_v1_scans_config_response_401 import GetV1ScansConfigResponse401
    from .get_v1_scans_config_response_403 import GetV1ScansConfigResponse403
    from .get_v1_scans_config_response_500 import GetV1ScansConfigResponse500
    from .get_v1_scans_config_response_default import GetV1ScansConfigResponseDefault
    from .get_v1_scans_config_severity_response_200 import (
        GetV1ScansConfigSeverityResponse200,
    )
    from .get_v1_scans_config_severity_response_400 import (
        GetV1ScansConfigSeverityResponse400,
    )
    from .get_v1_scans_config_severity_response_401 import (
        GetV1ScansConfigSeverityResponse401,
    )
    from .get_v1_scans_config_severity_response_404 import (
        GetV1ScansConfigSeverityResponse404,
    )
    from .get_v1_scans_config_severity_response_500 import (
        GetV1ScansConfigSeverityResponse500,
    )
    from .get_v1_scans_config_severity_response_default import (
        GetV1ScansConfigSeverityResponseDefault,
    )
    from .get_v1_scans_config_type import GetV1ScansConfigType
    from .get_v1_scans_history_response_200 import GetV1ScansHistoryResponse200
    from .get_v1_scans_history_response_400 import GetV1ScansHistoryResponse400
    from .get_v1_scans_history_response_401 import GetV1ScansHistoryResponse401
    from .get_v1_scans_history_response_500 import GetV1ScansHistoryResponse500
    from .get_v1_scans_history_response_default import GetV1ScansHistoryResponseDefault
    from .get_v1_scans_history_time_range import GetV1ScansHistoryTimeRange
    from .get_v1_scans_response_200 import GetV1ScansResponse200
    from .get_v1_scans_response_400 import GetV1ScansResponse400
    from .get_v1_scans_response_401 import GetV1ScansResponse401
    from .get_v1_scans_response_499 import GetV1ScansResponse499
    from .get_v1_scans_response_500 import GetV1ScansResponse500
    from .get_v1_scans_response_default import GetV1ScansResponseDefault
    from .get_v1_scans_scan_id_assets_export_response_400 import (
        GetV1ScansScanIdAssetsExportResponse400,
    )
    from .get_v1_scans_scan_id_assets_export_response_401 import (
        GetV1ScansScanIdAssetsExportResponse401,
    )
    from .get_v1_scans_scan_id_assets_export_response_404 import (
        GetV1ScansScanIdAssetsExportResponse404,
    )
    from .get_v1_scans_scan_id_assets_export_response_500 import (
        GetV1ScansScanIdAssetsExportResponse500,
    )
    from .get_v1_scans_scan_id_assets_export_response_default import (
        GetV1ScansScanIdAssetsExportResponseDefault,
    )
    from .get_v1_scans_scan_id_export_response_201 import (
        GetV1ScansScanIdExportResponse201,
    )
    from .get_v1_scans_scan_id_export_response_401 import (
        GetV1ScansScanIdExportResponse401,
    )
    from .get_v1_scans_scan_id_export_response_403 import (
        GetV1ScansScanIdExportResponse403,
    )
    from .get_v1_scans_scan_id_export_response_500 import (
        GetV1ScansScanIdExportResponse500,
    )
    from .get_v1_scans_scan_id_export_response_default import (
        GetV1ScansScanIdExportResponseDefault,
    )
    from .get_v1_scans_scan_id_export_type import GetV1ScansScanIdExportType
    from .get_v1_scans_scan_id_history_response_200 import (
        GetV1ScansScanIdHistoryResponse200,
    )
    from .get_v1_scans_scan_id_history_response_400 import (
        GetV1ScansScanIdHistoryResponse400,
    )
    from .get_v1_scans_scan_id_history_response_401 import (
        GetV1ScansScanIdHistoryResponse401,
    )
    from .get_v1_scans_scan_id_history_response_500 import (
        GetV1ScansScanIdHistoryResponse500,
    )
    from .get_v1_scans_scan_id_history_response_default import (
        GetV1ScansScanIdHistoryResponseDefault,
    )
    from .get_v1_scans_scan_id_history_time_range import (
        GetV1ScansScanIdHistoryTimeRange,
    )
    from .get_v1_scans_scan_id_response_400 import GetV1ScansScanIdResponse400
    from .get_v1_scans_scan_id_response_401 import GetV1ScansScanIdResponse401
    from .get_v1_scans_scan_id_response_404 import GetV1ScansScanIdResponse404
    from .get_v1_scans_scan_id_response_499 import GetV1ScansScanIdResponse499
    from .get_v1_scans_scan_id_response_500 import GetV1ScansScanIdResponse500
    from .get_v1_scans_scan_id_response_default import GetV1ScansScanIdResponseDefault
    from .get_v1_scans_scan_ips_response_200 import GetV1ScansScanIpsResponse200
    from .get_v1_scans_scan_ips_response_200_ips_item import (
        GetV1ScansScanIpsResponse200IpsItem,
    )
    from .get_v1_scans_scan_ips_response_400 import GetV1ScansScanIpsResponse400
    from .get_v1_scans_scan_ips_response_401 import GetV1ScansScanIpsResponse401
    from .get_v1_scans_scan_ips_response_403 import GetV1ScansScanIpsResponse403
    from .get_v1_scans_scan_ips_response_500 import GetV1ScansScanIpsResponse500
    from .get_v1_scans_scan_ips_response_default import GetV1ScansScanIpsResponseDefault
    from .get_v1_scans_schedule_response_200 import GetV1ScansScheduleResponse200
    from .get_v1_scans_schedule_response_400 import GetV1ScansScheduleResponse400
    from .get_v1_scans_schedule_response_401 import GetV1ScansScheduleResponse401
    from .get_v1_scans_schedule_response_500 import GetV1ScansScheduleResponse500
    from .get_v1_scans_schedule_response_default import (
        GetV1ScansScheduleResponseDefault,
    )
    from .get_v1_scans_vuln_changelogs_response_200 import (
        GetV1ScansVulnChangelogsResponse200,
    )
    from .get_v1_scans_vuln_changelogs_response_400 import (
        GetV1ScansVulnChangelogsResponse400,
    )
    from .get_v1_scans_vuln_changelogs_response_401 import (
        GetV1ScansVulnChangelogsResponse401,
    )
    from .get_v1_scans_vuln_changelogs_response_499 import (
        GetV1ScansVulnChangelogsResponse499,
    )
    from .get_v1_scans_vuln_changelogs_response_500 import (
        GetV1ScansVulnChangelogsResponse500,
    )
    from .get_v1_scans_vuln_changelogs_response_default import (
        GetV1ScansVulnChangelogsResponseDefault,
    )
    from .get_v1_scans_vuln_changelogs_time import GetV1ScansVulnChangelogsTime
    from .get_v1_scans_vuln_vuln_id_changelogs_response_200 import (
        GetV1ScansVulnVulnIdChangelogsResponse200,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_response_400 import (
        GetV1ScansVulnVulnIdChangelogsResponse400,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_response_401 import (
        GetV1ScansVulnVulnIdChangelogsResponse401,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_response_499 import (
        GetV1ScansVulnVulnIdChangelogsResponse499,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_response_500 import (
        GetV1ScansVulnVulnIdChangelogsResponse500,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_response_default import (
        GetV1ScansVulnVulnIdChangelogsResponseDefault,
    )
    from .get_v1_scans_vuln_vuln_id_changelogs_time import (
        GetV1ScansVulnVulnIdChangelogsTime,
    )
    from .get_v1_scans_vuln_vuln_id_export_response_401 import (
        GetV1ScansVulnVulnIdExportResponse401,
    )
    from .get_v1_scans_vuln_vuln_id_export_response_403 import (
        GetV1ScansVulnVulnIdExportResponse403,
    )
    from .get_v1_scans_vuln_vuln_id_export_response_500 import (
        GetV1ScansVulnVulnIdExportResponse500,
    )
    from .get_v1_scans_vuln_vuln_id_export_response_default import (
        GetV1ScansVulnVulnIdExportResponseDefault,
    )
    from .get_v1_scans_vuln_vuln_id_export_type import GetV1ScansVulnVulnIdExportType
    from .get_v1_scans_vuln_vuln_id_response_400 import GetV1ScansVulnVulnIdResponse400
    from .get_v1_scans_vuln_vuln_id_response_401 import GetV1ScansVulnVulnIdResponse401
    from .get_v1_scans_vuln_vuln_id_response_500 import GetV1ScansVulnVulnIdResponse500
    from .get_v1_scans_vuln_vuln_id_response_default import (
        GetV1ScansVulnVulnIdResponseDefault,
    )
    from .get_v1_team_audit_log_search_response_200 import (
        GetV1TeamAuditLogSearchResponse200,
    )
    from .get_v1_team_audit_log_search_response_400 import (
        GetV1TeamAuditLogSearchResponse400,
    )
    from .get_v1_team_audit_log_search_response_401 import (
        GetV1TeamAuditLogSearchResponse401,
    )
    from .get_v1_team_audit_log_search_response_500 import (
        GetV1TeamAuditLogSearchResponse500,
    )
    from .get_v1_template_public_response_200 import GetV1TemplatePublicResponse200
    from .get_v1_template_public_response_400 import GetV1TemplatePublicResponse400
    from .get_v1_template_public_response_500 import GetV1TemplatePublicResponse500
    from .get_v1_template_public_response_default import (
        GetV1TemplatePublicResponseDefault,
    )
    from .get_v1_template_share_response_200 import GetV1TemplateShareResponse200
    from .get_v1_template_share_response_400 import GetV1TemplateShareResponse400
    from .get_v1_template_share_response_401 import GetV1TemplateShareResponse401
    from .get_v1_template_share_response_404 import GetV1TemplateShareResponse404
    from .get_v1_template_share_response_500 import GetV1TemplateShareResponse500
    from .get_v1_template_share_response_default import (
        GetV1TemplateShareResponseDefault,
    )
    from .get_v1_template_share_template_id_response_200 import (
        GetV1TemplateShareTemplateIdResponse200,
    )
    from .get_v1_template_share_template_id_response_400 import (
        GetV1TemplateShareTemplateIdResponse400,
    )
    from .get_v1_template_share_template_id_response_401 import (
        GetV1TemplateShareTemplateIdResponse401,
    )
    from .get_v1_template_share_template_id_response_404 import (
        GetV1TemplateShareTemplateIdResponse404,
    )
    from .get_v1_template_share_template_id_response_500 import (
        GetV1TemplateShareTemplateIdResponse500,
    )
    from .get_v1_template_share_template_id_response_default import (
        GetV1TemplateShareTemplateIdResponseDefault,
    )
    from .get_v1_template_t_id_response_200 import GetV1TemplateTIdResponse200
    from .get_v1_template_t_id_response_400 import GetV1TemplateTIdResponse400
    from .get_v1_template_t_id_response_401 import GetV1TemplateTIdResponse401
    from .get_v1_template_t_id_response_404 import GetV1TemplateTIdResponse404
    from .get_v1_template_t_id_response_500 import GetV1TemplateTIdResponse500
    from .get_v1_template_t_id_response_default import GetV1TemplateTIdResponseDefault
    from .get_v1_templates_response_200 import GetV1TemplatesResponse200
    from .get_v1_templates_response_401 import GetV1TemplatesResponse401
    from .get_v1_templates_response_500 import GetV1TemplatesResponse500
    from .get_v1_templates_response_default import GetV1TemplatesResponseDefault
    from .get_v1_user_apikey_response_200 import GetV1UserApikeyResponse200
    from .get_v1_user_apikey_response_400 import GetV1UserApikeyResponse400
    from .get_v1_user_apikey_response_401 import GetV1UserApikeyResponse401
    from .get_v1_user_apikey_response_404 import GetV1UserApikeyResponse404
    from .get_v1_user_apikey_response_500 import GetV1UserApikeyResponse500
    from .get_v1_user_apikey_response_default import GetV1UserApikeyResponseDefault
    from .get_v1_user_response_401 import GetV1UserResponse401
    from .get_v1_user_response_default import GetV1UserResponseDefault
    from .get_v1_user_team_default_members_response_200 import (
        GetV1UserTeamDefaultMembersResponse200,
    )
    from .get_v1_user_team_default_members_response_200_members_item import (
        GetV1UserTeamDefaultMembersResponse200MembersItem,
    )
    from .get_v1_user_team_default_members_response_401 import (
        GetV1UserTeamDefaultMembersResponse401,
    )
    from .get_v1_user_team_default_members_response_403 import (
        GetV1UserTeamDefaultMembersResponse403,
    )
    from .get_v1_user_team_default_members_response_500 import (
        GetV1UserTeamDefaultMembersResponse500,
    )
    from .get_v1_user_team_default_members_response_default import (
        GetV1UserTeamDefaultMembersResponseDefault,
    )
    from .get_v1_user_team_member_response_200 import GetV1UserTeamMemberResponse200
    from .get_v1_user_team_member_response_401 import GetV1UserTeamMemberResponse401
    from .get_v1_user_team_member_response_403 import GetV1UserTeamMemberResponse403
    from .get_v1_user_team_member_response_500 import GetV1UserTeamMemberResponse500
    from .get_v1_user_team_member_response_default import (
        GetV1UserTeamMemberResponseDefault,
    )
    from .get_v1_user_team_response_200 import GetV1UserTeamResponse200
    from .get_v1_user_team_response_401 import GetV1UserTeamResponse401
    from .get_v1_user_team_response_403 import GetV1UserTeamResponse403
    from .get_v1_user_team_response_500 import GetV1UserTeamResponse500
    from .get_v1_user_team_response_default import GetV1UserTeamResponseDefault
    from .get_v2_template_search_response_200 import GetV2TemplateSearchResponse200
    from .get_v2_template_search_response_400 import GetV2TemplateSearchResponse400
    from .get_v2_template_search_response_401 import GetV2TemplateSearchResponse401
    from .get_v2_template_search_response_500 import GetV2TemplateSearchResponse500
    from .get_v2_template_search_response_default import (
        GetV2TemplateSearchResponseDefault,
    )
    from .get_v2_template_search_scope import GetV2TemplateSearchScope
    from .get_v2_vulnerability_filters_response_200_item import (
        GetV2VulnerabilityFiltersResponse200Item,
    )
    from .get_v2_vulnerability_filters_response_400 import (
        GetV2VulnerabilityFiltersResponse400,
    )
    from .get_v2_vulnerability_filters_response_404 import (
        GetV2VulnerabilityFiltersResponse404,
    )
    from .get_v2_vulnerability_filters_response_500 import (
        GetV2VulnerabilityFiltersResponse500,
    )
    from .get_v2_vulnerability_filters_response_default import (
        GetV2VulnerabilityFiltersResponseDefault,
    )
    from .get_v2_vulnerability_search_response_200 import (
        GetV2VulnerabilitySearchResponse200,
    )
    from .get_v2_vulnerability_search_response_200_facets import (
        GetV2VulnerabilitySearchResponse200Facets,
    )
    from .get_v2_vulnerability_search_response_400 import (
        GetV2VulnerabilitySearchResponse400,
    )
    from .get_v2_vulnerability_search_response_401 import (
        GetV2VulnerabilitySearchResponse401,
    )
    from .get_v2_vulnerability_search_response_403 import (
        GetV2VulnerabilitySearchResponse403,
    )
    from .get_v2_vulnerability_search_response_404 import (
        GetV2VulnerabilitySearchResponse404,
    )
    from .get_v2_vulnerability_search_response_500 import (
        GetV2VulnerabilitySearchResponse500,
    )
    from .get_v2_vulnerability_search_response_default import (
        GetV2VulnerabilitySearchResponseDefault,
    )
    from .get_vulnerability_by_id_response_200 import GetVulnerabilityByIdResponse200
    from .get_vulnerability_by_id_response_400 import GetVulnerabilityByIdResponse400
    from .get_vulnerability_by_id_response_404 import GetVulnerabilityByIdResponse404
    from .get_vulnerability_by_id_response_500 import GetVulnerabilityByIdResponse500
    from .get_vulnerability_by_id_response_default import (
        GetVulnerabilityByIdResponseDefault,
    )
    from .get_vulnerability_timeline_event_type_item import (
        GetVulnerabilityTimelineEventTypeItem,
    )
    from .get_vulnerability_timeline_response_400 import (
        GetVulnerabilityTimelineResponse400,
    )
    from .get_vulnerability_timeline_response_404 import (
        GetVulnerabilityTimelineResponse404,
    )
    from .get_vulnerability_timeline_response_500 import (
        GetVulnerabilityTimelineResponse500,
    )
    from .get_vulnerability_timeline_response_default import (
        GetVulnerabilityTimelineResponseDefault,
    )
    from .get_vulns_history_response_400 import GetVulnsHistoryResponse400
    from .get_vulns_history_response_500 import GetVulnsHistoryResponse500
    from .get_vulns_history_response_default import GetVulnsHistoryResponseDefault
    from .github_template_list_item import GithubTemplateListItem
    from .h1_stats import H1Stats
    from .integration_list_items import IntegrationListItems
    from .invoice_item import InvoiceItem
    from .jira_field import JiraField
    from .jira_verify_content_item import JiraVerifyContentItem
    from .jira_verify_content_item_cloud_id import JiraVerifyContentItemCloudId
    from .jira_verify_content_item_issue_type import JiraVerifyContentItemIssueType
    from .kev_info import KevInfo
    from .leak_country_stats import LeakCountryStats
    from .leaks_entity import LeaksEntity
    from .leaks_entity_status import LeaksEntityStatus
    from .leaks_timeline import LeaksTimeline
    from .leaks_users_sample_data import LeaksUsersSampleData
    from .linear_verify_content_item import LinearVerifyContentItem
    from .linear_verify_content_item_open_state import LinearVerifyContentItemOpenState
    from .log_export_format import LogExportFormat
    from .misconfiguration_response import MisconfigurationResponse
    from .misconfiguration_response_event import MisconfigurationResponseEvent
    from .misconfiguration_response_finding_type import (
        MisconfigurationResponseFindingType,
    )
    from .misconfiguration_response_severity import MisconfigurationResponseSeverity
    from .misconfiguration_response_status import MisconfigurationResponseStatus
    from .nuclei_template import NucleiTemplate
    from .o_auth_metadata import OAuthMetadata
    from .o_auth_status import OAuthStatus
    from .open_vulnerability_score_metrics import OpenVulnerabilityScoreMetrics
    from .organization_full_info import OrganizationFullInfo
    from .organization_info import OrganizationInfo
    from .patch_scans_id_config_response_200 import PatchScansIdConfigResponse200
    from .patch_scans_id_config_response_400 import PatchScansIdConfigResponse400
    from .patch_scans_id_config_response_401 import PatchScansIdConfigResponse401
    from .patch_scans_id_config_response_500 import PatchScansIdConfigResponse500
    from .patch_scans_id_config_response_default import (
        PatchScansIdConfigResponseDefault,
    )
    from .patch_scans_id_config_update_type import PatchScansIdConfigUpdateType
    from .patch_template_file_metadata import PatchTemplateFileMetadata
    from .patch_v1_asset_enumerate_enumerate_id_body import (
        PatchV1AssetEnumerateEnumerateIdBody,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_response_200 import (
        PatchV1AssetEnumerateEnumerateIdConfigResponse200,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_response_400 import (
        PatchV1AssetEnumerateEnumerateIdConfigResponse400,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_response_401 import (
        PatchV1AssetEnumerateEnumerateIdConfigResponse401,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_response_500 import (
        PatchV1AssetEnumerateEnumerateIdConfigResponse500,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_response_default import (
        PatchV1AssetEnumerateEnumerateIdConfigResponseDefault,
    )
    from .patch_v1_asset_enumerate_enumerate_id_config_update_type import (
        PatchV1AssetEnumerateEnumerateIdConfigUpdateType,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_200 import (
        PatchV1AssetEnumerateEnumerateIdResponse200,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_400 import (
        PatchV1AssetEnumerateEnumerateIdResponse400,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_401 import (
        PatchV1AssetEnumerateEnumerateIdResponse401,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_403 import (
        PatchV1AssetEnumerateEnumerateIdResponse403,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_500 import (
        PatchV1AssetEnumerateEnumerateIdResponse500,
    )
    from .patch_v1_asset_enumerate_enumerate_id_response_default import (
        PatchV1AssetEnumerateEnumerateIdResponseDefault,
    )
    from .patch_v1_asset_enumerate_group_body import PatchV1AssetEnumerateGroupBody
    from .patch_v1_asset_enumerate_group_response_200 import (
        PatchV1AssetEnumerateGroupResponse200,
    )
    from .patch_v1_asset_enumerate_group_response_400 import (
        PatchV1AssetEnumerateGroupResponse400,
    )
    from .patch_v1_asset_enumerate_group_response_401 import (
        PatchV1AssetEnumerateGroupResponse401,
    )
    from .patch_v1_asset_enumerate_group_response_403 import (
        PatchV1AssetEnumerateGroupResponse403,
    )
    from .patch_v1_asset_enumerate_group_response_500 import (
        PatchV1AssetEnumerateGroupResponse500,
    )
    from .patch_v1_asset_enumerate_group_response_default import (
        PatchV1AssetEnumerateGroupResponseDefault,
    )
    from .patch_v1_asset_enumerate_group_update_type import (
        PatchV1AssetEnumerateGroupUpdateType,
    )
    from .patch_v1_asset_id_labels_body import PatchV1AssetIdLabelsBody
    from .patch_v1_asset_id_labels_response_200 import PatchV1AssetIdLabelsResponse200
    from .patch_v1_asset_id_labels_response_400 import PatchV1AssetIdLabelsResponse400
    from .patch_v1_asset_id_labels_response_401 import PatchV1AssetIdLabelsResponse401
    from .patch_v1_asset_id_labels_response_404 import PatchV1AssetIdLabelsResponse404
    from .patch_v1_asset_id_labels_response_500 import PatchV1AssetIdLabelsResponse500
    from .patch_v1_asset_id_labels_response_default import (
        PatchV1AssetIdLabelsResponseDefault,
    )
    from .patch_v1_asset_id_labels_update_type import PatchV1AssetIdLabelsUpdateType
    from .patch_v1_asset_labels_body import PatchV1AssetLabelsBody
    from .patch_v1_asset_labels_response_200 import PatchV1AssetLabelsResponse200
    from .patch_v1_asset_labels_response_400 import PatchV1AssetLabelsResponse400
    from .patch_v1_asset_labels_response_401 import PatchV1AssetLabelsResponse401
    from .patch_v1_asset_labels_response_404 import PatchV1AssetLabelsResponse404
    from .patch_v1_asset_labels_response_500 import PatchV1AssetLabelsResponse500
    from .patch_v1_asset_labels_response_default import (
        PatchV1AssetLabelsResponseDefault,
    )
    from .patch_v1_asset_labels_update_type import PatchV1AssetLabelsUpdateType
    from .patch_v1_asset_policy_policy_id_body import PatchV1AssetPolicyPolicyIdBody
    from .patch_v1_asset_policy_policy_id_response_200 import (
        PatchV1AssetPolicyPolicyIdResponse200,
    )
    from .patch_v1_asset_policy_policy_id_response_400 import (
        PatchV1AssetPolicyPolicyIdResponse400,
    )
    from .patch_v1_asset_policy_policy_id_response_401 import (
        PatchV1AssetPolicyPolicyIdResponse401,
    )
    from .patch_v1_asset_policy_policy_id_response_404 import (
        PatchV1AssetPolicyPolicyIdResponse404,
    )
    from .patch_v1_asset_policy_policy_id_response_500 import (
        PatchV1AssetPolicyPolicyIdResponse500,
    )
    from .patch_v1_asset_policy_policy_id_response_default import (
        PatchV1AssetPolicyPolicyIdResponseDefault,
    )
    from .patch_v1_asset_policy_policy_id_update_type import (
        PatchV1AssetPolicyPolicyIdUpdateType,
    )
    from .patch_v1_assets_asset_id_contents_response_400 import (
        PatchV1AssetsAssetIdContentsResponse400,
    )
    from .patch_v1_assets_asset_id_contents_response_401 import (
        PatchV1AssetsAssetIdContentsResponse401,
    )
    from .patch_v1_assets_asset_id_contents_response_404 import (
        PatchV1AssetsAssetIdContentsResponse404,
    )
    from .patch_v1_assets_asset_id_contents_response_default import (
        PatchV1AssetsAssetIdContentsResponseDefault,
    )
    from .patch_v1_scans_config_config_id_body import PatchV1ScansConfigConfigIdBody
    from .patch_v1_scans_config_config_id_response_200 import (
        PatchV1ScansConfigConfigIdResponse200,
    )
    from .patch_v1_scans_config_config_id_response_400 import (
        PatchV1ScansConfigConfigIdResponse400,
    )
    from .patch_v1_scans_config_config_id_response_401 import (
        PatchV1ScansConfigConfigIdResponse401,
    )
    from .patch_v1_scans_config_config_id_response_403 import (
        PatchV1ScansConfigConfigIdResponse403,
    )
    from .patch_v1_scans_config_config_id_response_500 import (
        PatchV1ScansConfigConfigIdResponse500,
    )
    from .patch_v1_scans_config_config_id_response_default import (
        PatchV1ScansConfigConfigIdResponseDefault,
    )
    from .patch_v1_scans_config_config_id_severity_body import (
        PatchV1ScansConfigConfigIdSeverityBody,
    )
    from .patch_v1_scans_config_config_id_severity_response_200 import (
        PatchV1ScansConfigConfigIdSeverityResponse200,
    )
    from .patch_v1_scans_config_config_id_severity_response_400 import (
        PatchV1ScansConfigConfigIdSeverityResponse400,
    )
    from .patch_v1_scans_config_config_id_severity_response_401 import (
        PatchV1ScansConfigConfigIdSeverityResponse401,
    )
    from .patch_v1_scans_config_config_id_severity_response_404 import (
        PatchV1ScansConfigConfigIdSeverityResponse404,
    )
    from .patch_v1_scans_config_config_id_severity_response_500 import (
        PatchV1ScansConfigConfigIdSeverityResponse500,
    )
    from .patch_v1_scans_config_config_id_severity_response_default import (
        PatchV1ScansConfigConfigIdSeverityResponseDefault,
    )
    from .patch_v1_scans_scan_id_body import PatchV1ScansScanIdBody
    from .patch_v1_scans_scan_id_import_response_200 import (
        PatchV1ScansScanIdImportResponse200,
    )
    from .patch_v1_scans_scan_id_import_response_401 import (
        PatchV1ScansScanIdImportResponse401,
    )
    from .patch_v1_scans_scan_id_import_response_403 import (
        PatchV1ScansScanIdImportResponse403,
    )
    from .patch_v1_scans_scan_id_import_response_500 import (
        PatchV1ScansScanIdImportResponse500,
    )
    from .patch_v1_scans_scan_id_import_response_default import (
        PatchV1ScansScanIdImportResponseDefault,
    )
    from .patch_v1_scans_scan_id_response_200 import PatchV1ScansScanIdResponse200
    from .patch_v1_scans_scan_id_response_400 import PatchV1ScansScanIdResponse400
    from .patch_v1_scans_scan_id_response_401 import PatchV1ScansScanIdResponse401
    from .patch_v1_scans_scan_id_response_500 import PatchV1ScansScanIdResponse500
    from .patch_v1_scans_scan_id_response_default import (
        PatchV1ScansScanIdResponseDefault,
    )
    from .patch_v1_scans_vulns_body import PatchV1ScansVulnsBody
    from .patch_v1_scans_vulns_labels_body import PatchV1ScansVulnsLabelsBody
    from .patch_v1_scans_vulns_labels_response_200 import (
        PatchV1ScansVulnsLabelsResponse200,
    )
    from .patch_v1_scans_vulns_labels_response_400 import (
        PatchV1ScansVulnsLabelsResponse400,
    )
    from .patch_v1_scans_vulns_labels_response_401 import (
        PatchV1ScansVulnsLabelsResponse401,
    )
    from .patch_v1_scans_vulns_labels_response_500 import (
        PatchV1ScansVulnsLabelsResponse500,
    )
    from .patch_v1_scans_vulns_labels_response_default import (
        PatchV1ScansVulnsLabelsResponseDefault,
    )
    from .patch_v1_scans_vulns_response_200 import PatchV1ScansVulnsResponse200
    from .patch_v1_scans_vulns_response_400 import PatchV1ScansVulnsResponse400
    from .patch_v1_scans_vulns_response_401 import PatchV1ScansVulnsResponse401
    from .patch_v1_scans_vulns_response_500 import PatchV1ScansVulnsResponse500
    from .patch_v1_scans_vulns_response_default import PatchV1ScansVulnsResponseDefault
    from .patch_v1_template_body import PatchV1TemplateBody
    from .patch_v1_template_response_200 import PatchV1TemplateResponse200
    from .patch_v1_template_response_400 import PatchV1TemplateResponse400
    from .patch_v1_template_response_401 import PatchV1TemplateResponse401
    from .patch_v1_template_response_500 import PatchV1TemplateResponse500
    from .patch_v1_template_response_default import PatchV1TemplateResponseDefault
    from .patch_v1_template_share_template_id_body import (
        PatchV1TemplateShareTemplateIdBody,
    )
    from .patch_v1_template_share_template_id_response_200 import (
        PatchV1TemplateShareTemplateIdResponse200,
    )
    from .patch_v1_template_share_template_id_response_400 import (
        PatchV1TemplateShareTemplateIdResponse400,
    )
    from .patch_v1_template_share_template_id_response_401 import (
        PatchV1TemplateShareTemplateIdResponse401,
    )
    from .patch_v1_template_share_template_id_response_500 import (
        PatchV1TemplateShareTemplateIdResponse500,
    )
    from .patch_v1_template_share_template_id_response_default import (
        PatchV1TemplateShareTemplateIdResponseDefault,
    )
    from .patch_v1_user_team_body import PatchV1UserTeamBody
    from .patch_v1_user_team_member_body import PatchV1UserTeamMemberBody
    from .patch_v1_user_team_member_response_200 import PatchV1UserTeamMemberResponse200
    from .patch_v1_user_team_member_response_400 import PatchV1UserTeamMemberResponse400
    from .patch_v1_user_team_member_response_401 import PatchV1UserTeamMemberResponse401
    from .patch_v1_user_team_member_response_403 import PatchV1UserTeamMemberResponse403
    from .patch_v1_user_team_member_response_500 import PatchV1UserTeamMemberResponse500
    from .patch_v1_user_team_member_response_default import (
        PatchV1UserTeamMemberResponseDefault,
    )
    from .patch_v1_user_team_response_200 import PatchV1UserTeamResponse200
    from .patch_v1_user_team_response_400 import PatchV1UserTeamResponse400
    from .patch_v1_user_team_response_401 import PatchV1UserTeamResponse401
    from .patch_v1_user_team_response_403 import PatchV1UserTeamResponse403
    from .patch_v1_user_team_response_500 import PatchV1UserTeamResponse500
    from .patch_v1_user_team_response_default import PatchV1UserTeamResponseDefault
    from .plan_default_limit import PlanDefaultLimit
    from .plan_default_limit_plan import PlanDefaultLimitPlan
    from .poc import POC
    from .post_scans_config_exclude_body import PostScansConfigExcludeBody
    from .post_scans_config_exclude_response_200 import (
        PostScansConfigExcludeResponse200,
    )
    from .post_scans_config_exclude_response_400 import (
        PostScansConfigExcludeResponse400,
    )
    from .post_scans_config_exclude_response_401 import (
        PostScansConfigExcludeResponse401,
    )
    from .post_scans_config_exclude_response_500 import (
        PostScansConfigExcludeResponse500,
    )
    from .post_scans_config_exclude_response_default import (
        PostScansConfigExcludeResponseDefault,
    )
    from .post_v1_agents_in_response_401 import PostV1AgentsInResponse401
    from .post_v1_agents_in_response_500 import PostV1AgentsInResponse500
    from .post_v1_agents_in_response_default import PostV1AgentsInResponseDefault
    from .post_v1_agents_out_response_401 import PostV1AgentsOutResponse401
    from .post_v1_agents_out_response_default import PostV1AgentsOutResponseDefault
    from .post_v1_asset_enumerate_body import PostV1AssetEnumerateBody
    from .post_v1_asset_enumerate_body_agent_behavior import (
        PostV1AssetEnumerateBodyAgentBehavior,
    )
    from .post_v1_asset_enumerate_body_enumeration_config import (
        PostV1AssetEnumerateBodyEnumerationConfig,
    )
    from .post_v1_asset_enumerate_body_steps_item import (
        PostV1AssetEnumerateBodyStepsItem,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_200 import (
        PostV1AssetEnumerateEnumerateIdRescanResponse200,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_400 import (
        PostV1AssetEnumerateEnumerateIdRescanResponse400,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_401 import (
        PostV1AssetEnumerateEnumerateIdRescanResponse401,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_403 import (
        PostV1AssetEnumerateEnumerateIdRescanResponse403,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_500 import (
        PostV1AssetEnumerateEnumerateIdRescanResponse500,
    )
    from .post_v1_asset_enumerate_enumerate_id_rescan_response_default import (
        PostV1AssetEnumerateEnumerateIdRescanResponseDefault,
    )
    from .post_v1_asset_enumerate_group_body import PostV1AssetEnumerateGroupBody
    from .post_v1_asset_enumerate_group_response_200 import (
        PostV1AssetEnumerateGroupResponse200,
    )
    from .post_v1_asset_enumerate_group_response_400 import (
        PostV1AssetEnumerateGroupResponse400,
    )
    from .post_v1_asset_enumerate_group_response_401 import (
        PostV1AssetEnumerateGroupResponse401,
    )
    from .post_v1_asset_enumerate_group_response_403 import (
        PostV1AssetEnumerateGroupResponse403,
    )
    from .post_v1_asset_enumerate_group_response_500 import (
        PostV1AssetEnumerateGroupResponse500,
    )
    from .post_v1_asset_enumerate_group_response_default import (
        PostV1AssetEnumerateGroupResponseDefault,
    )
    from .post_v1_asset_enumerate_response_200 import PostV1AssetEnumerateResponse200
    from .post_v1_asset_enumerate_response_200_failed_domains import (
        PostV1AssetEnumerateResponse200FailedDomains,
    )
    from .post_v1_asset_enumerate_response_400 import PostV1AssetEnumerateResponse400
    from .post_v1_asset_enumerate_response_401 import PostV1AssetEnumerateResponse401
    from .post_v1_asset_enumerate_response_403 import PostV1AssetEnumerateResponse403
    from .post_v1_asset_enumerate_response_500 import PostV1AssetEnumerateResponse500
    from .post_v1_asset_enumerate_response_default import (
        PostV1AssetEnumerateResponseDefault,
    )
    from .post_v1_asset_id_labels_body import PostV1AssetIdLabelsBody
    from .post_v1_asset_id_labels_response_200 import PostV1AssetIdLabelsResponse200
    from .post_v1_asset_id_labels_response_400 import PostV1AssetIdLabelsResponse400
    from .post_v1_asset_id_labels_response_401 import PostV1AssetIdLabelsResponse401
    from .post_v1_asset_id_labels_response_404 import PostV1AssetIdLabelsResponse404
    from .post_v1_asset_id_labels_response_500 import PostV1AssetIdLabelsResponse500
    from .post_v1_asset_id_labels_response_default import (
        PostV1AssetIdLabelsResponseDefault,
    )
    from .post_v1_asset_policy_body import PostV1AssetPolicyBody
    from .post_v1_asset_policy_response_200 import PostV1AssetPolicyResponse200
    from .post_v1_asset_policy_response_400 import PostV1AssetPolicyResponse400
    from .post_v1_asset_policy_response_401 import PostV1AssetPolicyResponse401
    from .post_v1_asset_policy_response_404 import PostV1AssetPolicyResponse404
    from .post_v1_asset_policy_response_500 import PostV1AssetPolicyResponse500
    from .post_v1_assets_response_400 import PostV1AssetsResponse400
    from .post_v1_assets_response_401 import PostV1AssetsResponse401
    from .post_v1_assets_response_default import PostV1AssetsResponseDefault
    from .post_v1_enumeration_schedule_body import PostV1EnumerationScheduleBody
    from .post_v1_enumeration_schedule_response_200 import (
        PostV1EnumerationScheduleResponse200,
    )
    from .post_v1_enumeration_schedule_response_400 import (
        PostV1EnumerationScheduleResponse400,
    )
    from .post_v1_enumeration_schedule_response_401 import (
        PostV1EnumerationScheduleResponse401,
    )
    from .post_v1_enumeration_schedule_response_500 import (
        PostV1EnumerationScheduleResponse500,
    )
    from .post_v1_enumeration_schedule_response_default import (
        PostV1EnumerationScheduleResponseDefault,
    )
    from .post_v1_leaks_export_body import PostV1LeaksExportBody
    from .post_v1_leaks_export_body_group_by import PostV1LeaksExportBodyGroupBy
    from .post_v1_leaks_export_body_sort_by import PostV1LeaksExportBodySortBy
    from .post_v1_leaks_export_body_sort_order import PostV1LeaksExportBodySortOrder
    from .post_v1_leaks_export_body_status import PostV1LeaksExportBodyStatus
    from .post_v1_leaks_export_body_time_range import PostV1LeaksExportBodyTimeRange
    from .post_v1_leaks_export_body_type import PostV1LeaksExportBodyType
    from .post_v1_leaks_export_format import PostV1LeaksExportFormat
    from .post_v1_leaks_export_response_200 import PostV1LeaksExportResponse200
    from .post_v1_leaks_export_response_200_data_item import (
        PostV1LeaksExportResponse200DataItem,
    )
    from .post_v1_leaks_export_response_200_group_summary_item import (
        PostV1LeaksExportResponse200GroupSummaryItem,
    )
    from .post_v1_leaks_export_response_200_summary import (
        PostV1LeaksExportResponse200Summary,
    )
    from .post_v1_leaks_export_response_400 import PostV1LeaksExportResponse400
    from .post_v1_leaks_export_response_401 import PostV1LeaksExportResponse401
    from .post_v1_leaks_export_response_403 import PostV1LeaksExportResponse403
    from .post_v1_leaks_export_response_404 import PostV1LeaksExportResponse404
    from .post_v1_leaks_export_response_500 import PostV1LeaksExportResponse500
    from .post_v1_leaks_export_response_default import PostV1LeaksExportResponseDefault
    from .post_v1_leaks_info_body import PostV1LeaksInfoBody
    from .post_v1_leaks_info_response_200 import PostV1LeaksInfoResponse200
    from .post_v1_leaks_info_response_200_data import PostV1LeaksInfoResponse200Data
    from .post_v1_leaks_info_response_400 import PostV1LeaksInfoResponse400
    from .post_v1_leaks_info_response_401 import PostV1LeaksInfoResponse401
    from .post_v1_leaks_info_response_403 import PostV1LeaksInfoResponse403
    from .post_v1_leaks_info_response_404 import PostV1LeaksInfoResponse404
    from .post_v1_leaks_info_response_500 import PostV1LeaksInfoResponse500
    from .post_v1_leaks_info_response_default import PostV1LeaksInfoResponseDefault
    from .post_v1_leaks_status_body import PostV1LeaksStatusBody
    from .post_v1_leaks_status_response_200 import PostV1LeaksStatusResponse200
    from .post_v1_leaks_status_response_400 import PostV1LeaksStatusResponse400
    from .post_v1_leaks_status_response_401 import PostV1LeaksStatusResponse401
    from .post_v1_leaks_status_response_403 import PostV1LeaksStatusResponse403
    from .post_v1_leaks_status_response_404 import PostV1LeaksStatusResponse404
    from .post_v1_leaks_status_response_500 import PostV1LeaksStatusResponse500
    from .post_v1_leaks_status_response_default import PostV1LeaksStatusResponseDefault
    from .post_v1_scans_config_body import PostV1ScansConfigBody
    from .post_v1_scans_config_response_200 import PostV1ScansConfigResponse200
    from .post_v1_scans_config_response_400 import PostV1ScansConfigResponse400
    from .post_v1_scans_config_response_401 import PostV1ScansConfigResponse401
    from .post_v1_scans_config_response_403 import PostV1ScansConfigResponse403
    from .post_v1_scans_config_response_500 import PostV1ScansConfigResponse500
    from .post_v1_scans_config_response_default import PostV1ScansConfigResponseDefault
    from .post_v1_scans_config_severity_body import PostV1ScansConfigSeverityBody
    from .post_v1_scans_config_severity_response_200 import (
        PostV1ScansConfigSeverityResponse200,
    )
    from .post_v1_scans_config_severity_response_400 import (
        PostV1ScansConfigSeverityResponse400,
    )
    from .post_v1_scans_config_severity_response_401 import (
        PostV1ScansConfigSeverityResponse401,
    )
    from .post_v1_scans_config_severity_response_404 import (
        PostV1ScansConfigSeverityResponse404,
    )
    from .post_v1_scans_config_severity_response_500 import (
        PostV1ScansConfigSeverityResponse500,
    )
    from .post_v1_scans_config_severity_response_default import (
        PostV1ScansConfigSeverityResponseDefault,
    )
    from .post_v1_scans_config_verify_body import PostV1ScansConfigVerifyBody
    from .post_v1_scans_config_verify_response_200 import (
        PostV1ScansConfigVerifyResponse200,
    )
    from .post_v1_scans_config_verify_response_200_event import (
        PostV1ScansConfigVerifyResponse200Event,
    )
    from .post_v1_scans_config_verify_response_400 import (
        PostV1ScansConfigVerifyResponse400,
    )
    from .post_v1_scans_config_verify_response_401 import (
        PostV1ScansConfigVerifyResponse401,
    )
    from .post_v1_scans_config_verify_response_500 import (
        PostV1ScansConfigVerifyResponse500,
    )
    from .post_v1_scans_config_verify_response_default import (
        PostV1ScansConfigVerifyResponseDefault,
    )
    from .post_v1_scans_import_response_200 import PostV1ScansImportResponse200
    from .post_v1_scans_import_response_400 import PostV1ScansImportResponse400
    from .post_v1_scans_import_response_401 import PostV1ScansImportResponse401
    from .post_v1_scans_import_response_500 import PostV1ScansImportResponse500
    from .post_v1_scans_import_response_default import PostV1ScansImportResponseDefault
    from .post_v1_scans_results_export_body import PostV1ScansResultsExportBody
    from .post_v1_scans_results_export_response_201 import (
        PostV1ScansResultsExportResponse201,
    )
    from .post_v1_scans_results_export_response_401 import (
        PostV1ScansResultsExportResponse401,
    )
    from .post_v1_scans_results_export_response_403 import (
        PostV1ScansResultsExportResponse403,
    )
    from .post_v1_scans_results_export_response_500 import (
        PostV1ScansResultsExportResponse500,
    )
    from .post_v1_scans_results_export_response_default import (
        PostV1ScansResultsExportResponseDefault,
    )
    from .post_v1_scans_results_export_type import PostV1ScansResultsExportType
    from .post_v1_scans_scan_id_export_body import PostV1ScansScanIdExportBody
    from .post_v1_scans_scan_id_export_response_201 import (
        PostV1ScansScanIdExportResponse201,
    )
    from .post_v1_scans_scan_id_export_response_401 import (
        PostV1ScansScanIdExportResponse401,
    )
    from .post_v1_scans_scan_id_export_response_403 import (
        PostV1ScansScanIdExportResponse403,
    )
    from .post_v1_scans_scan_id_export_response_500 import (
        PostV1ScansScanIdExportResponse500,
    )
    from .post_v1_scans_scan_id_export_response_default import (
        PostV1ScansScanIdExportResponseDefault,
    )
    from .post_v1_scans_scan_id_export_type import PostV1ScansScanIdExportType
    from .post_v1_scans_scan_id_rescan_response_200 import (
        PostV1ScansScanIdRescanResponse200,
    )
    from .post_v1_scans_scan_id_rescan_response_400 import (
        PostV1ScansScanIdRescanResponse400,
    )
    from .post_v1_scans_scan_id_rescan_response_401 import (
        PostV1ScansScanIdRescanResponse401,
    )
    from .post_v1_scans_scan_id_rescan_response_500 import (
        PostV1ScansScanIdRescanResponse500,
    )
    from .post_v1_scans_scan_id_rescan_response_default import (
        PostV1ScansScanIdRescanResponseDefault,
    )
    from .post_v1_scans_scan_id_scan_log_upload_url_response_400 import (
        PostV1ScansScanIdScanLogUploadUrlResponse400,
    )
    from .post_v1_scans_scan_id_scan_log_upload_url_response_401 import (
        PostV1ScansScanIdScanLogUploadUrlResponse401,
    )
    from .post_v1_scans_scan_id_scan_log_upload_url_response_404 import (
        PostV1ScansScanIdScanLogUploadUrlResponse404,
    )
    from .post_v1_scans_scan_id_scan_log_upload_url_response_default import (
        PostV1ScansScanIdScanLogUploadUrlResponseDefault,
    )
    from .post_v1_scans_scan_id_stop_response_200 import (
        PostV1ScansScanIdStopResponse200,
    )
    from .post_v1_scans_scan_id_stop_response_400 import (
        PostV1ScansScanIdStopResponse400,
    )
    from .post_v1_scans_scan_id_stop_response_401 import (
        PostV1ScansScanIdStopResponse401,
    )
    from .post_v1_scans_scan_id_stop_response_500 import (
        PostV1ScansScanIdStopResponse500,
    )
    from .post_v1_scans_scan_id_stop_response_default import (
        PostV1ScansScanIdStopResponseDefault,
    )
    from .post_v1_scans_schedule_body import PostV1ScansScheduleBody
    from .post_v1_scans_schedule_response_200 import PostV1ScansScheduleResponse200
    from .post_v1_scans_schedule_response_400 import PostV1ScansScheduleResponse400
    from .post_v1_scans_schedule_response_401 import PostV1ScansScheduleResponse401
    from .post_v1_scans_schedule_response_500 import PostV1ScansScheduleResponse500
    from .post_v1_scans_schedule_response_default import (
        PostV1ScansScheduleResponseDefault,
    )
    from .post_v1_scans_vuln_id_retest_body import PostV1ScansVulnIdRetestBody
    from .post_v1_scans_vuln_id_retest_response_200 import (
        PostV1ScansVulnIdRetestResponse200,
    )
    from .post_v1_scans_vuln_id_retest_response_400 import (
        PostV1ScansVulnIdRetestResponse400,
    )
    from .post_v1_scans_vuln_id_retest_response_401 import (
        PostV1ScansVulnIdRetestResponse401,
    )
    from .post_v1_scans_vuln_id_retest_response_500 import (
        PostV1ScansVulnIdRetestResponse500,
    )
    from .post_v1_scans_vuln_id_retest_response_default import (
        PostV1ScansVulnIdRetestResponseDefault,
    )
    from .post_v1_template_ai_body import PostV1TemplateAiBody
    from .post_v1_template_ai_response_200 import PostV1TemplateAiResponse200
    from .post_v1_template_ai_response_200_retest_item import (
        PostV1TemplateAiResponse200RetestItem,
    )
    from .post_v1_template_ai_response_400 import PostV1TemplateAiResponse400
    from .post_v1_template_ai_response_401 import PostV1TemplateAiResponse401
    from .post_v1_template_ai_response_403 import PostV1TemplateAiResponse403
    from .post_v1_template_ai_response_500 import PostV1TemplateAiResponse500
    from .post_v1_template_ai_response_default import PostV1TemplateAiResponseDefault
    from .post_v1_template_body import PostV1TemplateBody
    from .post_v1_template_response_200 import PostV1TemplateResponse200
    from .post_v1_template_response_400 import PostV1TemplateResponse400
    from .post_v1_template_response_401 import PostV1TemplateResponse401
    from .post_v1_template_response_500 import PostV1TemplateResponse500
    from .post_v1_template_response_default import PostV1TemplateResponseDefault
    from .post_v1_template_share_body import PostV1TemplateShareBody
    from .post_v1_template_share_body_share_type import PostV1TemplateShareBodyShareType
    from .post_v1_template_share_response_200 import PostV1TemplateShareResponse200
    from .post_v1_template_share_response_400 import PostV1TemplateShareResponse400
    from .post_v1_template_share_response_401 import PostV1TemplateShareResponse401
    from .post_v1_template_share_response_404 import PostV1TemplateShareResponse404
    from .post_v1_template_share_response_500 import PostV1TemplateShareResponse500
    from .post_v1_template_share_response_default import (
        PostV1TemplateShareResponseDefault,
    )
    from .post_v1_user_apikey_response_200 import PostV1UserApikeyResponse200
    from .post_v1_user_apikey_response_400 import PostV1UserApikeyResponse400
    from .post_v1_user_apikey_response_401 import PostV1UserApikeyResponse401
    from .post_v1_user_apikey_response_404 import PostV1UserApikeyResponse404
    from .post_v1_user_apikey_response_500 import PostV1UserApikeyResponse500
    from .post_v1_user_apikey_response_default import PostV1UserApikeyResponseDefault
    from .post_v1_user_apikey_rotate_response_200 import (
        PostV1UserApikeyRotateResponse200,
    )
    from .post_v1_user_apikey_rotate_response_400 import (
        PostV1UserApikeyRotateResponse400,
    )
    from .post_v1_user_apikey_rotate_response_401 import (
        PostV1UserApikeyRotateResponse401,
    )
    from .post_v1_user_apikey_rotate_response_404 import (
        PostV1UserApikeyRotateResponse404,
    )
    from .post_v1_user_apikey_rotate_response_500 import (
        PostV1UserApikeyRotateResponse500,
    )
    from .post_v1_user_apikey_rotate_response_default import (
        PostV1UserApikeyRotateResponseDefault,
    )
    from .post_v1_user_team_body import PostV1UserTeamBody
    from .post_v1_user_team_default_members_body import PostV1UserTeamDefaultMembersBody
    from .post_v1_user_team_default_members_body_members_item import (
        PostV1UserTeamDefaultMembersBodyMembersItem,
    )
    from .post_v1_user_team_default_members_body_members_item_role import (
        PostV1UserTeamDefaultMembersBodyMembersItemRole,
    )
    from .post_v1_user_team_default_members_response_200 import (
        PostV1UserTeamDefaultMembersResponse200,
    )
    from .post_v1_user_team_default_members_response_400 import (
        PostV1UserTeamDefaultMembersResponse400,
    )
    from .post_v1_user_team_default_members_response_401 import (
        PostV1UserTeamDefaultMembersResponse401,
    )
    from .post_v1_user_team_default_members_response_403 import (
        PostV1UserTeamDefaultMembersResponse403,
    )
    from .post_v1_user_team_default_members_response_500 import (
        PostV1UserTeamDefaultMembersResponse500,
    )
    from .post_v1_user_team_default_members_response_default import (
        PostV1UserTeamDefaultMembersResponseDefault,
    )
    from .post_v1_user_team_member_body import PostV1UserTeamMemberBody
    from .post_v1_user_team_member_response_200 import PostV1UserTeamMemberResponse200
    from .post_v1_user_team_member_response_400 import PostV1UserTeamMemberResponse400
    from .post_v1_user_team_member_response_401 import PostV1UserTeamMemberResponse401
    from .post_v1_user_team_member_response_403 import PostV1UserTeamMemberResponse403
    from .post_v1_user_team_member_response_500 import PostV1UserTeamMemberResponse500
    from .post_v1_user_team_member_response_default import (
        PostV1UserTeamMemberResponseDefault,
    )
    from .post_v1_user_team_response_200 import PostV1UserTeamResponse200
    from .post_v1_user_team_response_400 import PostV1UserTeamResponse400
    from .post_v1_user_team_response_401 import PostV1UserTeamResponse401
    from .post_v1_user_team_response_500 import PostV1UserTeamResponse500
    from .post_v1_user_team_response_default import PostV1UserTeamResponseDefault
    from .price_list_item import PriceListItem
    from .private_templates import PrivateTemplates
    from .product import Product
    from .product_info import ProductInfo
    from .product_info_project_repos import ProductInfoProjectRepos
    from .product_project_repos_item import ProductProjectReposItem
    from .product_severities import ProductSeverities
    from .product_vuln_impact_breakdown import ProductVulnImpactBreakdown
    from .product_vuln_statuses import ProductVulnStatuses
    from .product_vuln_types import ProductVulnTypes
    from .product_vulnerability_stat_counts import ProductVulnerabilityStatCounts
    from .public_template_list_item import PublicTemplateListItem
    from .remediation_efficiency_data import RemediationEfficiencyData
    from .root_domain_info import RootDomainInfo
    from .scan_asset_list_item import ScanAssetListItem
    from .scan_asset_list_item_optional import ScanAssetListItemOptional
    from .scan_config import ScanConfig
    from .scan_config_agent_behavior import ScanConfigAgentBehavior
    from .scan_config_item import ScanConfigItem
    from .scan_config_update_item import ScanConfigUpdateItem
    from .scan_config_update_item_agent_behavior import (
        ScanConfigUpdateItemAgentBehavior,
    )
    from .scan_exposures_time_series import ScanExposuresTimeSeries
    from .scan_log_resp import ScanLogResp
    from .scan_log_upload_url_request import ScanLogUploadUrlRequest
    from .scan_log_upload_url_response import ScanLogUploadUrlResponse
    from .scan_log_upload_url_response_headers import ScanLogUploadUrlResponseHeaders
    from .scan_regression_remediation_time_series import (
        ScanRegressionRemediationTimeSeries,
    )
    from .scan_schedule import ScanSchedule
    from .scan_stats import ScanStats
    from .scan_stats_severity import ScanStatsSeverity
    from .scan_stats_vuln_status import ScanStatsVulnStatus
    from .scan_status import ScanStatus
    from .scan_status_item import ScanStatusItem
    from .scan_status_item_agent_behavior import ScanStatusItemAgentBehavior
    from .scan_status_item_severity import ScanStatusItemSeverity
    from .scan_usage_stats_response import ScanUsageStatsResponse
    from .scans_history_items import ScansHistoryItems
    from .scans_history_items_severity import ScansHistoryItemsSeverity
    from .scheduler_frequency import SchedulerFrequency
    from .search_engine_stats import SearchEngineStats
    from .service_usage_limit_item import ServiceUsageLimitItem
    from .severity_breakdown import SeverityBreakdown
    from .shared_template_data import SharedTemplateData
    from .shared_template_meta_data import SharedTemplateMetaData
    from .stat_buckets import StatBuckets
    from .stat_buckets_buckets import StatBucketsBuckets
    from .statistics_response import StatisticsResponse
    from .statistics_response_error_stats import StatisticsResponseErrorStats
    from .statistics_response_status_code_stats import StatisticsResponseStatusCodeStats
    from .statistics_response_waf_stats import StatisticsResponseWafStats
    from .status_breakdown import StatusBreakdown
    from .stripe_price_item import StripePriceItem
    from .task_chunk import TaskChunk
    from .task_chunk_status import TaskChunkStatus
    from .team_member_item import TeamMemberItem
    from .template_content import TemplateContent
    from .template_content_metadata import TemplateContentMetadata
    from .template_data import TemplateData
    from .template_data_metadata import TemplateDataMetadata
    from .template_data_template_type import TemplateDataTemplateType
    from .template_file_meta import TemplateFileMeta
    from .template_file_metadata import TemplateFileMetadata
    from .template_leaderboard import TemplateLeaderboard
    from .template_leaderboard_data_item import TemplateLeaderboardDataItem
    from .template_leaderboard_data_item_category import (
        TemplateLeaderboardDataItemCategory,
    )
    from .template_leaderboard_data_item_links import TemplateLeaderboardDataItemLinks
    from .template_leaderboard_data_item_protocol import (
        TemplateLeaderboardDataItemProtocol,
    )
    from .template_leaderboard_data_item_severity import (
        TemplateLeaderboardDataItemSeverity,
    )
    from .template_list_item import TemplateListItem
    from .template_sharing_metadata import TemplateSharingMetadata
    from .template_source_meta import TemplateSourceMeta
    from .template_stats import TemplateStats
    from .template_status import TemplateStatus
    from .template_validation_error import TemplateValidationError
    from .template_workflow_rejection import TemplateWorkflowRejection
    from .time_range_query_parameter import TimeRangeQueryParameter
    from .timeline_event import TimelineEvent
    from .upload_template import UploadTemplate
    from .usage_range_enum import UsageRangeEnum
    from .used_urls_count import UsedUrlsCount
    from .user_audit_log_items import UserAuditLogItems
    from .user_audit_log_items_source import UserAuditLogItemsSource
    from .user_profile import UserProfile
    from .user_setup_stats_item import UserSetupStatsItem
    from .user_workspaces import UserWorkspaces
    from .users_count import UsersCount
    from .verify_config_contents_request_provider import (
        VerifyConfigContentsRequestProvider,
    )
    from .vuln_exposure import VulnExposure
    from .vuln_issue_tracker_item import VulnIssueTrackerItem
    from .vuln_metric_severity_breakdown import VulnMetricSeverityBreakdown
    from .vuln_score_metrics_time_series import VulnScoreMetricsTimeSeries
    from .vuln_status_enum import VulnStatusEnum
    from .vuln_timeline_response import VulnTimelineResponse
    from .vulnerability import Vulnerability
    from .vulnerability_changelogs import VulnerabilityChangelogs
    from .vulnerability_changelogs_event import VulnerabilityChangelogsEvent
    from .vulnerability_event import VulnerabilityEvent
    from .vulnerability_event_info import VulnerabilityEventInfo
    from .vulnerability_event_info_classification import (
        VulnerabilityEventInfoClassification,
    )
    from .vulnerability_event_info_metadata import VulnerabilityEventInfoMetadata
    from .vulnerability_event_issue_trackers import VulnerabilityEventIssueTrackers
    from .vulnerability_history import VulnerabilityHistory
    from .vulnerability_history_detail import VulnerabilityHistoryDetail
    from .vulnerability_history_history_item import VulnerabilityHistoryHistoryItem
    from .vulnerability_info import VulnerabilityInfo
    from .vulnerability_results import VulnerabilityResults
    from .vulnerability_results_old import VulnerabilityResultsOld
    from .weakness import Weakness
    from .workspace_item import WorkspaceItem

_MODULES = {
    "AIMeta": "ai_meta",
    "ActivityEvent": "activity_event",
    "ActivityEventMessagePayload": "activity_event_message_payload",
    "ActivityEventStatus": "activity_event_status",
    "AdminAutomationsItem": "admin_automations_item",
    "AgentInResponse": "agent_in_response",
    "AgentInResponseNats": "agent_in_response_nats",
    "AgentInResponseNatsSubjects": "agent_in_response_nats_subjects",
    "AgentInfoResponse": "agent_info_response",
    "AgentInfoResponseAgent": "agent_info_response_agent",
    "AgentItem": "agent_item",
    "AgentOutResponse": "agent_out_response",
    "AssetCategory": "asset_category",
    "AssetCategoryTechnologies": "asset_category_technologies",
    "AssetChangelogs": "asset_changelogs",
    "AssetFilters": "asset_filters",
    "AssetListItem": "asset_list_item",
    "AssetPolicy": "asset_policy",
    "AssetPolicyListResponse": "asset_policy_list_response",
    "AssetPolicyMetadata": "asset_policy_metadata",
    "AssetPolicySuggestion": "asset_policy_suggestion",
    "AssetPolicySuggestionSampleAssetsItem": "asset_policy_suggestion_sample_assets_item",
    "AssetPolicySuggestionSuggestedPolicy": "asset_policy_suggestion_suggested_policy",
    "AssetPolicySuggestionsResponse": "asset_policy_suggestions_response",
    "AssetPolicyType": "asset_policy_type",
    "AssetStats": "asset_stats",
    "AssetUploadResponse": "asset_upload_response",
    "AssociatedDomainEvidence": "associated_domain_evidence",
    "AssociatedDomainResult": "associated_domain_result",
    "AssociatedDomainsResponse400": "associated_domains_response_400",
    "AssociatedDomainsResponse401": "associated_domains_response_401",
    "AssociatedDomainsResponse500": "associated_domains_response_500",
    "AssociatedDomainsResponseDefault": "associated_domains_response_default",
    "AssociatedDomainsResultSet": "associated_domains_result_set",
    "AssociatedDomainsResultSetSourcesCount": "associated_domains_result_set_sources_count",
    "AssociatedDomainsSort": "associated_domains_sort",
    "AutomationScanData": "automation_scan_data",
    "AutomationScanDataAgentBehavior": "automation_scan_data_agent_behavior",
    "BillingCycle": "billing_cycle",
    "CVEInfo": "cve_info",
    "Citation": "citation",
    "Classification": "classification",
    "CombolistExposureCount": "combolist_exposure_count",
    "ConfigResponse": "config_response",
    "ConfigTypeEnum": "config_type_enum",
    "ContributorSummary": "contributor_summary",
    "ContributorSummaryCategoryBreakdown": "contributor_summary_category_breakdown",
    "ContributorSummarySocials": "contributor_summary_socials",
    "CoverageStats": "coverage_stats",
    "CreateScanRequest": "create_scan_request",
    "CreateScanRequestAgentBehavior": "create_scan_request_agent_behavior",
    "CreateScanResponse": "create_scan_response",
    "CustomSeverityMapping": "custom_severity_mapping",
    "CustomersCount": "customers_count",
    "DeleteScansConfigExcludeBody": "delete_scans_config_exclude_body",
    "DeleteScansConfigExcludeResponse200": "delete_scans_config_exclude_response_200",
    "DeleteScansConfigExcludeResponse400": "delete_scans_config_exclude_response_400",
    "DeleteScansConfigExcludeResponse401": "delete_scans_config_exclude_response_401",
    "DeleteScansConfigExcludeResponse500": "delete_scans_config_exclude_response_500",
    "DeleteScansConfigExcludeResponseDefault": "delete_scans_config_exclude_response_default",
    "DeleteV1AssetEnumerateEnumerateIdResponse200": "delete_v1_asset_enumerate_enumerate_id_response_200",
    "DeleteV1AssetEnumerateEnumerateIdResponse400": "delete_v1_asset_enumerate_enumerate_id_response_400",
    "DeleteV1AssetEnumerateEnumerateIdResponse401": "delete_v1_asset_enumerate_enumerate_id_response_401",
    "DeleteV1AssetEnumerateEnumerateIdResponse500": "delete_v1_asset_enumerate_enumerate_id_response_500",
    "DeleteV1AssetEnumerateEnumerateIdResponseDefault": "delete_v1_asset_enumerate_enumerate_id_response_default",
    "DeleteV1AssetEnumerateGroupResponse200": "delete_v1_asset_enumerate_group_response_200",
    "DeleteV1AssetEnumerateGroupResponse400": "delete_v1_asset_enumerate_group_response_400",
    "DeleteV1AssetEnumerateGroupResponse401": "delete_v1_asset_enumerate_group_response_401",
    "DeleteV1AssetEnumerateGroupResponse403": "delete_v1_asset_enumerate_group_response_403",
    "DeleteV1AssetEnumerateGroupResponse500": "delete_v1_asset_enumerate_group_response_500",
    "DeleteV1AssetEnumerateGroupResponseDefault": "delete_v1_asset_enumerate_group_response_default",
    "DeleteV1AssetEnumeratesBody": "delete_v1_asset_enumerates_body",
    "DeleteV1AssetEnumeratesResponse200": "delete_v1_asset_enumerates_response_200",
    "DeleteV1AssetEnumeratesResponse400": "delete_v1_asset_enumerates_response_400",
    "DeleteV1AssetEnumeratesResponse401": "delete_v1_asset_enumerates_response_401",
    "DeleteV1AssetEnumeratesResponse500": "delete_v1_asset_enumerates_response_500",
    "DeleteV1AssetEnumeratesResponseDefault": "delete_v1_asset_enumerates_response_default",
    "DeleteV1AssetIdLabelsResponse200": "delete_v1_asset_id_labels_response_200",
    "DeleteV1AssetIdLabelsResponse400": "delete_v1_asset_id_labels_response_400",
    "DeleteV1AssetIdLabelsResponse401": "delete_v1_asset_id_labels_response_401",
    "DeleteV1AssetIdLabelsResponse404": "delete_v1_asset_id_labels_response_404",
    "DeleteV1AssetIdLabelsResponse500": "delete_v1_asset_id_labels_response_500",
    "DeleteV1AssetIdLabelsResponseDefault": "delete_v1_asset_id_labels_response_default",
    "DeleteV1AssetPolicyPolicyIdResponse200": "delete_v1_asset_policy_policy_id_response_200",
    "DeleteV1AssetPolicyPolicyIdResponse400": "delete_v1_asset_policy_policy_id_response_400",
    "DeleteV1AssetPolicyPolicyIdResponse401": "delete_v1_asset_policy_policy_id_response_401",
    "DeleteV1AssetPolicyPolicyIdResponse404": "delete_v1_asset_policy_policy_id_response_404",
    "DeleteV1AssetPolicyPolicyIdResponse500": "delete_v1_asset_policy_policy_id_response_500",
    "DeleteV1AssetPolicyPolicyIdResponseDefault": "delete_v1_asset_policy_policy_id_response_default",
    "DeleteV1EnumerationScheduleResponse200": "delete_v1_enumeration_schedule_response_200",
    "DeleteV1EnumerationScheduleResponse400": "delete_v1_enumeration_schedule_response_400",
    "DeleteV1EnumerationScheduleResponse401": "delete_v1_enumeration_schedule_response_401",
    "DeleteV1EnumerationScheduleResponse500": "delete_v1_enumeration_schedule_response_500",
    "DeleteV1EnumerationScheduleResponseDefault": "delete_v1_enumeration_schedule_response_default",
    "DeleteV1ScansBody": "delete_v1_scans_body",
    "DeleteV1ScansConfigConfigIdResponse200": "delete_v1_scans_config_config_id_response_200",
    "DeleteV1ScansConfigConfigIdResponse400": "delete_v1_scans_config_config_id_response_400",
    "DeleteV1ScansConfigConfigIdResponse401": "delete_v1_scans_config_config_id_response_401",
    "DeleteV1ScansConfigConfigIdResponse403": "delete_v1_scans_config_config_id_response_403",
    "DeleteV1ScansConfigConfigIdResponse500": "delete_v1_scans_config_config_id_response_500",
    "DeleteV1ScansConfigConfigIdResponseDefault": "delete_v1_scans_config_config_id_response_default",
    "DeleteV1ScansConfigSeverityBody": "delete_v1_scans_config_severity_body",
    "DeleteV1ScansConfigSeverityResponse200": "delete_v1_scans_config_severity_response_200",
    "DeleteV1ScansConfigSeverityResponse400": "delete_v1_scans_config_severity_response_400",
    "DeleteV1ScansConfigSeverityResponse401": "delete_v1_scans_config_severity_response_401",
    "DeleteV1ScansConfigSeverityResponse404": "delete_v1_scans_config_severity_response_404",
    "DeleteV1ScansConfigSeverityResponse500": "delete_v1_scans_config_severity_response_500",
    "DeleteV1ScansConfigSeverityResponseDefault": "delete_v1_scans_config_severity_response_default",
    "DeleteV1ScansResponse200": "delete_v1_scans_response_200",
    "DeleteV1ScansResponse400": "delete_v1_scans_response_400",
    "DeleteV1ScansResponse401": "delete_v1_scans_response_401",
    "DeleteV1ScansResponse500": "delete_v1_scans_response_500",
    "DeleteV1ScansResponseDefault": "delete_v1_scans_response_default",
    "DeleteV1ScansScanIdResponse200": "delete_v1_scans_scan_id_response_200",
    "DeleteV1ScansScanIdResponse400": "delete_v1_scans_scan_id_response_400",
    "DeleteV1ScansScanIdResponse401": "delete_v1_scans_scan_id_response_401",
    "DeleteV1ScansScanIdResponse500": "delete_v1_scans_scan_id_response_500",
    "DeleteV1ScansScanIdResponseDefault": "delete_v1_scans_scan_id_response_default",
    "DeleteV1ScansScheduleResponse200": "delete_v1_scans_schedule_response_200",
    "DeleteV1ScansScheduleResponse400": "delete_v1_scans_schedule_response_400",
    "DeleteV1ScansScheduleResponse401": "delete_v1_scans_schedule_response_401",
    "DeleteV1ScansScheduleResponse500": "delete_v1_scans_schedule_response_500",
    "DeleteV1ScansScheduleResponseDefault": "delete_v1_scans_schedule_response_default",
    "DeleteV1ScansVulnsBody": "delete_v1_scans_vulns_body",
    "DeleteV1ScansVulnsResponse200": "delete_v1_scans_vulns_response_200",
    "DeleteV1ScansVulnsResponse400": "delete_v1_scans_vulns_response_400",
    "DeleteV1ScansVulnsResponse401": "delete_v1_scans_vulns_response_401",
    "DeleteV1ScansVulnsResponse500": "delete_v1_scans_vulns_response_500",
    "DeleteV1ScansVulnsResponseDefault": "delete_v1_scans_vulns_response_default",
    "DeleteV1TemplateShareTemplateIdResponse200": "delete_v1_template_share_template_id_response_200",
    "DeleteV1TemplateShareTemplateIdResponse400": "delete_v1_template_share_template_id_response_400",
    "DeleteV1TemplateShareTemplateIdResponse401": "delete_v1_template_share_template_id_response_401",
    "DeleteV1TemplateShareTemplateIdResponse500": "delete_v1_template_share_template_id_response_500",
    "DeleteV1TemplateShareTemplateIdResponseDefault": "delete_v1_template_share_template_id_response_default",
    "DeleteV1TemplateTemplateIdResponse200": "delete_v1_template_template_id_response_200",
    "DeleteV1TemplateTemplateIdResponse400": "delete_v1_template_template_id_response_400",
    "DeleteV1TemplateTemplateIdResponse401": "delete_v1_template_template_id_response_401",
    "DeleteV1TemplateTemplateIdResponse500": "delete_v1_template_template_id_response_500",
    "DeleteV1TemplateTemplateIdResponseDefault": "delete_v1_template_template_id_response_default",
    "DeleteV1UserApikeyResponse200": "delete_v1_user_apikey_response_200",
    "DeleteV1UserApikeyResponse400": "delete_v1_user_apikey_response_400",
    "DeleteV1UserApikeyResponse401": "delete_v1_user_apikey_response_401",
    "DeleteV1UserApikeyResponse404": "delete_v1_user_apikey_response_404",
    "DeleteV1UserApikeyResponse500": "delete_v1_user_apikey_response_500",
    "DeleteV1UserApikeyResponseDefault": "delete_v1_user_apikey_response_default",
    "DeleteV1UserTeamBody": "delete_v1_user_team_body",
    "DeleteV1UserTeamDefaultMembersBody": "delete_v1_user_team_default_members_body",
    "DeleteV1UserTeamDefaultMembersResponse200": "delete_v1_user_team_default_members_response_200",
    "DeleteV1UserTeamDefaultMembersResponse400": "delete_v1_user_team_default_members_response_400",
    "DeleteV1UserTeamDefaultMembersResponse401": "delete_v1_user_team_default_members_response_401",
    "DeleteV1UserTeamDefaultMembersResponse403": "delete_v1_user_team_default_members_response_403",
    "DeleteV1UserTeamDefaultMembersResponse500": "delete_v1_user_team_default_members_response_500",
    "DeleteV1UserTeamDefaultMembersResponseDefault": "delete_v1_user_team_default_members_response_default",
    "DeleteV1UserTeamMemberBody": "delete_v1_user_team_member_body",
    "DeleteV1UserTeamMemberResponse200": "delete_v1_user_team_member_response_200",
    "DeleteV1UserTeamMemberResponse400": "delete_v1_user_team_member_response_400",
    "DeleteV1UserTeamMemberResponse401": "delete_v1_user_team_member_response_401",
    "DeleteV1UserTeamMemberResponse403": "delete_v1_user_team_member_response_403",
    "DeleteV1UserTeamMemberResponse500": "delete_v1_user_team_member_response_500",
    "DeleteV1UserTeamMemberResponseDefault": "delete_v1_user_team_member_response_default",
    "DeleteV1UserTeamResponse400": "delete_v1_user_team_response_400",
    "DeleteV1UserTeamResponse403": "delete_v1_user_team_response_403",
    "DeleteV1UserTeamResponse500": "delete_v1_user_team_response_500",
    "DeleteV1UserTeamResponseDefault": "delete_v1_user_team_response_default",
    "DevicesCount": "devices_count",
    "DomainSearchItem": "domain_search_item",
    "DomainSearchItemType": "domain_search_item_type",
    "DomainVerificationRequest": "domain_verification_request",
    "DomainVerificationRequestStatus": "domain_verification_request_status",
    "DomainVerificationType": "domain_verification_type",
    "EarlyTemplateListItem": "early_template_list_item",
    "EmployeesCount": "employees_count",
    "EnumExportFormats": "enum_export_formats",
    "EnumerateData": "enumerate_data",
    "EnumerateDataAgentBehavior": "enumerate_data_agent_behavior",
    "EnumerateFilterTypes": "enumerate_filter_types",
    "EnumerateFiltersItem": "enumerate_filters_item",
    "EnumerationConfig": "enumeration_config",
    "EnumerationConfigStepsItem": "enumeration_config_steps_item",
    "EnumerationContent": "enumeration_content",
    "EnumerationContentAsn": "enumeration_content_asn",
    "EnumerationContentExtendedMetadata": "enumeration_content_extended_metadata",
    "EnumerationContentTechnologyDetails": "enumeration_content_technology_details",
    "EnumerationContentTechnologyDetailsMap": "enumeration_content_technology_details_map",
    "EnumerationCounts": "enumeration_counts",
    "EnumerationDomainListItem": "enumeration_domain_list_item",
    "EnumerationHistoryDataResponse": "enumeration_history_data_response",
    "EnumerationIDTypes": "enumeration_id_types",
    "EnumerationIDTypesDetail": "enumeration_id_types_detail",
    "EnumerationIDTypesDetailTypesItem": "enumeration_id_types_detail_types_item",
    "EnumerationIds": "enumeration_ids",
    "EnumerationLaunchConfig": "enumeration_launch_config",
    "EnumerationSchedule": "enumeration_schedule",
    "EnumerationSourceValue": "enumeration_source_value",
    "EnumerationSourceValueMetadata": "enumeration_source_value_metadata",
    "EnumerationStats": "enumeration_stats",
    "ErrorResponse": "error_response",
    "ErrorResponse400": "error_response_400",
    "ErrorResponse401": "error_response_401",
    "ErrorResponse500": "error_response_500",
    "ExcludeConfigRequestType": "exclude_config_request_type",
    "ExcludedTemplatesAndTargets": "excluded_templates_and_targets",
    "ExportListItem": "export_list_item",
    "ExposureStats": "exposure_stats",
    "ExposuresTimeSeries": "exposures_time_series",
    "Facets": "facets",
    "FacetsBucketsType0": "facets_buckets_type_0",
    "FacetsBucketsType1Item": "facets_buckets_type_1_item",
    "FailedTemplateFileMetadataUpdate": "failed_template_file_metadata_update",
    "FilterItem": "filter_item",
    "GetAutomationItem": "get_automation_item",
    "GetAutomationsListItem": "get_automations_list_item",
    "GetEnumerateExportResponse201": "get_enumerate_export_response_201",
    "GetEnumerateExportResponse400": "get_enumerate_export_response_400",
    "GetEnumerateExportResponse401": "get_enumerate_export_response_401",
    "GetEnumerateExportResponse500": "get_enumerate_export_response_500",
    "GetEnumerateExportResponseDefault": "get_enumerate_export_response_default",
    "GetEnumerateIdExportResponse201": "get_enumerate_id_export_response_201",
    "GetEnumerateIdExportResponse400": "get_enumerate_id_export_response_400",
    "GetEnumerateIdExportResponse401": "get_enumerate_id_export_response_401",
    "GetEnumerateIdExportResponse500": "get_enumerate_id_export_response_500",
    "GetEnumerateIdExportResponseDefault": "get_enumerate_id_export_response_default",
    "GetScansConfigExcludeResponse200": "get_scans_config_exclude_response_200",
    "GetScansConfigExcludeResponse400": "get_scans_config_exclude_response_400",
    "GetScansConfigExcludeResponse401": "get_scans_config_exclude_response_401",
    "GetScansConfigExcludeResponse500": "get_scans_config_exclude_response_500",
    "GetScansConfigExcludeResponseDefault": "get_scans_config_exclude_response_default",
    "GetScansIdConfigResponse400": "get_scans_id_config_response_400",
    "GetScansIdConfigResponse401": "get_scans_id_config_response_401",
    "GetScansIdConfigResponse500": "get_scans_id_config_response_500",
    "GetScansIdConfigResponseDefault": "get_scans_id_config_response_default",
    "GetScansIdScanLogExportResponse200": "get_scans_id_scan_log_export_response_200",
    "GetScansIdScanLogExportResponse201": "get_scans_id_scan_log_export_response_201",
    "GetScansIdScanLogExportResponse400": "get_scans_id_scan_log_export_response_400",
    "GetScansIdScanLogExportResponse401": "get_scans_id_scan_log_export_response_401",
    "GetScansIdScanLogExportResponse500": "get_scans_id_scan_log_export_response_500",
    "GetScansIdScanLogExportResponseDefault": "get_scans_id_scan_log_export_response_default",
    "GetScansIdScanLogExportSeverity": "get_scans_id_scan_log_export_severity",
    "GetV1AgentsAgentIdResponse401": "get_v1_agents_agent_id_response_401",
    "GetV1AgentsAgentIdResponse404": "get_v1_agents_agent_id_response_404",
    "GetV1AgentsAgentIdResponseDefault": "get_v1_agents_agent_id_response_default",
    "GetV1AssetAssetIdChangelogsResponse200": "get_v1_asset_asset_id_changelogs_response_200",
    "GetV1AssetAssetIdChangelogsResponse400": "get_v1_asset_asset_id_changelogs_response_400",
    "GetV1AssetAssetIdChangelogsResponse401": "get_v1_asset_asset_id_changelogs_response_401",
    "GetV1AssetAssetIdChangelogsResponse500": "get_v1_asset_asset_id_changelogs_response_500",
    "GetV1AssetAssetIdChangelogsResponseDefault": "get_v1_asset_asset_id_changelogs_response_default",
    "GetV1AssetAssetIdChangelogsTime": "get_v1_asset_asset_id_changelogs_time",
    "GetV1AssetEnumerateContentsResponse200": "get_v1_asset_enumerate_contents_response_200",
    "GetV1AssetEnumerateContentsResponse400": "get_v1_asset_enumerate_contents_response_400",
    "GetV1AssetEnumerateContentsResponse401": "get_v1_asset_enumerate_contents_response_401",
    "GetV1AssetEnumerateContentsResponse403": "get_v1_asset_enumerate_contents_response_403",
    "GetV1AssetEnumerateContentsResponse500": "get_v1_asset_enumerate_contents_response_500",
    "GetV1AssetEnumerateContentsResponseDefault": "get_v1_asset_enumerate_contents_response_default",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse400": "get_v1_asset_enumerate_enum_id_domains_export_response_400",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse401": "get_v1_asset_enumerate_enum_id_domains_export_response_401",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse404": "get_v1_asset_enumerate_enum_id_domains_export_response_404",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse500": "get_v1_asset_enumerate_enum_id_domains_export_response_500",
    "GetV1AssetEnumerateEnumIdDomainsExportResponseDefault": "get_v1_asset_enumerate_enum_id_domains_export_response_default",
    "GetV1AssetEnumerateEnumerateIdConfigResponse400": "get_v1_asset_enumerate_enumerate_id_config_response_400",
    "GetV1AssetEnumerateEnumerateIdConfigResponse401": "get_v1_asset_enumerate_enumerate_id_config_response_401",
    "GetV1AssetEnumerateEnumerateIdConfigResponse500": "get_v1_asset_enumerate_enumerate_id_config_response_500",
    "GetV1AssetEnumerateEnumerateIdConfigResponseDefault": "get_v1_asset_enumerate_enumerate_id_config_response_default",
    "GetV1AssetEnumerateEnumerateIdContentsResponse200": "get_v1_asset_enumerate_enumerate_id_contents_response_200",
    "GetV1AssetEnumerateEnumerateIdContentsResponse400": "get_v1_asset_enumerate_enumerate_id_contents_response_400",
    "GetV1AssetEnumerateEnumerateIdContentsResponse401": "get_v1_asset_enumerate_enumerate_id_contents_response_401",
    "GetV1AssetEnumerateEnumerateIdContentsResponse403": "get_v1_asset_enumerate_enumerate_id_contents_response_403",
    "GetV1AssetEnumerateEnumerateIdContentsResponse500": "get_v1_asset_enumerate_enumerate_id_contents_response_500",
    "GetV1AssetEnumerateEnumerateIdContentsResponseDefault": "get_v1_asset_enumerate_enumerate_id_contents_response_default",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse200": "get_v1_asset_enumerate_enumerate_id_history_response_200",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse400": "get_v1_asset_enumerate_enumerate_id_history_response_400",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse401": "get_v1_asset_enumerate_enumerate_id_history_response_401",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse403": "get_v1_asset_enumerate_enumerate_id_history_response_403",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse500": "get_v1_asset_enumerate_enumerate_id_history_response_500",
    "GetV1AssetEnumerateEnumerateIdHistoryResponseDefault": "get_v1_asset_enumerate_enumerate_id_history_response_default",
    "GetV1AssetEnumerateEnumerateIdHistoryTimeRange": "get_v1_asset_enumerate_enumerate_id_history_time_range",
    "GetV1AssetEnumerateEnumerateIdResponse200": "get_v1_asset_enumerate_enumerate_id_response_200",
    "GetV1AssetEnumerateEnumerateIdResponse400": "get_v1_asset_enumerate_enumerate_id_response_400",
    "GetV1AssetEnumerateEnumerateIdResponse401": "get_v1_asset_enumerate_enumerate_id_response_401",
    "GetV1AssetEnumerateEnumerateIdResponse403": "get_v1_asset_enumerate_enumerate_id_response_403",
    "GetV1AssetEnumerateEnumerateIdResponse499": "get_v1_asset_enumerate_enumerate_id_response_499",
    "GetV1AssetEnumerateEnumerateIdResponse500": "get_v1_asset_enumerate_enumerate_id_response_500",
    "GetV1AssetEnumerateEnumerateIdResponseDefault": "get_v1_asset_enumerate_enumerate_id_response_default",
    "GetV1AssetEnumerateMisconfigurationFindingType": "get_v1_asset_enumerate_misconfiguration_finding_type",
    "GetV1AssetEnumerateMisconfigurationResponse200": "get_v1_asset_enumerate_misconfiguration_response_200",
    "GetV1AssetEnumerateMisconfigurationResponse400": "get_v1_asset_enumerate_misconfiguration_response_400",
    "GetV1AssetEnumerateMisconfigurationResponse401": "get_v1_asset_enumerate_misconfiguration_response_401",
    "GetV1AssetEnumerateMisconfigurationResponse403": "get_v1_asset_enumerate_misconfiguration_response_403",
    "GetV1AssetEnumerateMisconfigurationResponse500": "get_v1_asset_enumerate_misconfiguration_response_500",
    "GetV1AssetEnumerateMisconfigurationResponseDefault": "get_v1_asset_enumerate_misconfiguration_response_default",
    "GetV1AssetEnumerateResponse200": "get_v1_asset_enumerate_response_200",
    "GetV1AssetEnumerateResponse400": "get_v1_asset_enumerate_response_400",
    "GetV1AssetEnumerateResponse401": "get_v1_asset_enumerate_response_401",
    "GetV1AssetEnumerateResponse403": "get_v1_asset_enumerate_response_403",
    "GetV1AssetEnumerateResponse500": "get_v1_asset_enumerate_response_500",
    "GetV1AssetEnumerateResponseDefault": "get_v1_asset_enumerate_response_default",
    "GetV1AssetEnumerateTime": "get_v1_asset_enumerate_time",
    "GetV1AssetPolicyPolicyIdEventsResponse200": "get_v1_asset_policy_policy_id_events_response_200",
    "GetV1AssetPolicyPolicyIdEventsResponse200Data": "get_v1_asset_policy_policy_id_events_response_200_data",
    "GetV1AssetPolicyPolicyIdEventsResponse400": "get_v1_asset_policy_policy_id_events_response_400",
    "GetV1AssetPolicyPolicyIdEventsResponse401": "get_v1_asset_policy_policy_id_events_response_401",
    "GetV1AssetPolicyPolicyIdEventsResponse404": "get_v1_asset_policy_policy_id_events_response_404",
    "GetV1AssetPolicyPolicyIdEventsResponse500": "get_v1_asset_policy_policy_id_events_response_500",
    "GetV1AssetPolicyPolicyIdEventsResponseDefault": "get_v1_asset_policy_policy_id_events_response_default",
    "GetV1AssetPolicyPolicyIdResponse200": "get_v1_asset_policy_policy_id_response_200",
    "GetV1AssetPolicyPolicyIdResponse400": "get_v1_asset_policy_policy_id_response_400",
    "GetV1AssetPolicyPolicyIdResponse401": "get_v1_asset_policy_policy_id_response_401",
    "GetV1AssetPolicyPolicyIdResponse404": "get_v1_asset_policy_policy_id_response_404",
    "GetV1AssetPolicyPolicyIdResponse500": "get_v1_asset_policy_policy_id_response_500",
    "GetV1AssetPolicyPolicyIdResponseDefault": "get_v1_asset_policy_policy_id_response_default",
    "GetV1AssetPolicyResponse400": "get_v1_asset_policy_response_400",
    "GetV1AssetPolicyResponse401": "get_v1_asset_policy_response_401",
    "GetV1AssetPolicyResponse404": "get_v1_asset_policy_response_404",
    "GetV1AssetPolicyResponse500": "get_v1_asset_policy_response_500",
    "GetV1AssetPolicyResponseDefault": "get_v1_asset_policy_response_default",
    "GetV1AssetPolicySuggestionResponse400": "get_v1_asset_policy_suggestion_response_400",
    "GetV1AssetPolicySuggestionResponse401": "get_v1_asset_policy_suggestion_response_401",
    "GetV1AssetPolicySuggestionResponse404": "get_v1_asset_policy_suggestion_response_404",
    "GetV1AssetPolicySuggestionResponse500": "get_v1_asset_policy_suggestion_response_500",
    "GetV1AssetPolicySuggestionResponseDefault": "get_v1_asset_policy_suggestion_response_default",
    "GetV1AuditLogResponse200": "get_v1_audit_log_response_200",
    "GetV1AuditLogResponse400": "get_v1_audit_log_response_400",
    "GetV1AuditLogResponse401": "get_v1_audit_log_response_401",
    "GetV1AuditLogResponse500": "get_v1_audit_log_response_500",
    "GetV1AuditLogSource": "get_v1_audit_log_source",
    "GetV1AuditLogTimeRange": "get_v1_audit_log_time_range",
    "GetV1EarlyTemplatesIdResponse200": "get_v1_early_templates_id_response_200",
    "GetV1EarlyTemplatesIdResponse400": "get_v1_early_templates_id_response_400",
    "GetV1EarlyTemplatesIdResponse403": "get_v1_early_templates_id_response_403",
    "GetV1EarlyTemplatesIdResponse404": "get_v1_early_templates_id_response_404",
    "GetV1EarlyTemplatesIdResponse500": "get_v1_early_templates_id_response_500",
    "GetV1EarlyTemplatesIdResponseDefault": "get_v1_early_templates_id_response_default",
    "GetV1EarlyTemplatesResponse200": "get_v1_early_templates_response_200",
    "GetV1EarlyTemplatesResponse400": "get_v1_early_templates_response_400",
    "GetV1EarlyTemplatesResponse403": "get_v1_early_templates_response_403",
    "GetV1EarlyTemplatesResponse500": "get_v1_early_templates_response_500",
    "GetV1EarlyTemplatesResponseDefault": "get_v1_early_templates_response_default",
    "GetV1EnumerationScheduleResponse200": "get_v1_enumeration_schedule_response_200",
    "GetV1EnumerationScheduleResponse400": "get_v1_enumeration_schedule_response_400",
    "GetV1EnumerationScheduleResponse401": "get_v1_enumeration_schedule_response_401",
    "GetV1EnumerationScheduleResponse500": "get_v1_enumeration_schedule_response_500",
    "GetV1EnumerationScheduleResponseDefault": "get_v1_enumeration_schedule_response_default",
    "GetV1LeaksGroupBy": "get_v1_leaks_group_by",
    "GetV1LeaksResponse200": "get_v1_leaks_response_200",
    "GetV1LeaksResponse200DataItem": "get_v1_leaks_response_200_data_item",
    "GetV1LeaksResponse200GroupSummaryItem": "get_v1_leaks_response_200_group_summary_item",
    "GetV1LeaksResponse200Summary": "get_v1_leaks_response_200_summary",
    "GetV1LeaksResponse400": "get_v1_leaks_response_400",
    "GetV1LeaksResponse401": "get_v1_leaks_response_401",
    "GetV1LeaksResponse403": "get_v1_leaks_response_403",
    "GetV1LeaksResponse404": "get_v1_leaks_response_404",
    "GetV1LeaksResponse500": "get_v1_leaks_response_500",
    "GetV1LeaksResponseDefault": "get_v1_leaks_response_default",
    "GetV1LeaksSortBy": "get_v1_leaks_sort_by",
    "GetV1LeaksSortOrder": "get_v1_leaks_sort_order",
    "GetV1LeaksStatsDomainResponse200": "get_v1_leaks_stats_domain_response_200",
    "GetV1LeaksStatsDomainResponse400": "get_v1_leaks_stats_domain_response_400",
    "GetV1LeaksStatsDomainResponse401": "get_v1_leaks_stats_domain_response_401",
    "GetV1LeaksStatsDomainResponse403": "get_v1_leaks_stats_domain_response_403",
    "GetV1LeaksStatsDomainResponse404": "get_v1_leaks_stats_domain_response_404",
    "GetV1LeaksStatsDomainResponse500": "get_v1_leaks_stats_domain_response_500",
    "GetV1LeaksStatsDomainResponseDefault": "get_v1_leaks_stats_domain_response_default",
    "GetV1LeaksStatsEmailResponse200": "get_v1_leaks_stats_email_response_200",
    "GetV1LeaksStatsEmailResponse400": "get_v1_leaks_stats_email_response_400",
    "GetV1LeaksStatsEmailResponse401": "get_v1_leaks_stats_email_response_401",
    "GetV1LeaksStatsEmailResponse403": "get_v1_leaks_stats_email_response_403",
    "GetV1LeaksStatsEmailResponse404": "get_v1_leaks_stats_email_response_404",
    "GetV1LeaksStatsEmailResponse500": "get_v1_leaks_stats_email_response_500",
    "GetV1LeaksStatsEmailResponseDefault": "get_v1_leaks_stats_email_response_default",
    "GetV1LeaksStatus": "get_v1_leaks_status",
    "GetV1LeaksTimeRange": "get_v1_leaks_time_range",
    "GetV1LeaksType": "get_v1_leaks_type",
    "GetV1PublicTemplateDataResponse200": "get_v1_public_template_data_response_200",
    "GetV1PublicTemplateDataResponse400": "get_v1_public_template_data_response_400",
    "GetV1PublicTemplateDataResponse500": "get_v1_public_template_data_response_500",
    "GetV1PublicTemplateDataResponseDefault": "get_v1_public_template_data_response_default",
    "GetV1ResultsResponse200": "get_v1_results_response_200",
    "GetV1ResultsResponse200Filters": "get_v1_results_response_200_filters",
    "GetV1ResultsResponse200Stats": "get_v1_results_response_200_stats",
    "GetV1ResultsResponse400": "get_v1_results_response_400",
    "GetV1ResultsResponse401": "get_v1_results_response_401",
    "GetV1ResultsResponse499": "get_v1_results_response_499",
    "GetV1ResultsResponse500": "get_v1_results_response_500",
    "GetV1ResultsResponseDefault": "get_v1_results_response_default",
    "GetV1RetestVulnIdResponse200": "get_v1_retest_vuln_id_response_200",
    "GetV1RetestVulnIdResponse400": "get_v1_retest_vuln_id_response_400",
    "GetV1RetestVulnIdResponse401": "get_v1_retest_vuln_id_response_401",
    "GetV1RetestVulnIdResponse500": "get_v1_retest_vuln_id_response_500",
    "GetV1RetestVulnIdResponseDefault": "get_v1_retest_vuln_id_response_default",
    "GetV1ScansConfigConfigIdResponse400": "get_v1_scans_config_config_id_response_400",
    "GetV1ScansConfigConfigIdResponse401": "get_v1_scans_config_config_id_response_401",
    "GetV1ScansConfigConfigIdResponse403": "get_v1_scans_config_config_id_response_403",
    "GetV1ScansConfigConfigIdResponse500": "get_v1_scans_config_config_id_response_500",
    "GetV1ScansConfigConfigIdResponseDefault": "get_v1_scans_config_config_id_response_default",
    "GetV1ScansConfigResponse400": "get_v1_scans_config_response_400",
    "GetV1ScansConfigResponse401": "get_v1_scans_config_response_401",
    "GetV1ScansConfigResponse403": "get_v1_scans_config_response_403",
    "GetV1ScansConfigResponse500": "get_v1_scans_config_response_500",
    "GetV1ScansConfigResponseDefault": "get_v1_scans_config_response_default",
    "GetV1ScansConfigSeverityResponse200": "get_v1_scans_config_severity_response_200",
    "GetV1ScansConfigSeverityResponse400": "get_v1_scans_config_severity_response_400",
    "GetV1ScansConfigSeverityResponse401": "get_v1_scans_config_severity_response_401",
    "GetV1ScansConfigSeverityResponse404": "get_v1_scans_config_severity_response_404",
    "GetV1ScansConfigSeverityResponse500": "get_v1_scans_config_severity_response_500",
    "GetV1ScansConfigSeverityResponseDefault": "get_v1_scans_config_severity_response_default",
    "GetV1ScansConfigType": "get_v1_scans_config_type",
    "GetV1ScansHistoryResponse200": "get_v1_scans_history_response_200",
    "GetV1ScansHistoryResponse400": "get_v1_scans_history_response_400",
    "GetV1ScansHistoryResponse401": "get_v1_scans_history_response_401",
    "GetV1ScansHistoryResponse500": "get_v1_scans_history_response_500",
    "GetV1ScansHistoryResponseDefault": "get_v1_scans_history_response_default",
    "GetV1ScansHistoryTimeRange": "get_v1_scans_history_time_range",
    "GetV1ScansResponse200": "get_v1_scans_response_200",
    "GetV1ScansResponse400": "get_v1_scans_response_400",
    "GetV1ScansResponse401": "get_v1_scans_response_401",
    "GetV1ScansResponse499": "get_v1_scans_response_499",
    "GetV1ScansResponse500": "get_v1_scans_response_500",
    "GetV1ScansResponseDefault": "get_v1_scans_response_default",
    "GetV1ScansScanIdAssetsExportResponse400": "get_v1_scans_scan_id_assets_export_response_400",
    "GetV1ScansScanIdAssetsExportResponse401": "get_v1_scans_scan_id_assets_export_response_401",
    "GetV1ScansScanIdAssetsExportResponse404": "get_v1_scans_scan_id_assets_export_response_404",
    "GetV1ScansScanIdAssetsExportResponse500": "get_v1_scans_scan_id_assets_export_response_500",
    "GetV1ScansScanIdAssetsExportResponseDefault": "get_v1_scans_scan_id_assets_export_response_default",
    "GetV1ScansScanIdExportResponse201": "get_v1_scans_scan_id_export_response_201",
    "GetV1ScansScanIdExportResponse401": "get_v1_scans_scan_id_export_response_401",
    "GetV1ScansScanIdExportResponse403": "get_v1_scans_scan_id_export_response_403",
    "GetV1ScansScanIdExportResponse500": "get_v1_scans_scan_id_export_response_500",
    "GetV1ScansScanIdExportResponseDefault": "get_v1_scans_scan_id_export_response_default",
    "GetV1ScansScanIdExportType": "get_v1_scans_scan_id_export_type",
    "GetV1ScansScanIdHistoryResponse200": "get_v1_scans_scan_id_history_response_200",
    "GetV1ScansScanIdHistoryResponse400": "get_v1_scans_scan_id_history_response_400",
    "GetV1ScansScanIdHistoryResponse401": "get_v1_scans_scan_id_history_response_401",
    "GetV1ScansScanIdHistoryResponse500": "get_v1_scans_scan_id_history_response_500",
    "GetV1ScansScanIdHistoryResponseDefault": "get_v1_scans_scan_id_history_response_default",
    "GetV1ScansScanIdHistoryTimeRange": "get_v1_scans_scan_id_history_time_range",
    "GetV1ScansScanIdResponse400": "get_v1_scans_scan_id_response_400",
    "GetV1ScansScanIdResponse401": "get_v1_scans_scan_id_response_401",
    "GetV1ScansScanIdResponse404": "get_v1_scans_scan_id_response_404",
    "GetV1ScansScanIdResponse499": "get_v1_scans_scan_id_response_499",
    "GetV1ScansScanIdResponse500": "get_v1_scans_scan_id_response_500",
    "GetV1ScansScanIdResponseDefault": "get_v1_scans_scan_id_response_default",
    "GetV1ScansScanIpsResponse200": "get_v1_scans_scan_ips_response_200",
    "GetV1ScansScanIpsResponse200IpsItem": "get_v1_scans_scan_ips_response_200_ips_item",
    "GetV1ScansScanIpsResponse400": "get_v1_scans_scan_ips_response_400",
    "GetV1ScansScanIpsResponse401": "get_v1_scans_scan_ips_response_401",
    "GetV1ScansScanIpsResponse403": "get_v1_scans_scan_ips_response_403",
    "GetV1ScansScanIpsResponse500": "get_v1_scans_scan_ips_response_500",
    "GetV1ScansScanIpsResponseDefault": "get_v1_scans_scan_ips_response_default",
    "GetV1ScansScheduleResponse200": "get_v1_scans_schedule_response_200",
    "GetV1ScansScheduleResponse400": "get_v1_scans_schedule_response_400",
    "GetV1ScansScheduleResponse401": "get_v1_scans_schedule_response_401",
    "GetV1ScansScheduleResponse500": "get_v1_scans_schedule_response_500",
    "GetV1ScansScheduleResponseDefault": "get_v1_scans_schedule_response_default",
    "GetV1ScansVulnChangelogsResponse200": "get_v1_scans_vuln_changelogs_response_200",
    "GetV1ScansVulnChangelogsResponse400": "get_v1_scans_vuln_changelogs_response_400",
    "GetV1ScansVulnChangelogsResponse401": "get_v1_scans_vuln_changelogs_response_401",
    "GetV1ScansVulnChangelogsResponse499": "get_v1_scans_vuln_changelogs_response_499",
    "GetV1ScansVulnChangelogsResponse500": "get_v1_scans_vuln_changelogs_response_500",
    "GetV1ScansVulnChangelogsResponseDefault": "get_v1_scans_vuln_changelogs_response_default",
    "GetV1ScansVulnChangelogsTime": "get_v1_scans_vuln_changelogs_time",
    "GetV1ScansVulnVulnIdChangelogsResponse200": "get_v1_scans_vuln_vuln_id_changelogs_response_200",
    "GetV1ScansVulnVulnIdChangelogsResponse400": "get_v1_scans_vuln_vuln_id_changelogs_response_400",
    "GetV1ScansVulnVulnIdChangelogsResponse401": "get_v1_scans_vuln_vuln_id_changelogs_response_401",
    "GetV1ScansVulnVulnIdChangelogsResponse499": "get_v1_scans_vuln_vuln_id_changelogs_response_499",
    "GetV1ScansVulnVulnIdChangelogsResponse500": "get_v1_scans_vuln_vuln_id_changelogs_response_500",
    "GetV1ScansVulnVulnIdChangelogsResponseDefault": "get_v1_scans_vuln_vuln_id_changelogs_response_default",
    "GetV1ScansVulnVulnIdChangelogsTime": "get_v1_scans_vuln_vuln_id_changelogs_time",
    "GetV1ScansVulnVulnIdExportResponse401": "get_v1_scans_vuln_vuln_id_export_response_401",
    "GetV1ScansVulnVulnIdExportResponse403": "get_v1_scans_vuln_vuln_id_export_response_403",
    "GetV1ScansVulnVulnIdExportResponse500": "get_v1_scans_vuln_vuln_id_export_response_500",
    "GetV1ScansVulnVulnIdExportResponseDefault": "get_v1_scans_vuln_vuln_id_export_response_default",
    "GetV1ScansVulnVulnIdExportType": "get_v1_scans_vuln_vuln_id_export_type",
    "GetV1ScansVulnVulnIdResponse400": "get_v1_scans_vuln_vuln_id_response_400",
    "GetV1ScansVulnVulnIdResponse401": "get_v1_scans_vuln_vuln_id_response_401",
    "GetV1ScansVulnVulnIdResponse500": "get_v1_scans_vuln_vuln_id_response_500",
    "GetV1ScansVulnVulnIdResponseDefault": "get_v1_scans_vuln_vuln_id_response_default",
    "GetV1TeamAuditLogSearchResponse200": "get_v1_team_audit_log_search_response_200",
    "GetV1TeamAuditLogSearchResponse400": "get_v1_team_audit_log_search_response_400",
    "GetV1TeamAuditLogSearchResponse401": "get_v1_team_audit_log_search_response_401",
    "GetV1TeamAuditLogSearchResponse500": "get_v1_team_audit_log_search_response_500",
    "GetV1TemplatePublicResponse200": "get_v1_template_public_response_200",
    "GetV1TemplatePublicResponse400": "get_v1_template_public_response_400",
    "GetV1TemplatePublicResponse500": "get_v1_template_public_response_500",
    "GetV1TemplatePublicResponseDefault": "get_v1_template_public_response_default",
    "GetV1TemplateShareResponse200": "get_v1_template_share_response_200",
    "GetV1TemplateShareResponse400": "get_v1_template_share_response_400",
    "GetV1TemplateShareResponse401": "get_v1_template_share_response_401",
    "GetV1TemplateShareResponse404": "get_v1_template_share_response_404",
    "GetV1TemplateShareResponse500": "get_v1_template_share_response_500",
    "GetV1TemplateShareResponseDefault": "get_v1_template_share_response_default",
    "GetV1TemplateShareTemplateIdResponse200": "get_v1_template_share_template_id_response_200",
    "GetV1TemplateShareTemplateIdResponse400": "get_v1_template_share_template_id_response_400",
    "GetV1TemplateShareTemplateIdResponse401": "get_v1_template_share_template_id_response_401",
    "GetV1TemplateShareTemplateIdResponse404": "get_v1_template_share_template_id_response_404",
    "GetV1TemplateShareTemplateIdResponse500": "get_v1_template_share_template_id_response_500",
    "GetV1TemplateShareTemplateIdResponseDefault": "get_v1_template_share_template_id_response_default",
    "GetV1TemplateTIdResponse200": "get_v1_template_t_id_response_200",
    "GetV1TemplateTIdResponse400": "get_v1_template_t_id_response_400",
    "GetV1TemplateTIdResponse401": "get_v1_template_t_id_response_401",
    "GetV1TemplateTIdResponse404": "get_v1_template_t_id_response_404",
    "GetV1TemplateTIdResponse500": "get_v1_template_t_id_response_500",
    "GetV1TemplateTIdResponseDefault": "get_v1_template_t_id_response_default",
    "GetV1TemplatesResponse200": "get_v1_templates_response_200",
    "GetV1TemplatesResponse401": "get_v1_templates_response_401",
    "GetV1TemplatesResponse500": "get_v1_templates_response_500",
    "GetV1TemplatesResponseDefault": "get_v1_templates_response_default",
    "GetV1UserApikeyResponse200": "get_v1_user_apikey_response_200",
    "GetV1UserApikeyResponse400": "get_v1_user_apikey_response_400",
    "GetV1UserApikeyResponse401": "get_v1_user_apikey_response_401",
    "GetV1UserApikeyResponse404": "get_v1_user_apikey_response_404",
    "GetV1UserApikeyResponse500": "get_v1_user_apikey_response_500",
    "GetV1UserApikeyResponseDefault": "get_v1_user_apikey_response_default",
    "GetV1UserResponse401": "get_v1_user_response_401",
    "GetV1UserResponseDefault": "get_v1_user_response_default",
    "GetV1UserTeamDefaultMembersResponse200": "get_v1_user_team_default_members_response_200",
    "GetV1UserTeamDefaultMembersResponse200MembersItem": "get_v1_user_team_default_members_response_200_members_item",
    "GetV1UserTeamDefaultMembersResponse401": "get_v1_user_team_default_members_response_401",
    "GetV1UserTeamDefaultMembersResponse403": "get_v1_user_team_default_members_response_403",
    "GetV1UserTeamDefaultMembersResponse500": "get_v1_user_team_default_members_response_500",
    "GetV1UserTeamDefaultMembersResponseDefault": "get_v1_user_team_default_members_response_default",
    "GetV1UserTeamMemberResponse200": "get_v1_user_team_member_response_200",
    "GetV1UserTeamMemberResponse401": "get_v1_user_team_member_response_401",
    "GetV1UserTeamMemberResponse403": "get_v1_user_team_member_response_403",
    "GetV1UserTeamMemberResponse500": "get_v1_user_team_member_response_500",
    "GetV1UserTeamMemberResponseDefault": "get_v1_user_team_member_response_default",
    "GetV1UserTeamResponse200": "get_v1_user_team_response_200",
    "GetV1UserTeamResponse401": "get_v1_user_team_response_401",
    "GetV1UserTeamResponse403": "get_v1_user_team_response_403",
    "GetV1UserTeamResponse500": "get_v1_user_team_response_500",
    "GetV1UserTeamResponseDefault": "get_v1_user_team_response_default",
    "GetV2TemplateSearchResponse200": "get_v2_template_search_response_200",
    "GetV2TemplateSearchResponse400": "get_v2_template_search_response_400",
    "GetV2TemplateSearchResponse401": "get_v2_template_search_response_401",
    "GetV2TemplateSearchResponse500": "get_v2_template_search_response_500",
    "GetV2TemplateSearchResponseDefault": "get_v2_template_search_response_default",
    "GetV2TemplateSearchScope": "get_v2_template_search_scope",
    "GetV2VulnerabilityFiltersResponse200Item": "get_v2_vulnerability_filters_response_200_item",
    "GetV2VulnerabilityFiltersResponse400": "get_v2_vulnerability_filters_response_400",
    "GetV2VulnerabilityFiltersResponse404": "get_v2_vulnerability_filters_response_404",
    "GetV2VulnerabilityFiltersResponse500": "get_v2_vulnerability_filters_response_500",
    "GetV2VulnerabilityFiltersResponseDefault": "get_v2_vulnerability_filters_response_default",
    "GetV2VulnerabilitySearchResponse200": "get_v2_vulnerability_search_response_200",
    "GetV2VulnerabilitySearchResponse200Facets": "get_v2_vulnerability_search_response_200_facets",
    "GetV2VulnerabilitySearchResponse400": "get_v2_vulnerability_search_response_400",
    "GetV2VulnerabilitySearchResponse401": "get_v2_vulnerability_search_response_401",
    "GetV2VulnerabilitySearchResponse403": "get_v2_vulnerability_search_response_403",
    "GetV2VulnerabilitySearchResponse404": "get_v2_vulnerability_search_response_404",
    "GetV2VulnerabilitySearchResponse500": "get_v2_vulnerability_search_response_500",
    "GetV2VulnerabilitySearchResponseDefault": "get_v2_vulnerability_search_response_default",
    "GetVulnerabilityByIdResponse200": "get_vulnerability_by_id_response_200",
    "GetVulnerabilityByIdResponse400": "get_vulnerability_by_id_response_400",
    "GetVulnerabilityByIdResponse404": "get_vulnerability_by_id_response_404",
    "GetVulnerabilityByIdResponse500": "get_vulnerability_by_id_response_500",
    "GetVulnerabilityByIdResponseDefault": "get_vulnerability_by_id_response_default",
    "GetVulnerabilityTimelineEventTypeItem": "get_vulnerability_timeline_event_type_item",
    "GetVulnerabilityTimelineResponse400": "get_vulnerability_timeline_response_400",
    "GetVulnerabilityTimelineResponse404": "get_vulnerability_timeline_response_404",
    "GetVulnerabilityTimelineResponse500": "get_vulnerability_timeline_response_500",
    "GetVulnerabilityTimelineResponseDefault": "get_vulnerability_timeline_response_default",
    "GetVulnsHistoryResponse400": "get_vulns_history_response_400",
    "GetVulnsHistoryResponse500": "get_vulns_history_response_500",
    "GetVulnsHistoryResponseDefault": "get_vulns_history_response_default",
    "GithubTemplateListItem": "github_template_list_item",
    "H1Stats": "h1_stats",
    "IntegrationListItems": "integration_list_items",
    "InvoiceItem": "invoice_item",
    "JiraField": "jira_field",
    "JiraVerifyContentItem": "jira_verify_content_item",
    "JiraVerifyContentItemCloudId": "jira_verify_content_item_cloud_id",
    "JiraVerifyContentItemIssueType": "jira_verify_content_item_issue_type",
    "KevInfo": "kev_info",
    "LeakCountryStats": "leak_country_stats",
    "LeaksEntity": "leaks_entity",
    "LeaksEntityStatus": "leaks_entity_status",
    "LeaksTimeline": "leaks_timeline",
    "LeaksUsersSampleData": "leaks_users_sample_data",
    "LinearVerifyContentItem": "linear_verify_content_item",
    "LinearVerifyContentItemOpenState": "linear_verify_content_item_open_state",
    "LogExportFormat": "log_export_format",
    "MisconfigurationResponse": "misconfiguration_response",
    "MisconfigurationResponseEvent": "misconfiguration_response_event",
    "MisconfigurationResponseFindingType": "misconfiguration_response_finding_type",
    "MisconfigurationResponseSeverity": "misconfiguration_response_severity",
    "MisconfigurationResponseStatus": "misconfiguration_response_status",
    "NucleiTemplate": "nuclei_template",
    "OAuthMetadata": "o_auth_metadata",
    "OAuthStatus": "o_auth_status",
    "OpenVulnerabilityScoreMetrics": "open_vulnerability_score_metrics",
    "OrganizationFullInfo": "organization_full_info",
    "OrganizationInfo": "organization_info",
    "POC": "poc",
    "PatchScansIdConfigResponse200": "patch_scans_id_config_response_200",
    "PatchScansIdConfigResponse400": "patch_scans_id_config_response_400",
    "PatchScansIdConfigResponse401": "patch_scans_id_config_response_401",
    "PatchScansIdConfigResponse500": "patch_scans_id_config_response_500",
    "PatchScansIdConfigResponseDefault": "patch_scans_id_config_response_default",
    "PatchScansIdConfigUpdateType": "patch_scans_id_config_update_type",
    "PatchTemplateFileMetadata": "patch_template_file_metadata",
    "PatchV1AssetEnumerateEnumerateIdBody": "patch_v1_asset_enumerate_enumerate_id_body",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse200": "patch_v1_asset_enumerate_enumerate_id_config_response_200",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse400": "patch_v1_asset_enumerate_enumerate_id_config_response_400",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse401": "patch_v1_asset_enumerate_enumerate_id_config_response_401",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse500": "patch_v1_asset_enumerate_enumerate_id_config_response_500",
    "PatchV1AssetEnumerateEnumerateIdConfigResponseDefault": "patch_v1_asset_enumerate_enumerate_id_config_response_default",
    "PatchV1AssetEnumerateEnumerateIdConfigUpdateType": "patch_v1_asset_enumerate_enumerate_id_config_update_type",
    "PatchV1AssetEnumerateEnumerateIdResponse200": "patch_v1_asset_enumerate_enumerate_id_response_200",
    "PatchV1AssetEnumerateEnumerateIdResponse400": "patch_v1_asset_enumerate_enumerate_id_response_400",
    "PatchV1AssetEnumerateEnumerateIdResponse401": "patch_v1_asset_enumerate_enumerate_id_response_401",
    "PatchV1AssetEnumerateEnumerateIdResponse403": "patch_v1_asset_enumerate_enumerate_id_response_403",
    "PatchV1AssetEnumerateEnumerateIdResponse500": "patch_v1_asset_enumerate_enumerate_id_response_500",
    "PatchV1AssetEnumerateEnumerateIdResponseDefault": "patch_v1_asset_enumerate_enumerate_id_response_default",
    "PatchV1AssetEnumerateGroupBody": "patch_v1_asset_enumerate_group_body",
    "PatchV1AssetEnumerateGroupResponse200": "patch_v1_asset_enumerate_group_response_200",
    "PatchV1AssetEnumerateGroupResponse400": "patch_v1_asset_enumerate_group_response_400",
    "PatchV1AssetEnumerateGroupResponse401": "patch_v1_asset_enumerate_group_response_401",
    "PatchV1AssetEnumerateGroupResponse403": "patch_v1_asset_enumerate_group_response_403",
    "PatchV1AssetEnumerateGroupResponse500": "patch_v1_asset_enumerate_group_response_500",
    "PatchV1AssetEnumerateGroupResponseDefault": "patch_v1_asset_enumerate_group_response_default",
    "PatchV1AssetEnumerateGroupUpdateType": "patch_v1_asset_enumerate_group_update_type",
    "PatchV1AssetIdLabelsBody": "patch_v1_asset_id_labels_body",
    "PatchV1AssetIdLabelsResponse200": "patch_v1_asset_id_labels_response_200",
    "PatchV1AssetIdLabelsResponse400": "patch_v1_asset_id_labels_response_400",
    "PatchV1AssetIdLabelsResponse401": "patch_v1_asset_id_labels_response_401",
    "PatchV1AssetIdLabelsResponse404": "patch_v1_asset_id_labels_response_404",
    "PatchV1AssetIdLabelsResponse500": "patch_v1_asset_id_labels_response_500",
    "PatchV1AssetIdLabelsResponseDefault": "patch_v1_asset_id_labels_response_default",
    "PatchV1AssetIdLabelsUpdateType": "patch_v1_asset_id_labels_update_type",
    "PatchV1AssetLabelsBody": "patch_v1_asset_labels_body",
    "PatchV1AssetLabelsResponse200": "patch_v1_asset_labels_response_200",
    "PatchV1AssetLabelsResponse400": "patch_v1_asset_labels_response_400",
    "PatchV1AssetLabelsResponse401": "patch_v1_asset_labels_response_401",
    "PatchV1AssetLabelsResponse404": "patch_v1_asset_labels_response_404",
    "PatchV1AssetLabelsResponse500": "patch_v1_asset_labels_response_500",
    "PatchV1AssetLabelsResponseDefault": "patch_v1_asset_labels_response_default",
    "PatchV1AssetLabelsUpdateType": "patch_v1_asset_labels_update_type",
    "PatchV1AssetPolicyPolicyIdBody": "patch_v1_asset_policy_policy_id_body",
    "PatchV1AssetPolicyPolicyIdResponse200": "patch_v1_asset_policy_policy_id_response_200",
    "PatchV1AssetPolicyPolicyIdResponse400": "patch_v1_asset_policy_policy_id_response_400",
    "PatchV1AssetPolicyPolicyIdResponse401": "patch_v1_asset_policy_policy_id_response_401",
    "PatchV1AssetPolicyPolicyIdResponse404": "patch_v1_asset_policy_policy_id_response_404",
    "PatchV1AssetPolicyPolicyIdResponse500": "patch_v1_asset_policy_policy_id_response_500",
    "PatchV1AssetPolicyPolicyIdResponseDefault": "patch_v1_asset_policy_policy_id_response_default",
    "PatchV1AssetPolicyPolicyIdUpdateType": "patch_v1_asset_policy_policy_id_update_type",
    "PatchV1AssetsAssetIdContentsResponse400": "patch_v1_assets_asset_id_contents_response_400",
    "PatchV1AssetsAssetIdContentsResponse401": "patch_v1_assets_asset_id_contents_response_401",
    "PatchV1AssetsAssetIdContentsResponse404": "patch_v1_assets_asset_id_contents_response_404",
    "PatchV1AssetsAssetIdContentsResponseDefault": "patch_v1_assets_asset_id_contents_response_default",
    "PatchV1ScansConfigConfigIdBody": "patch_v1_scans_config_config_id_body",
    "PatchV1ScansConfigConfigIdResponse200": "patch_v1_scans_config_config_id_response_200",
    "PatchV1ScansConfigConfigIdResponse400": "patch_v1_scans_config_config_id_response_400",
    "PatchV1ScansConfigConfigIdResponse401": "patch_v1_scans_config_config_id_response_401",
    "PatchV1ScansConfigConfigIdResponse403": "patch_v1_scans_config_config_id_response_403",
    "PatchV1ScansConfigConfigIdResponse500": "patch_v1_scans_config_config_id_response_500",
    "PatchV1ScansConfigConfigIdResponseDefault": "patch_v1_scans_config_config_id_response_default",
    "PatchV1ScansConfigConfigIdSeverityBody": "patch_v1_scans_config_config_id_severity_body",
    "PatchV1ScansConfigConfigIdSeverityResponse200": "patch_v1_scans_config_config_id_severity_response_200",
    "PatchV1ScansConfigConfigIdSeverityResponse400": "patch_v1_scans_config_config_id_severity_response_400",
    "PatchV1ScansConfigConfigIdSeverityResponse401": "patch_v1_scans_config_config_id_severity_response_401",
    "PatchV1ScansConfigConfigIdSeverityResponse404": "patch_v1_scans_config_config_id_severity_response_404",
    "PatchV1ScansConfigConfigIdSeverityResponse500": "patch_v1_scans_config_config_id_severity_response_500",
    "PatchV1ScansConfigConfigIdSeverityResponseDefault": "patch_v1_scans_config_config_id_severity_response_default",
    "PatchV1ScansScanIdBody": "patch_v1_scans_scan_id_body",
    "PatchV1ScansScanIdImportResponse200": "patch_v1_scans_scan_id_import_response_200",
    "PatchV1ScansScanIdImportResponse401": "patch_v1_scans_scan_id_import_response_401",
    "PatchV1ScansScanIdImportResponse403": "patch_v1_scans_scan_id_import_response_403",
    "PatchV1ScansScanIdImportResponse500": "patch_v1_scans_scan_id_import_response_500",
    "PatchV1ScansScanIdImportResponseDefault": "patch_v1_scans_scan_id_import_response_default",
    "PatchV1ScansScanIdResponse200": "patch_v1_scans_scan_id_response_200",
    "PatchV1ScansScanIdResponse400": "patch_v1_scans_scan_id_response_400",
    "PatchV1ScansScanIdResponse401": "patch_v1_scans_scan_id_response_401",
    "PatchV1ScansScanIdResponse500": "patch_v1_scans_scan_id_response_500",
    "PatchV1ScansScanIdResponseDefault": "patch_v1_scans_scan_id_response_default",
    "PatchV1ScansVulnsBody": "patch_v1_scans_vulns_body",
    "PatchV1ScansVulnsLabelsBody": "patch_v1_scans_vulns_labels_body",
    "PatchV1ScansVulnsLabelsResponse200": "patch_v1_scans_vulns_labels_response_200",
    "PatchV1ScansVulnsLabelsResponse400": "patch_v1_scans_vulns_labels_response_400",
    "PatchV1ScansVulnsLabelsResponse401": "patch_v1_scans_vulns_labels_response_401",
    "PatchV1ScansVulnsLabelsResponse500": "patch_v1_scans_vulns_labels_response_500",
    "PatchV1ScansVulnsLabelsResponseDefault": "patch_v1_scans_vulns_labels_response_default",
    "PatchV1ScansVulnsResponse200": "patch_v1_scans_vulns_response_200",
    "PatchV1ScansVulnsResponse400": "patch_v1_scans_vulns_response_400",
    "PatchV1ScansVulnsResponse401": "patch_v1_scans_vulns_response_401",
    "PatchV1ScansVulnsResponse500": "patch_v1_scans_vulns_response_500",
    "PatchV1ScansVulnsResponseDefault": "patch_v1_scans_vulns_response_default",
    "PatchV1TemplateBody": "patch_v1_template_body",
    "PatchV1TemplateResponse200": "patch_v1_template_response_200",
    "PatchV1TemplateResponse400": "patch_v1_template_response_400",
    "PatchV1TemplateResponse401": "patch_v1_template_response_401",
    "PatchV1TemplateResponse500": "patch_v1_template_response_500",
    "PatchV1TemplateResponseDefault": "patch_v1_template_response_default",
    "PatchV1TemplateShareTemplateIdBody": "patch_v1_template_share_template_id_body",
    "PatchV1TemplateShareTemplateIdResponse200": "patch_v1_template_share_template_id_response_200",
    "PatchV1TemplateShareTemplateIdResponse400": "patch_v1_template_share_template_id_response_400",
    "PatchV1TemplateShareTemplateIdResponse401": "patch_v1_template_share_template_id_response_401",
    "PatchV1TemplateShareTemplateIdResponse500": "patch_v1_template_share_template_id_response_500",
    "PatchV1TemplateShareTemplateIdResponseDefault": "patch_v1_template_share_template_id_response_default",
    "PatchV1UserTeamBody": "patch_v1_user_team_body",
    "PatchV1UserTeamMemberBody": "patch_v1_user_team_member_body",
    "PatchV1UserTeamMemberResponse200": "patch_v1_user_team_member_response_200",
    "PatchV1UserTeamMemberResponse400": "patch_v1_user_team_member_response_400",
    "PatchV1UserTeamMemberResponse401": "patch_v1_user_team_member_response_401",
    "PatchV1UserTeamMemberResponse403": "patch_v1_user_team_member_response_403",
    "PatchV1UserTeamMemberResponse500": "patch_v1_user_team_member_response_500",
    "PatchV1UserTeamMemberResponseDefault": "patch_v1_user_team_member_response_default",
    "PatchV1UserTeamResponse200": "patch_v1_user_team_response_200",
    "PatchV1UserTeamResponse400": "patch_v1_user_team_response_400",
    "PatchV1UserTeamResponse401": "patch_v1_user_team_response_401",
    "PatchV1UserTeamResponse403": "patch_v1_user_team_response_403",
    "PatchV1UserTeamResponse500": "patch_v1_user_team_response_500",
    "PatchV1UserTeamResponseDefault": "patch_v1_user_team_response_default",
    "PlanDefaultLimit": "plan_default_limit",
    "PlanDefaultLimitPlan": "plan_default_limit_plan",
    "PostScansConfigExcludeBody": "post_scans_config_exclude_body",
    "PostScansConfigExcludeResponse200": "post_scans_config_exclude_response_200",
    "PostScansConfigExcludeResponse400": "post_scans_config_exclude_response_400",
    "PostScansConfigExcludeResponse401": "post_scans_config_exclude_response_401",
    "PostScansConfigExcludeResponse500": "post_scans_config_exclude_response_500",
    "PostScansConfigExcludeResponseDefault": "post_scans_config_exclude_response_default",
    "PostV1AgentsInResponse401": "post_v1_agents_in_response_401",
    "PostV1AgentsInResponse500": "post_v1_agents_in_response_500",
    "PostV1AgentsInResponseDefault": "post_v1_agents_in_response_default",
    "PostV1AgentsOutResponse401": "post_v1_agents_out_response_401",
    "PostV1AgentsOutResponseDefault": "post_v1_agents_out_response_default",
    "PostV1AssetEnumerateBody": "post_v1_asset_enumerate_body",
    "PostV1AssetEnumerateBodyAgentBehavior": "post_v1_asset_enumerate_body_agent_behavior",
    "PostV1AssetEnumerateBodyEnumerationConfig": "post_v1_asset_enumerate_body_enumeration_config",
    "PostV1AssetEnumerateBodyStepsItem": "post_v1_asset_enumerate_body_steps_item",
    "PostV1AssetEnumerateEnumerateIdRescanResponse200": "post_v1_asset_enumerate_enumerate_id_rescan_response_200",
    "PostV1AssetEnumerateEnumerateIdRescanResponse400": "post_v1_asset_enumerate_enumerate_id_rescan_response_400",
    "PostV1AssetEnumerateEnumerateIdRescanResponse401": "post_v1_asset_enumerate_enumerate_id_rescan_response_401",
    "PostV1AssetEnumerateEnumerateIdRescanResponse403": "post_v1_asset_enumerate_enumerate_id_rescan_response_403",
    "PostV1AssetEnumerateEnumerateIdRescanResponse500": "post_v1_asset_enumerate_enumerate_id_rescan_response_500",
    "PostV1AssetEnumerateEnumerateIdRescanResponseDefault": "post_v1_asset_enumerate_enumerate_id_rescan_response_default",
    "PostV1AssetEnumerateGroupBody": "post_v1_asset_enumerate_group_body",
    "PostV1AssetEnumerateGroupResponse200": "post_v1_asset_enumerate_group_response_200",
    "PostV1AssetEnumerateGroupResponse400": "post_v1_asset_enumerate_group_response_400",
    "PostV1AssetEnumerateGroupResponse401": "post_v1_asset_enumerate_group_response_401",
    "PostV1AssetEnumerateGroupResponse403": "post_v1_asset_enumerate_group_response_403",
    "PostV1AssetEnumerateGroupResponse500": "post_v1_asset_enumerate_group_response_500",
    "PostV1AssetEnumerateGroupResponseDefault": "post_v1_asset_enumerate_group_response_default",
    "PostV1AssetEnumerateResponse200": "post_v1_asset_enumerate_response_200",
    "PostV1AssetEnumerateResponse200FailedDomains": "post_v1_asset_enumerate_response_200_failed_domains",
    "PostV1AssetEnumerateResponse400": "post_v1_asset_enumerate_response_400",
    "PostV1AssetEnumerateResponse401": "post_v1_asset_enumerate_response_401",
    "PostV1AssetEnumerateResponse403": "post_v1_asset_enumerate_response_403",
    "PostV1AssetEnumerateResponse500": "post_v1_asset_enumerate_response_500",
    "PostV1AssetEnumerateResponseDefault": "post_v1_asset_enumerate_response_default",
    "PostV1AssetIdLabelsBody": "post_v1_asset_id_labels_body",
    "PostV1AssetIdLabelsResponse200": "post_v1_asset_id_labels_response_200",
    "PostV1AssetIdLabelsResponse400": "post_v1_asset_id_labels_response_400",
    "PostV1AssetIdLabelsResponse401": "post_v1_asset_id_labels_response_401",
    "PostV1AssetIdLabelsResponse404": "post_v1_asset_id_labels_response_404",
    "PostV1AssetIdLabelsResponse500": "post_v1_asset_id_labels_response_500",
    "PostV1AssetIdLabelsResponseDefault": "post_v1_asset_id_labels_response_default",
    "PostV1AssetPolicyBody": "post_v1_asset_policy_body",
    "PostV1AssetPolicyResponse200": "post_v1_asset_policy_response_200",
    "PostV1AssetPolicyResponse400": "post_v1_asset_policy_response_400",
    "PostV1AssetPolicyResponse401": "post_v1_asset_policy_response_401",
    "PostV1AssetPolicyResponse404": "post_v1_asset_policy_response_404",
    "PostV1AssetPolicyResponse500": "post_v1_asset_policy_response_500",
    "PostV1AssetsResponse400": "post_v1_assets_response_400",
    "PostV1AssetsResponse401": "post_v1_assets_response_401",
    "PostV1AssetsResponseDefault": "post_v1_assets_response_default",
    "PostV1EnumerationScheduleBody": "post_v1_enumeration_schedule_body",
    "PostV1EnumerationScheduleResponse200": "post_v1_enumeration_schedule_response_200",
    "PostV1EnumerationScheduleResponse400": "post_v1_enumeration_schedule_response_400",
    "PostV1EnumerationScheduleResponse401": "post_v1_enumeration_schedule_response_401",
    "PostV1EnumerationScheduleResponse500": "post_v1_enumeration_schedule_response_500",
    "PostV1EnumerationScheduleResponseDefault": "post_v1_enumeration_schedule_response_default",
    "PostV1LeaksExportBody": "post_v1_leaks_export_body",
    "PostV1LeaksExportBodyGroupBy": "post_v1_leaks_export_body_group_by",
    "PostV1LeaksExportBodySortBy": "post_v1_leaks_export_body_sort_by",
    "PostV1LeaksExportBodySortOrder": "post_v1_leaks_export_body_sort_order",
    "PostV1LeaksExportBodyStatus": "post_v1_leaks_export_body_status",
    "PostV1LeaksExportBodyTimeRange": "post_v1_leaks_export_body_time_range",
    "PostV1LeaksExportBodyType": "post_v1_leaks_export_body_type",
    "PostV1LeaksExportFormat": "post_v1_leaks_export_format",
    "PostV1LeaksExportResponse200": "post_v1_leaks_export_response_200",
    "PostV1LeaksExportResponse200DataItem": "post_v1_leaks_export_response_200_data_item",
    "PostV1LeaksExportResponse200GroupSummaryItem": "post_v1_leaks_export_response_200_group_summary_item",
    "PostV1LeaksExportResponse200Summary": "post_v1_leaks_export_response_200_summary",
    "PostV1LeaksExportResponse400": "post_v1_leaks_export_response_400",
    "PostV1LeaksExportResponse401": "post_v1_leaks_export_response_401",
    "PostV1LeaksExportResponse403": "post_v1_leaks_export_response_403",
    "PostV1LeaksExportResponse404": "post_v1_leaks_export_response_404",
    "PostV1LeaksExportResponse500": "post_v1_leaks_export_response_500",
    "PostV1LeaksExportResponseDefault": "post_v1_leaks_export_response_default",
    "PostV1LeaksInfoBody": "post_v1_leaks_info_body",
    "PostV1LeaksInfoResponse200": "post_v1_leaks_info_response_200",
    "PostV1LeaksInfoResponse200Data": "post_v1_leaks_info_response_200_data",
    "PostV1LeaksInfoResponse400": "post_v1_leaks_info_response_400",
    "PostV1LeaksInfoResponse401": "post_v1_leaks_info_response_401",
    "PostV1LeaksInfoResponse403": "post_v1_leaks_info_response_403",
    "PostV1LeaksInfoResponse404": "post_v1_leaks_info_response_404",
    "PostV1LeaksInfoResponse500": "post_v1_leaks_info_response_500",
    "PostV1LeaksInfoResponseDefault": "post_v1_leaks_info_response_default",
    "PostV1LeaksStatusBody": "post_v1_leaks_status_body",
    "PostV1LeaksStatusResponse200": "post_v1_leaks_status_response_200",
    "PostV1LeaksStatusResponse400": "post_v1_leaks_status_response_400",
    "PostV1LeaksStatusResponse401": "post_v1_leaks_status_response_401",
    "PostV1LeaksStatusResponse403": "post_v1_leaks_status_response_403",
    "PostV1LeaksStatusResponse404": "post_v1_leaks_status_response_404",
    "PostV1LeaksStatusResponse500": "post_v1_leaks_status_response_500",
    "PostV1LeaksStatusResponseDefault": "post_v1_leaks_status_response_default",
    "PostV1ScansConfigBody": "post_v1_scans_config_body",
    "PostV1ScansConfigResponse200": "post_v1_scans_config_response_200",
    "PostV1ScansConfigResponse400": "post_v1_scans_config_response_400",
    "PostV1ScansConfigResponse401": "post_v1_scans_config_response_401",
    "PostV1ScansConfigResponse403": "post_v1_scans_config_response_403",
    "PostV1ScansConfigResponse500": "post_v1_scans_config_response_500",
    "PostV1ScansConfigResponseDefault": "post_v1_scans_config_response_default",
    "PostV1ScansConfigSeverityBody": "post_v1_scans_config_severity_body",
    "PostV1ScansConfigSeverityResponse200": "post_v1_scans_config_severity_response_200",
    "PostV1ScansConfigSeverityResponse400": "post_v1_scans_config_severity_response_400",
    "PostV1ScansConfigSeverityResponse401": "post_v1_scans_config_severity_response_401",
    "PostV1ScansConfigSeverityResponse404": "post_v1_scans_config_severity_response_404",
    "PostV1ScansConfigSeverityResponse500": "post_v1_scans_config_severity_response_500",
    "PostV1ScansConfigSeverityResponseDefault": "post_v1_scans_config_severity_response_default",
    "PostV1ScansConfigVerifyBody": "post_v1_scans_config_verify_body",
    "PostV1ScansConfigVerifyResponse200": "post_v1_scans_config_verify_response_200",
    "PostV1ScansConfigVerifyResponse200Event": "post_v1_scans_config_verify_response_200_event",
    "PostV1ScansConfigVerifyResponse400": "post_v1_scans_config_verify_response_400",
    "PostV1ScansConfigVerifyResponse401": "post_v1_scans_config_verify_response_401",
    "PostV1ScansConfigVerifyResponse500": "post_v1_scans_config_verify_response_500",
    "PostV1ScansConfigVerifyResponseDefault": "post_v1_scans_config_verify_response_default",
    "PostV1ScansImportResponse200": "post_v1_scans_import_response_200",
    "PostV1ScansImportResponse400": "post_v1_scans_import_response_400",
    "PostV1ScansImportResponse401": "post_v1_scans_import_response_401",
    "PostV1ScansImportResponse500": "post_v1_scans_import_response_500",
    "PostV1ScansImportResponseDefault": "post_v1_scans_import_response_default",
    "PostV1ScansResultsExportBody": "post_v1_scans_results_export_body",
    "PostV1ScansResultsExportResponse201": "post_v1_scans_results_export_response_201",
    "PostV1ScansResultsExportResponse401": "post_v1_scans_results_export_response_401",
    "PostV1ScansResultsExportResponse403": "post_v1_scans_results_export_response_403",
    "PostV1ScansResultsExportResponse500": "post_v1_scans_results_export_response_500",
    "PostV1ScansResultsExportResponseDefault": "post_v1_scans_results_export_response_default",
    "PostV1ScansResultsExportType": "post_v1_scans_results_export_type",
    "PostV1ScansScanIdExportBody": "post_v1_scans_scan_id_export_body",
    "PostV1ScansScanIdExportResponse201": "post_v1_scans_scan_id_export_response_201",
    "PostV1ScansScanIdExportResponse401": "post_v1_scans_scan_id_export_response_401",
    "PostV1ScansScanIdExportResponse403": "post_v1_scans_scan_id_export_response_403",
    "PostV1ScansScanIdExportResponse500": "post_v1_scans_scan_id_export_response_500",
    "PostV1ScansScanIdExportResponseDefault": "post_v1_scans_scan_id_export_response_default",
    "PostV1ScansScanIdExportType": "post_v1_scans_scan_id_export_type",
    "PostV1ScansScanIdRescanResponse200": "post_v1_scans_scan_id_rescan_response_200",
    "PostV1ScansScanIdRescanResponse400": "post_v1_scans_scan_id_rescan_response_400",
    "PostV1ScansScanIdRescanResponse401": "post_v1_scans_scan_id_rescan_response_401",
    "PostV1ScansScanIdRescanResponse500": "post_v1_scans_scan_id_rescan_response_500",
    "PostV1ScansScanIdRescanResponseDefault": "post_v1_scans_scan_id_rescan_response_default",
    "PostV1ScansScanIdScanLogUploadUrlResponse400": "post_v1_scans_scan_id_scan_log_upload_url_response_400",
    "PostV1ScansScanIdScanLogUploadUrlResponse401": "post_v1_scans_scan_id_scan_log_upload_url_response_401",
    "PostV1ScansScanIdScanLogUploadUrlResponse404": "post_v1_scans_scan_id_scan_log_upload_url_response_404",
    "PostV1ScansScanIdScanLogUploadUrlResponseDefault": "post_v1_scans_scan_id_scan_log_upload_url_response_default",
    "PostV1ScansScanIdStopResponse200": "post_v1_scans_scan_id_stop_response_200",
    "PostV1ScansScanIdStopResponse400": "post_v1_scans_scan_id_stop_response_400",
    "PostV1ScansScanIdStopResponse401": "post_v1_scans_scan_id_stop_response_401",
    "PostV1ScansScanIdStopResponse500": "post_v1_scans_scan_id_stop_response_500",
    "PostV1ScansScanIdStopResponseDefault": "post_v1_scans_scan_id_stop_response_default",
    "PostV1ScansScheduleBody": "post_v1_scans_schedule_body",
    "PostV1ScansScheduleResponse200": "post_v1_scans_schedule_response_200",
    "PostV1ScansScheduleResponse400": "post_v1_scans_schedule_response_400",
    "PostV1ScansScheduleResponse401": "post_v1_scans_schedule_response_401",
    "PostV1ScansScheduleResponse500": "post_v1_scans_schedule_response_500",
    "PostV1ScansScheduleResponseDefault": "post_v1_scans_schedule_response_default",
    "PostV1ScansVulnIdRetestBody": "post_v1_scans_vuln_id_retest_body",
    "PostV1ScansVulnIdRetestResponse200": "post_v1_scans_vuln_id_retest_response_200",
    "PostV1ScansVulnIdRetestResponse400": "post_v1_scans_vuln_id_retest_response_400",
    "PostV1ScansVulnIdRetestResponse401": "post_v1_scans_vuln_id_retest_response_401",
    "PostV1ScansVulnIdRetestResponse500": "post_v1_scans_vuln_id_retest_response_500",
    "PostV1ScansVulnIdRetestResponseDefault": "post_v1_scans_vuln_id_retest_response_default",
    "PostV1TemplateAiBody": "post_v1_template_ai_body",
    "PostV1TemplateAiResponse200": "post_v1_template_ai_response_200",
    "PostV1TemplateAiResponse200RetestItem": "post_v1_template_ai_response_200_retest_item",
    "PostV1TemplateAiResponse400": "post_v1_template_ai_response_400",
    "PostV1TemplateAiResponse401": "post_v1_template_ai_response_401",
    "PostV1TemplateAiResponse403": "post_v1_template_ai_response_403",
    "PostV1TemplateAiResponse500": "post_v1_template_ai_response_500",
    "PostV1TemplateAiResponseDefault": "post_v1_template_ai_response_default",
    "PostV1TemplateBody": "post_v1_template_body",
    "PostV1TemplateResponse200": "post_v1_template_response_200",
    "PostV1TemplateResponse400": "post_v1_template_response_400",
    "PostV1TemplateResponse401": "post_v1_template_response_401",
    "PostV1TemplateResponse500": "post_v1_template_response_500",
    "PostV1TemplateResponseDefault": "post_v1_template_response_default",
    "PostV1TemplateShareBody": "post_v1_template_share_body",
    "PostV1TemplateShareBodyShareType": "post_v1_template_share_body_share_type",
    "PostV1TemplateShareResponse200": "post_v1_template_share_response_200",
    "PostV1TemplateShareResponse400": "post_v1_template_share_response_400",
    "PostV1TemplateShareResponse401": "post_v1_template_share_response_401",
    "PostV1TemplateShareResponse404": "post_v1_template_share_response_404",
    "PostV1TemplateShareResponse500": "post_v1_template_share_response_500",
    "PostV1TemplateShareResponseDefault": "post_v1_template_share_response_default",
    "PostV1UserApikeyResponse200": "post_v1_user_apikey_response_200",
    "PostV1UserApikeyResponse400": "post_v1_user_apikey_response_400",
    "PostV1UserApikeyResponse401": "post_v1_user_apikey_response_401",
    "PostV1UserApikeyResponse404": "post_v1_user_apikey_response_404",
    "PostV1UserApikeyResponse500": "post_v1_user_apikey_response_500",
    "PostV1UserApikeyResponseDefault": "post_v1_user_apikey_response_default",
    "PostV1UserApikeyRotateResponse200": "post_v1_user_apikey_rotate_response_200",
    "PostV1UserApikeyRotateResponse400": "post_v1_user_apikey_rotate_response_400",
    "PostV1UserApikeyRotateResponse401": "post_v1_user_apikey_rotate_response_401",
    "PostV1UserApikeyRotateResponse404": "post_v1_user_apikey_rotate_response_404",
    "PostV1UserApikeyRotateResponse500": "post_v1_user_apikey_rotate_response_500",
    "PostV1UserApikeyRotateResponseDefault": "post_v1_user_apikey_rotate_response_default",
    "PostV1UserTeamBody": "post_v1_user_team_body",
    "PostV1UserTeamDefaultMembersBody": "post_v1_user_team_default_members_body",
    "PostV1UserTeamDefaultMembersBodyMembersItem": "post_v1_user_team_default_members_body_members_item",
    "PostV1UserTeamDefaultMembersBodyMembersItemRole": "post_v1_user_team_default_members_body_members_item_role",
    "PostV1UserTeamDefaultMembersResponse200": "post_v1_user_team_default_members_response_200",
    "PostV1UserTeamDefaultMembersResponse400": "post_v1_user_team_default_members_response_400",
    "PostV1UserTeamDefaultMembersResponse401": "post_v1_user_team_default_members_response_401",
    "PostV1UserTeamDefaultMembersResponse403": "post_v1_user_team_default_members_response_403",
    "PostV1UserTeamDefaultMembersResponse500": "post_v1_user_team_default_members_response_500",
    "PostV1UserTeamDefaultMembersResponseDefault": "post_v1_user_team_default_members_response_default",
    "PostV1UserTeamMemberBody": "post_v1_user_team_member_body",
    "PostV1UserTeamMemberResponse200": "post_v1_user_team_member_response_200",
    "PostV1UserTeamMemberResponse400": "post_v1_user_team_member_response_400",
    "PostV1UserTeamMemberResponse401": "post_v1_user_team_member_response_401",
    "PostV1UserTeamMemberResponse403": "post_v1_user_team_member_response_403",
    "PostV1UserTeamMemberResponse500": "post_v1_user_team_member_response_500",
    "PostV1UserTeamMemberResponseDefault": "post_v1_user_team_member_response_default",
    "PostV1UserTeamResponse200": "post_v1_user_team_response_200",
    "PostV1UserTeamResponse400": "post_v1_user_team_response_400",
    "PostV1UserTeamResponse401": "post_v1_user_team_response_401",
    "PostV1UserTeamResponse500": "post_v1_user_team_response_500",
    "PostV1UserTeamResponseDefault": "post_v1_user_team_response_default",
    "PriceListItem": "price_list_item",
    "PrivateTemplates": "private_templates",
    "Product": "product",
    "ProductInfo": "product_info",
    "ProductInfoProjectRepos": "product_info_project_repos",
    "ProductProjectReposItem": "product_project_repos_item",
    "ProductSeverities": "product_severities",
    "ProductVulnImpactBreakdown": "product_vuln_impact_breakdown",
    "ProductVulnStatuses": "product_vuln_statuses",
    "ProductVulnTypes": "product_vuln_types",
    "ProductVulnerabilityStatCounts": "product_vulnerability_stat_counts",
    "PublicTemplateListItem": "public_template_list_item",
    "RemediationEfficiencyData": "remediation_efficiency_data",
    "RootDomainInfo": "root_domain_info",
    "ScanAssetListItem": "scan_asset_list_item",
    "ScanAssetListItemOptional": "scan_asset_list_item_optional",
    "ScanConfig": "scan_config",
    "ScanConfigAgentBehavior": "scan_config_agent_behavior",
    "ScanConfigItem": "scan_config_item",
    "ScanConfigUpdateItem": "scan_config_update_item",
    "ScanConfigUpdateItemAgentBehavior": "scan_config_update_item_agent_behavior",
    "ScanExposuresTimeSeries": "scan_exposures_time_series",
    "ScanLogResp": "scan_log_resp",
    "ScanLogUploadUrlRequest": "scan_log_upload_url_request",
    "ScanLogUploadUrlResponse": "scan_log_upload_url_response",
    "ScanLogUploadUrlResponseHeaders": "scan_log_upload_url_response_headers",
    "ScanRegressionRemediationTimeSeries": "scan_regression_remediation_time_series",
    "ScanSchedule": "scan_schedule",
    "ScanStats": "scan_stats",
    "ScanStatsSeverity": "scan_stats_severity",
    "ScanStatsVulnStatus": "scan_stats_vuln_status",
    "ScanStatus": "scan_status",
    "ScanStatusItem": "scan_status_item",
    "ScanStatusItemAgentBehavior": "scan_status_item_agent_behavior",
    "ScanStatusItemSeverity": "scan_status_item_severity",
    "ScanUsageStatsResponse": "scan_usage_stats_response",
    "ScansHistoryItems": "scans_history_items",
    "ScansHistoryItemsSeverity": "scans_history_items_severity",
    "SchedulerFrequency": "scheduler_frequency",
    "SearchEngineStats": "search_engine_stats",
    "ServiceUsageLimitItem": "service_usage_limit_item",
    "SeverityBreakdown": "severity_breakdown",
    "SharedTemplateData": "shared_template_data",
    "SharedTemplateMetaData": "shared_template_meta_data",
    "StatBuckets": "stat_buckets",
    "StatBucketsBuckets": "stat_buckets_buckets",
    "StatisticsResponse": "statistics_response",
    "StatisticsResponseErrorStats": "statistics_response_error_stats",
    "StatisticsResponseStatusCodeStats": "statistics_response_status_code_stats",
    "StatisticsResponseWafStats": "statistics_response_waf_stats",
    "StatusBreakdown": "status_breakdown",
    "StripePriceItem": "stripe_price_item",
    "TaskChunk": "task_chunk",
    "TaskChunkStatus": "task_chunk_status",
    "TeamMemberItem": "team_member_item",
    "TemplateContent": "template_content",
    "TemplateContentMetadata": "template_content_metadata",
    "TemplateData": "template_data",
    "TemplateDataMetadata": "template_data_metadata",
    "TemplateDataTemplateType": "template_data_template_type",
    "TemplateFileMeta": "template_file_meta",
    "TemplateFileMetadata": "template_file_metadata",
    "TemplateLeaderboard": "template_leaderboard",
    "TemplateLeaderboardDataItem": "template_leaderboard_data_item",
    "TemplateLeaderboardDataItemCategory": "template_leaderboard_data_item_category",
    "TemplateLeaderboardDataItemLinks": "template_leaderboard_data_item_links",
    "TemplateLeaderboardDataItemProtocol": "template_leaderboard_data_item_protocol",
    "TemplateLeaderboardDataItemSeverity": "template_leaderboard_data_item_severity",
    "TemplateListItem": "template_list_item",
    "TemplateSharingMetadata": "template_sharing_metadata",
    "TemplateSourceMeta": "template_source_meta",
    "TemplateStats": "template_stats",
    "TemplateStatus": "template_status",
    "TemplateValidationError": "template_validation_error",
    "TemplateWorkflowRejection": "template_workflow_rejection",
    "TimeRangeQueryParameter": "time_range_query_parameter",
    "TimelineEvent": "timeline_event",
    "UploadTemplate": "upload_template",
    "UsageRangeEnum": "usage_range_enum",
    "UsedUrlsCount": "used_urls_count",
    "UserAuditLogItems": "user_audit_log_items",
    "UserAuditLogItemsSource": "user_audit_log_items_source",
    "UserProfile": "user_profile",
    "UserSetupStatsItem": "user_setup_stats_item",
    "UserWorkspaces": "user_workspaces",
    "UsersCount": "users_count",
    "VerifyConfigContentsRequestProvider": "verify_config_contents_request_provider",
    "VulnExposure": "vuln_exposure",
    "VulnIssueTrackerItem": "vuln_issue_tracker_item",
    "VulnMetricSeverityBreakdown": "vuln_metric_severity_breakdown",
    "VulnScoreMetricsTimeSeries": "vuln_score_metrics_time_series",
    "VulnStatusEnum": "vuln_status_enum",
    "VulnTimelineResponse": "vuln_timeline_response",
    "Vulnerability": "vulnerability",
    "VulnerabilityChangelogs": "vulnerability_changelogs",
    "VulnerabilityChangelogsEvent": "vulnerability_changelogs_event",
    "VulnerabilityEvent": "vulnerability_event",
    "VulnerabilityEventInfo": "vulnerability_event_info",
    "VulnerabilityEventInfoClassification": "vulnerability_event_info_classification",
    "VulnerabilityEventInfoMetadata": "vulnerability_event_info_metadata",
    "VulnerabilityEventIssueTrackers": "vulnerability_event_issue_trackers",
    "VulnerabilityHistory": "vulnerability_history",
    "VulnerabilityHistoryDetail": "vulnerability_history_detail",
    "VulnerabilityHistoryHistoryItem": "vulnerability_history_history_item",
    "VulnerabilityInfo": "vulnerability_info",
    "VulnerabilityResults": "vulnerability_results",
    "VulnerabilityResultsOld": "vulnerability_results_old",
    "Weakness": "weakness",
    "WorkspaceItem": "workspace_item",
}

__all__ = [
    "POC",
    "AIMeta",
    "ActivityEvent",
    "ActivityEventMessagePayload",
    "ActivityEventStatus",
    "AdminAutomationsItem",
    "AgentInResponse",
    "AgentInResponseNats",
    "AgentInResponseNatsSubjects",
    "AgentInfoResponse",
    "AgentInfoResponseAgent",
    "AgentItem",
    "AgentOutResponse",
    "AssetCategory",
    "AssetCategoryTechnologies",
    "AssetChangelogs",
    "AssetFilters",
    "AssetListItem",
    "AssetPolicy",
    "AssetPolicyListResponse",
    "AssetPolicyMetadata",
    "AssetPolicySuggestion",
    "AssetPolicySuggestionSampleAssetsItem",
    "AssetPolicySuggestionSuggestedPolicy",
    "AssetPolicySuggestionsResponse",
    "AssetPolicyType",
    "AssetStats",
    "AssetUploadResponse",
    "AssociatedDomainEvidence",
    "AssociatedDomainResult",
    "AssociatedDomainsResponse400",
    "AssociatedDomainsResponse401",
    "AssociatedDomainsResponse500",
    "AssociatedDomainsResponseDefault",
    "AssociatedDomainsResultSet",
    "AssociatedDomainsResultSetSourcesCount",
    "AssociatedDomainsSort",
    "AutomationScanData",
    "AutomationScanDataAgentBehavior",
    "BillingCycle",
    "CVEInfo",
    "Citation",
    "Classification",
    "CombolistExposureCount",
    "ConfigResponse",
    "ConfigTypeEnum",
    "ContributorSummary",
    "ContributorSummaryCategoryBreakdown",
    "ContributorSummarySocials",
    "CoverageStats",
    "CreateScanRequest",
    "CreateScanRequestAgentBehavior",
    "CreateScanResponse",
    "CustomSeverityMapping",
    "CustomersCount",
    "DeleteScansConfigExcludeBody",
    "DeleteScansConfigExcludeResponse200",
    "DeleteScansConfigExcludeResponse400",
    "DeleteScansConfigExcludeResponse401",
    "DeleteScansConfigExcludeResponse500",
    "DeleteScansConfigExcludeResponseDefault",
    "DeleteV1AssetEnumerateEnumerateIdResponse200",
    "DeleteV1AssetEnumerateEnumerateIdResponse400",
    "DeleteV1AssetEnumerateEnumerateIdResponse401",
    "DeleteV1AssetEnumerateEnumerateIdResponse500",
    "DeleteV1AssetEnumerateEnumerateIdResponseDefault",
    "DeleteV1AssetEnumerateGroupResponse200",
    "DeleteV1AssetEnumerateGroupResponse400",
    "DeleteV1AssetEnumerateGroupResponse401",
    "DeleteV1AssetEnumerateGroupResponse403",
    "DeleteV1AssetEnumerateGroupResponse500",
    "DeleteV1AssetEnumerateGroupResponseDefault",
    "DeleteV1AssetEnumeratesBody",
    "DeleteV1AssetEnumeratesResponse200",
    "DeleteV1AssetEnumeratesResponse400",
    "DeleteV1AssetEnumeratesResponse401",
    "DeleteV1AssetEnumeratesResponse500",
    "DeleteV1AssetEnumeratesResponseDefault",
    "DeleteV1AssetIdLabelsResponse200",
    "DeleteV1AssetIdLabelsResponse400",
    "DeleteV1AssetIdLabelsResponse401",
    "DeleteV1AssetIdLabelsResponse404",
    "DeleteV1AssetIdLabelsResponse500",
    "DeleteV1AssetIdLabelsResponseDefault",
    "DeleteV1AssetPolicyPolicyIdResponse200",
    "DeleteV1AssetPolicyPolicyIdResponse400",
    "DeleteV1AssetPolicyPolicyIdResponse401",
    "DeleteV1AssetPolicyPolicyIdResponse404",
    "DeleteV1AssetPolicyPolicyIdResponse500",
    "DeleteV1AssetPolicyPolicyIdResponseDefault",
    "DeleteV1EnumerationScheduleResponse200",
    "DeleteV1EnumerationScheduleResponse400",
    "DeleteV1EnumerationScheduleResponse401",
    "DeleteV1EnumerationScheduleResponse500",
    "DeleteV1EnumerationScheduleResponseDefault",
    "DeleteV1ScansBody",
    "DeleteV1ScansConfigConfigIdResponse200",
    "DeleteV1ScansConfigConfigIdResponse400",
    "DeleteV1ScansConfigConfigIdResponse401",
    "DeleteV1ScansConfigConfigIdResponse403",
    "DeleteV1ScansConfigConfigIdResponse500",
    "DeleteV1ScansConfigConfigIdResponseDefault",
    "DeleteV1ScansConfigSeverityBody",
    "DeleteV1ScansConfigSeverityResponse200",
    "DeleteV1ScansConfigSeverityResponse400",
    "DeleteV1ScansConfigSeverityResponse401",
    "DeleteV1ScansConfigSeverityResponse404",
    "DeleteV1ScansConfigSeverityResponse500",
    "DeleteV1ScansConfigSeverityResponseDefault",
    "DeleteV1ScansResponse200",
    "DeleteV1ScansResponse400",
    "DeleteV1ScansResponse401",
    "DeleteV1ScansResponse500",
    "DeleteV1ScansResponseDefault",
    "DeleteV1ScansScanIdResponse200",
    "DeleteV1ScansScanIdResponse400",
    "DeleteV1ScansScanIdResponse401",
    "DeleteV1ScansScanIdResponse500",
    "DeleteV1ScansScanIdResponseDefault",
    "DeleteV1ScansScheduleResponse200",
    "DeleteV1ScansScheduleResponse400",
    "DeleteV1ScansScheduleResponse401",
    "DeleteV1ScansScheduleResponse500",
    "DeleteV1ScansScheduleResponseDefault",
    "DeleteV1ScansVulnsBody",
    "DeleteV1ScansVulnsResponse200",
    "DeleteV1ScansVulnsResponse400",
    "DeleteV1ScansVulnsResponse401",
    "DeleteV1ScansVulnsResponse500",
    "DeleteV1ScansVulnsResponseDefault",
    "DeleteV1TemplateShareTemplateIdResponse200",
    "DeleteV1TemplateShareTemplateIdResponse400",
    "DeleteV1TemplateShareTemplateIdResponse401",
    "DeleteV1TemplateShareTemplateIdResponse500",
    "DeleteV1TemplateShareTemplateIdResponseDefault",
    "DeleteV1TemplateTemplateIdResponse200",
    "DeleteV1TemplateTemplateIdResponse400",
    "DeleteV1TemplateTemplateIdResponse401",
    "DeleteV1TemplateTemplateIdResponse500",
    "DeleteV1TemplateTemplateIdResponseDefault",
    "DeleteV1UserApikeyResponse200",
    "DeleteV1UserApikeyResponse400",
    "DeleteV1UserApikeyResponse401",
    "DeleteV1UserApikeyResponse404",
    "DeleteV1UserApikeyResponse500",
    "DeleteV1UserApikeyResponseDefault",
    "DeleteV1UserTeamBody",
    "DeleteV1UserTeamDefaultMembersBody",
    "DeleteV1UserTeamDefaultMembersResponse200",
    "DeleteV1UserTeamDefaultMembersResponse400",
    "DeleteV1UserTeamDefaultMembersResponse401",
    "DeleteV1UserTeamDefaultMembersResponse403",
    "DeleteV1UserTeamDefaultMembersResponse500",
    "DeleteV1UserTeamDefaultMembersResponseDefault",
    "DeleteV1UserTeamMemberBody",
    "DeleteV1UserTeamMemberResponse200",
    "DeleteV1UserTeamMemberResponse400",
    "DeleteV1UserTeamMemberResponse401",
    "DeleteV1UserTeamMemberResponse403",
    "DeleteV1UserTeamMemberResponse500",
    "DeleteV1UserTeamMemberResponseDefault",
    "DeleteV1UserTeamResponse400",
    "DeleteV1UserTeamResponse403",
    "DeleteV1UserTeamResponse500",
    "DeleteV1UserTeamResponseDefault",
    "DevicesCount",
    "DomainSearchItem",
    "DomainSearchItemType",
    "DomainVerificationRequest",
    "DomainVerificationRequestStatus",
    "DomainVerificationType",
    "EarlyTemplateListItem",
    "EmployeesCount",
    "EnumExportFormats",
    "EnumerateData",
    "EnumerateDataAgentBehavior",
    "EnumerateFilterTypes",
    "EnumerateFiltersItem",
    "EnumerationConfig",
    "EnumerationConfigStepsItem",
    "EnumerationContent",
    "EnumerationContentAsn",
    "EnumerationContentExtendedMetadata",
    "EnumerationContentTechnologyDetails",
    "EnumerationContentTechnologyDetailsMap",
    "EnumerationCounts",
    "EnumerationDomainListItem",
    "EnumerationHistoryDataResponse",
    "EnumerationIDTypes",
    "EnumerationIDTypesDetail",
    "EnumerationIDTypesDetailTypesItem",
    "EnumerationIds",
    "EnumerationLaunchConfig",
    "EnumerationSchedule",
    "EnumerationSourceValue",
    "EnumerationSourceValueMetadata",
    "EnumerationStats",
    "ErrorResponse",
    "ErrorResponse400",
    "ErrorResponse401",
    "ErrorResponse500",
    "ExcludeConfigRequestType",
    "ExcludedTemplatesAndTargets",
    "ExportListItem",
    "ExposureStats",
    "ExposuresTimeSeries",
    "Facets",
    "FacetsBucketsType0",
    "FacetsBucketsType1Item",
    "FailedTemplateFileMetadataUpdate",
    "FilterItem",
    "GetAutomationItem",
    "GetAutomationsListItem",
    "GetEnumerateExportResponse201",
    "GetEnumerateExportResponse400",
    "GetEnumerateExportResponse401",
    "GetEnumerateExportResponse500",
    "GetEnumerateExportResponseDefault",
    "GetEnumerateIdExportResponse201",
    "GetEnumerateIdExportResponse400",
    "GetEnumerateIdExportResponse401",
    "GetEnumerateIdExportResponse500",
    "GetEnumerateIdExportResponseDefault",
    "GetScansConfigExcludeResponse200",
    "GetScansConfigExcludeResponse400",
    "GetScansConfigExcludeResponse401",
    "GetScansConfigExcludeResponse500",
    "GetScansConfigExcludeResponseDefault",
    "GetScansIdConfigResponse400",
    "GetScansIdConfigResponse401",
    "GetScansIdConfigResponse500",
    "GetScansIdConfigResponseDefault",
    "GetScansIdScanLogExportResponse200",
    "GetScansIdScanLogExportResponse201",
    "GetScansIdScanLogExportResponse400",
    "GetScansIdScanLogExportResponse401",
    "GetScansIdScanLogExportResponse500",
    "GetScansIdScanLogExportResponseDefault",
    "GetScansIdScanLogExportSeverity",
    "GetV1AgentsAgentIdResponse401",
    "GetV1AgentsAgentIdResponse404",
    "GetV1AgentsAgentIdResponseDefault",
    "GetV1AssetAssetIdChangelogsResponse200",
    "GetV1AssetAssetIdChangelogsResponse400",
    "GetV1AssetAssetIdChangelogsResponse401",
    "GetV1AssetAssetIdChangelogsResponse500",
    "GetV1AssetAssetIdChangelogsResponseDefault",
    "GetV1AssetAssetIdChangelogsTime",
    "GetV1AssetEnumerateContentsResponse200",
    "GetV1AssetEnumerateContentsResponse400",
    "GetV1AssetEnumerateContentsResponse401",
    "GetV1AssetEnumerateContentsResponse403",
    "GetV1AssetEnumerateContentsResponse500",
    "GetV1AssetEnumerateContentsResponseDefault",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse400",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse401",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse404",
    "GetV1AssetEnumerateEnumIdDomainsExportResponse500",
    "GetV1AssetEnumerateEnumIdDomainsExportResponseDefault",
    "GetV1AssetEnumerateEnumerateIdConfigResponse400",
    "GetV1AssetEnumerateEnumerateIdConfigResponse401",
    "GetV1AssetEnumerateEnumerateIdConfigResponse500",
    "GetV1AssetEnumerateEnumerateIdConfigResponseDefault",
    "GetV1AssetEnumerateEnumerateIdContentsResponse200",
    "GetV1AssetEnumerateEnumerateIdContentsResponse400",
    "GetV1AssetEnumerateEnumerateIdContentsResponse401",
    "GetV1AssetEnumerateEnumerateIdContentsResponse403",
    "GetV1AssetEnumerateEnumerateIdContentsResponse500",
    "GetV1AssetEnumerateEnumerateIdContentsResponseDefault",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse200",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse400",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse401",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse403",
    "GetV1AssetEnumerateEnumerateIdHistoryResponse500",
    "GetV1AssetEnumerateEnumerateIdHistoryResponseDefault",
    "GetV1AssetEnumerateEnumerateIdHistoryTimeRange",
    "GetV1AssetEnumerateEnumerateIdResponse200",
    "GetV1AssetEnumerateEnumerateIdResponse400",
    "GetV1AssetEnumerateEnumerateIdResponse401",
    "GetV1AssetEnumerateEnumerateIdResponse403",
    "GetV1AssetEnumerateEnumerateIdResponse499",
    "GetV1AssetEnumerateEnumerateIdResponse500",
    "GetV1AssetEnumerateEnumerateIdResponseDefault",
    "GetV1AssetEnumerateMisconfigurationFindingType",
    "GetV1AssetEnumerateMisconfigurationResponse200",
    "GetV1AssetEnumerateMisconfigurationResponse400",
    "GetV1AssetEnumerateMisconfigurationResponse401",
    "GetV1AssetEnumerateMisconfigurationResponse403",
    "GetV1AssetEnumerateMisconfigurationResponse500",
    "GetV1AssetEnumerateMisconfigurationResponseDefault",
    "GetV1AssetEnumerateResponse200",
    "GetV1AssetEnumerateResponse400",
    "GetV1AssetEnumerateResponse401",
    "GetV1AssetEnumerateResponse403",
    "GetV1AssetEnumerateResponse500",
    "GetV1AssetEnumerateResponseDefault",
    "GetV1AssetEnumerateTime",
    "GetV1AssetPolicyPolicyIdEventsResponse200",
    "GetV1AssetPolicyPolicyIdEventsResponse200Data",
    "GetV1AssetPolicyPolicyIdEventsResponse400",
    "GetV1AssetPolicyPolicyIdEventsResponse401",
    "GetV1AssetPolicyPolicyIdEventsResponse404",
    "GetV1AssetPolicyPolicyIdEventsResponse500",
    "GetV1AssetPolicyPolicyIdEventsResponseDefault",
    "GetV1AssetPolicyPolicyIdResponse200",
    "GetV1AssetPolicyPolicyIdResponse400",
    "GetV1AssetPolicyPolicyIdResponse401",
    "GetV1AssetPolicyPolicyIdResponse404",
    "GetV1AssetPolicyPolicyIdResponse500",
    "GetV1AssetPolicyPolicyIdResponseDefault",
    "GetV1AssetPolicyResponse400",
    "GetV1AssetPolicyResponse401",
    "GetV1AssetPolicyResponse404",
    "GetV1AssetPolicyResponse500",
    "GetV1AssetPolicyResponseDefault",
    "GetV1AssetPolicySuggestionResponse400",
    "GetV1AssetPolicySuggestionResponse401",
    "GetV1AssetPolicySuggestionResponse404",
    "GetV1AssetPolicySuggestionResponse500",
    "GetV1AssetPolicySuggestionResponseDefault",
    "GetV1AuditLogResponse200",
    "GetV1AuditLogResponse400",
    "GetV1AuditLogResponse401",
    "GetV1AuditLogResponse500",
    "GetV1AuditLogSource",
    "GetV1AuditLogTimeRange",
    "GetV1EarlyTemplatesIdResponse200",
    "GetV1EarlyTemplatesIdResponse400",
    "GetV1EarlyTemplatesIdResponse403",
    "GetV1EarlyTemplatesIdResponse404",
    "GetV1EarlyTemplatesIdResponse500",
    "GetV1EarlyTemplatesIdResponseDefault",
    "GetV1EarlyTemplatesResponse200",
    "GetV1EarlyTemplatesResponse400",
    "GetV1EarlyTemplatesResponse403",
    "GetV1EarlyTemplatesResponse500",
    "GetV1EarlyTemplatesResponseDefault",
    "GetV1EnumerationScheduleResponse200",
    "GetV1EnumerationScheduleResponse400",
    "GetV1EnumerationScheduleResponse401",
    "GetV1EnumerationScheduleResponse500",
    "GetV1EnumerationScheduleResponseDefault",
    "GetV1LeaksGroupBy",
    "GetV1LeaksResponse200",
    "GetV1LeaksResponse200DataItem",
    "GetV1LeaksResponse200GroupSummaryItem",
    "GetV1LeaksResponse200Summary",
    "GetV1LeaksResponse400",
    "GetV1LeaksResponse401",
    "GetV1LeaksResponse403",
    "GetV1LeaksResponse404",
    "GetV1LeaksResponse500",
    "GetV1LeaksResponseDefault",
    "GetV1LeaksSortBy",
    "GetV1LeaksSortOrder",
    "GetV1LeaksStatsDomainResponse200",
    "GetV1LeaksStatsDomainResponse400",
    "GetV1LeaksStatsDomainResponse401",
    "GetV1LeaksStatsDomainResponse403",
    "GetV1LeaksStatsDomainResponse404",
    "GetV1LeaksStatsDomainResponse500",
    "GetV1LeaksStatsDomainResponseDefault",
    "GetV1LeaksStatsEmailResponse200",
    "GetV1LeaksStatsEmailResponse400",
    "GetV1LeaksStatsEmailResponse401",
    "GetV1LeaksStatsEmailResponse403",
    "GetV1LeaksStatsEmailResponse404",
    "GetV1LeaksStatsEmailResponse500",
    "GetV1LeaksStatsEmailResponseDefault",
    "GetV1LeaksStatus",
    "GetV1LeaksTimeRange",
    "GetV1LeaksType",
    "GetV1PublicTemplateDataResponse200",
    "GetV1PublicTemplateDataResponse400",
    "GetV1PublicTemplateDataResponse500",
    "GetV1PublicTemplateDataResponseDefault",
    "GetV1ResultsResponse200",
    "GetV1ResultsResponse200Filters",
    "GetV1ResultsResponse200Stats",
    "GetV1ResultsResponse400",
    "GetV1ResultsResponse401",
    "GetV1ResultsResponse499",
    "GetV1ResultsResponse500",
    "GetV1ResultsResponseDefault",
    "GetV1RetestVulnIdResponse200",
    "GetV1RetestVulnIdResponse400",
    "GetV1RetestVulnIdResponse401",
    "GetV1RetestVulnIdResponse500",
    "GetV1RetestVulnIdResponseDefault",
    "GetV1ScansConfigConfigIdResponse400",
    "GetV1ScansConfigConfigIdResponse401",
    "GetV1ScansConfigConfigIdResponse403",
    "GetV1ScansConfigConfigIdResponse500",
    "GetV1ScansConfigConfigIdResponseDefault",
    "GetV1ScansConfigResponse400",
    "GetV1ScansConfigResponse401",
    "GetV1ScansConfigResponse403",
    "GetV1ScansConfigResponse500",
    "GetV1ScansConfigResponseDefault",
    "GetV1ScansConfigSeverityResponse200",
    "GetV1ScansConfigSeverityResponse400",
    "GetV1ScansConfigSeverityResponse401",
    "GetV1ScansConfigSeverityResponse404",
    "GetV1ScansConfigSeverityResponse500",
    "GetV1ScansConfigSeverityResponseDefault",
    "GetV1ScansConfigType",
    "GetV1ScansHistoryResponse200",
    "GetV1ScansHistoryResponse400",
    "GetV1ScansHistoryResponse401",
    "GetV1ScansHistoryResponse500",
    "GetV1ScansHistoryResponseDefault",
    "GetV1ScansHistoryTimeRange",
    "GetV1ScansResponse200",
    "GetV1ScansResponse400",
    "GetV1ScansResponse401",
    "GetV1ScansResponse499",
    "GetV1ScansResponse500",
    "GetV1ScansResponseDefault",
    "GetV1ScansScanIdAssetsExportResponse400",
    "GetV1ScansScanIdAssetsExportResponse401",
    "GetV1ScansScanIdAssetsExportResponse404",
    "GetV1ScansScanIdAssetsExportResponse500",
    "GetV1ScansScanIdAssetsExportResponseDefault",
    "GetV1ScansScanIdExportResponse201",
    "GetV1ScansScanIdExportResponse401",
    "GetV1ScansScanIdExportResponse403",
    "GetV1ScansScanIdExportResponse500",
    "GetV1ScansScanIdExportResponseDefault",
    "GetV1ScansScanIdExportType",
    "GetV1ScansScanIdHistoryResponse200",
    "GetV1ScansScanIdHistoryResponse400",
    "GetV1ScansScanIdHistoryResponse401",
    "GetV1ScansScanIdHistoryResponse500",
    "GetV1ScansScanIdHistoryResponseDefault",
    "GetV1ScansScanIdHistoryTimeRange",
    "GetV1ScansScanIdResponse400",
    "GetV1ScansScanIdResponse401",
    "GetV1ScansScanIdResponse404",
    "GetV1ScansScanIdResponse499",
    "GetV1ScansScanIdResponse500",
    "GetV1ScansScanIdResponseDefault",
    "GetV1ScansScanIpsResponse200",
    "GetV1ScansScanIpsResponse200IpsItem",
    "GetV1ScansScanIpsResponse400",
    "GetV1ScansScanIpsResponse401",
    "GetV1ScansScanIpsResponse403",
    "GetV1ScansScanIpsResponse500",
    "GetV1ScansScanIpsResponseDefault",
    "GetV1ScansScheduleResponse200",
    "GetV1ScansScheduleResponse400",
    "GetV1ScansScheduleResponse401",
    "GetV1ScansScheduleResponse500",
    "GetV1ScansScheduleResponseDefault",
    "GetV1ScansVulnChangelogsResponse200",
    "GetV1ScansVulnChangelogsResponse400",
    "GetV1ScansVulnChangelogsResponse401",
    "GetV1ScansVulnChangelogsResponse499",
    "GetV1ScansVulnChangelogsResponse500",
    "GetV1ScansVulnChangelogsResponseDefault",
    "GetV1ScansVulnChangelogsTime",
    "GetV1ScansVulnVulnIdChangelogsResponse200",
    "GetV1ScansVulnVulnIdChangelogsResponse400",
    "GetV1ScansVulnVulnIdChangelogsResponse401",
    "GetV1ScansVulnVulnIdChangelogsResponse499",
    "GetV1ScansVulnVulnIdChangelogsResponse500",
    "GetV1ScansVulnVulnIdChangelogsResponseDefault",
    "GetV1ScansVulnVulnIdChangelogsTime",
    "GetV1ScansVulnVulnIdExportResponse401",
    "GetV1ScansVulnVulnIdExportResponse403",
    "GetV1ScansVulnVulnIdExportResponse500",
    "GetV1ScansVulnVulnIdExportResponseDefault",
    "GetV1ScansVulnVulnIdExportType",
    "GetV1ScansVulnVulnIdResponse400",
    "GetV1ScansVulnVulnIdResponse401",
    "GetV1ScansVulnVulnIdResponse500",
    "GetV1ScansVulnVulnIdResponseDefault",
    "GetV1TeamAuditLogSearchResponse200",
    "GetV1TeamAuditLogSearchResponse400",
    "GetV1TeamAuditLogSearchResponse401",
    "GetV1TeamAuditLogSearchResponse500",
    "GetV1TemplatePublicResponse200",
    "GetV1TemplatePublicResponse400",
    "GetV1TemplatePublicResponse500",
    "GetV1TemplatePublicResponseDefault",
    "GetV1TemplateShareResponse200",
    "GetV1TemplateShareResponse400",
    "GetV1TemplateShareResponse401",
    "GetV1TemplateShareResponse404",
    "GetV1TemplateShareResponse500",
    "GetV1TemplateShareResponseDefault",
    "GetV1TemplateShareTemplateIdResponse200",
    "GetV1TemplateShareTemplateIdResponse400",
    "GetV1TemplateShareTemplateIdResponse401",
    "GetV1TemplateShareTemplateIdResponse404",
    "GetV1TemplateShareTemplateIdResponse500",
    "GetV1TemplateShareTemplateIdResponseDefault",
    "GetV1TemplateTIdResponse200",
    "GetV1TemplateTIdResponse400",
    "GetV1TemplateTIdResponse401",
    "GetV1TemplateTIdResponse404",
    "GetV1TemplateTIdResponse500",
    "GetV1TemplateTIdResponseDefault",
    "GetV1TemplatesResponse200",
    "GetV1TemplatesResponse401",
    "GetV1TemplatesResponse500",
    "GetV1TemplatesResponseDefault",
    "GetV1UserApikeyResponse200",
    "GetV1UserApikeyResponse400",
    "GetV1UserApikeyResponse401",
    "GetV1UserApikeyResponse404",
    "GetV1UserApikeyResponse500",
    "GetV1UserApikeyResponseDefault",
    "GetV1UserResponse401",
    "GetV1UserResponseDefault",
    "GetV1UserTeamDefaultMembersResponse200",
    "GetV1UserTeamDefaultMembersResponse200MembersItem",
    "GetV1UserTeamDefaultMembersResponse401",
    "GetV1UserTeamDefaultMembersResponse403",
    "GetV1UserTeamDefaultMembersResponse500",
    "GetV1UserTeamDefaultMembersResponseDefault",
    "GetV1UserTeamMemberResponse200",
    "GetV1UserTeamMemberResponse401",
    "GetV1UserTeamMemberResponse403",
    "GetV1UserTeamMemberResponse500",
    "GetV1UserTeamMemberResponseDefault",
    "GetV1UserTeamResponse200",
    "GetV1UserTeamResponse401",
    "GetV1UserTeamResponse403",
    "GetV1UserTeamResponse500",
    "GetV1UserTeamResponseDefault",
    "GetV2TemplateSearchResponse200",
    "GetV2TemplateSearchResponse400",
    "GetV2TemplateSearchResponse401",
    "GetV2TemplateSearchResponse500",
    "GetV2TemplateSearchResponseDefault",
    "GetV2TemplateSearchScope",
    "GetV2VulnerabilityFiltersResponse200Item",
    "GetV2VulnerabilityFiltersResponse400",
    "GetV2VulnerabilityFiltersResponse404",
    "GetV2VulnerabilityFiltersResponse500",
    "GetV2VulnerabilityFiltersResponseDefault",
    "GetV2VulnerabilitySearchResponse200",
    "GetV2VulnerabilitySearchResponse200Facets",
    "GetV2VulnerabilitySearchResponse400",
    "GetV2VulnerabilitySearchResponse401",
    "GetV2VulnerabilitySearchResponse403",
    "GetV2VulnerabilitySearchResponse404",
    "GetV2VulnerabilitySearchResponse500",
    "GetV2VulnerabilitySearchResponseDefault",
    "GetVulnerabilityByIdResponse200",
    "GetVulnerabilityByIdResponse400",
    "GetVulnerabilityByIdResponse404",
    "GetVulnerabilityByIdResponse500",
    "GetVulnerabilityByIdResponseDefault",
    "GetVulnerabilityTimelineEventTypeItem",
    "GetVulnerabilityTimelineResponse400",
    "GetVulnerabilityTimelineResponse404",
    "GetVulnerabilityTimelineResponse500",
    "GetVulnerabilityTimelineResponseDefault",
    "GetVulnsHistoryResponse400",
    "GetVulnsHistoryResponse500",
    "GetVulnsHistoryResponseDefault",
    "GithubTemplateListItem",
    "H1Stats",
    "IntegrationListItems",
    "InvoiceItem",
    "JiraField",
    "JiraVerifyContentItem",
    "JiraVerifyContentItemCloudId",
    "JiraVerifyContentItemIssueType",
    "KevInfo",
    "LeakCountryStats",
    "LeaksEntity",
    "LeaksEntityStatus",
    "LeaksTimeline",
    "LeaksUsersSampleData",
    "LinearVerifyContentItem",
    "LinearVerifyContentItemOpenState",
    "LogExportFormat",
    "MisconfigurationResponse",
    "MisconfigurationResponseEvent",
    "MisconfigurationResponseFindingType",
    "MisconfigurationResponseSeverity",
    "MisconfigurationResponseStatus",
    "NucleiTemplate",
    "OAuthMetadata",
    "OAuthStatus",
    "OpenVulnerabilityScoreMetrics",
    "OrganizationFullInfo",
    "OrganizationInfo",
    "PatchScansIdConfigResponse200",
    "PatchScansIdConfigResponse400",
    "PatchScansIdConfigResponse401",
    "PatchScansIdConfigResponse500",
    "PatchScansIdConfigResponseDefault",
    "PatchScansIdConfigUpdateType",
    "PatchTemplateFileMetadata",
    "PatchV1AssetEnumerateEnumerateIdBody",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse200",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse400",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse401",
    "PatchV1AssetEnumerateEnumerateIdConfigResponse500",
    "PatchV1AssetEnumerateEnumerateIdConfigResponseDefault",
    "PatchV1AssetEnumerateEnumerateIdConfigUpdateType",
    "PatchV1AssetEnumerateEnumerateIdResponse200",
    "PatchV1AssetEnumerateEnumerateIdResponse400",
    "PatchV1AssetEnumerateEnumerateIdResponse401",
    "PatchV1AssetEnumerateEnumerateIdResponse403",
    "PatchV1AssetEnumerateEnumerateIdResponse500",
    "PatchV1AssetEnumerateEnumerateIdResponseDefault",
    "PatchV1AssetEnumerateGroupBody",
    "PatchV1AssetEnumerateGroupResponse200",
    "PatchV1AssetEnumerateGroupResponse400",
    "PatchV1AssetEnumerateGroupResponse401",
    "PatchV1AssetEnumerateGroupResponse403",
    "PatchV1AssetEnumerateGroupResponse500",
    "PatchV1AssetEnumerateGroupResponseDefault",
    "PatchV1AssetEnumerateGroupUpdateType",
    "PatchV1AssetIdLabelsBody",
    "PatchV1AssetIdLabelsResponse200",
    "PatchV1AssetIdLabelsResponse400",
    "PatchV1AssetIdLabelsResponse401",
    "PatchV1AssetIdLabelsResponse404",
    "PatchV1AssetIdLabelsResponse500",
    "PatchV1AssetIdLabelsResponseDefault",
    "PatchV1AssetIdLabelsUpdateType",
    "PatchV1AssetLabelsBody",
    "PatchV1AssetLabelsResponse200",
    "PatchV1AssetLabelsResponse400",
    "PatchV1AssetLabelsResponse401",
    "PatchV1AssetLabelsResponse404",
    "PatchV1AssetLabelsResponse500",
    "PatchV1AssetLabelsResponseDefault",
    "PatchV1AssetLabelsUpdateType",
    "PatchV1AssetPolicyPolicyIdBody",
    "PatchV1AssetPolicyPolicyIdResponse200",
    "PatchV1AssetPolicyPolicyIdResponse400",
    "PatchV1AssetPolicyPolicyIdResponse401",
    "PatchV1AssetPolicyPolicyIdResponse404",
    "PatchV1AssetPolicyPolicyIdResponse500",
    "PatchV1AssetPolicyPolicyIdResponseDefault",
    "PatchV1AssetPolicyPolicyIdUpdateType",
    "PatchV1AssetsAssetIdContentsResponse400",
    "PatchV1AssetsAssetIdContentsResponse401",
    "PatchV1AssetsAssetIdContentsResponse404",
    "PatchV1AssetsAssetIdContentsResponseDefault",
    "PatchV1ScansConfigConfigIdBody",
    "PatchV1ScansConfigConfigIdResponse200",
    "PatchV1ScansConfigConfigIdResponse400",
    "PatchV1ScansConfigConfigIdResponse401",
    "PatchV1ScansConfigConfigIdResponse403",
    "PatchV1ScansConfigConfigIdResponse500",
    "PatchV1ScansConfigConfigIdResponseDefault",
    "PatchV1ScansConfigConfigIdSeverityBody",
    "PatchV1ScansConfigConfigIdSeverityResponse200",
    "PatchV1ScansConfigConfigIdSeverityResponse400",
    "PatchV1ScansConfigConfigIdSeverityResponse401",
    "PatchV1ScansConfigConfigIdSeverityResponse404",
    "PatchV1ScansConfigConfigIdSeverityResponse500",
    "PatchV1ScansConfigConfigIdSeverityResponseDefault",
    "PatchV1ScansScanIdBody",
    "PatchV1ScansScanIdImportResponse200",
    "PatchV1ScansScanIdImportResponse401",
    "PatchV1ScansScanIdImportResponse403",
    "PatchV1ScansScanIdImportResponse500",
    "PatchV1ScansScanIdImportResponseDefault",
    "PatchV1ScansScanIdResponse200",
    "PatchV1ScansScanIdResponse400",
    "PatchV1ScansScanIdResponse401",
    "PatchV1ScansScanIdResponse500",
    "PatchV1ScansScanIdResponseDefault",
    "PatchV1ScansVulnsBody",
    "PatchV1ScansVulnsLabelsBody",
    "PatchV1ScansVulnsLabelsResponse200",
    "PatchV1ScansVulnsLabelsResponse400",
    "PatchV1ScansVulnsLabelsResponse401",
    "PatchV1ScansVulnsLabelsResponse500",
    "PatchV1ScansVulnsLabelsResponseDefault",
    "PatchV1ScansVulnsResponse200",
    "PatchV1ScansVulnsResponse400",
    "PatchV1ScansVulnsResponse401",
    "PatchV1ScansVulnsResponse500",
    "PatchV1ScansVulnsResponseDefault",
    "PatchV1TemplateBody",
    "PatchV1TemplateResponse200",
    "PatchV1TemplateResponse400",
    "PatchV1TemplateResponse401",
    "PatchV1TemplateResponse500",
    "PatchV1TemplateResponseDefault",
    "PatchV1TemplateShareTemplateIdBody",
    "PatchV1TemplateShareTemplateIdResponse200",
    "PatchV1TemplateShareTemplateIdResponse400",
    "PatchV1TemplateShareTemplateIdResponse401",
    "PatchV1TemplateShareTemplateIdResponse500",
    "PatchV1TemplateShareTemplateIdResponseDefault",
    "PatchV1UserTeamBody",
    "PatchV1UserTeamMemberBody",
    "PatchV1UserTeamMemberResponse200",
    "PatchV1UserTeamMemberResponse400",
    "PatchV1UserTeamMemberResponse401",
    "PatchV1UserTeamMemberResponse403",
    "PatchV1UserTeamMemberResponse500",
    "PatchV1UserTeamMemberResponseDefault",
    "PatchV1UserTeamResponse200",
    "PatchV1UserTeamResponse400",
    "PatchV1UserTeamResponse401",
    "PatchV1UserTeamResponse403",
    "PatchV1UserTeamResponse500",
    "PatchV1UserTeamResponseDefault",
    "PlanDefaultLimit",
    "PlanDefaultLimitPlan",
    "PostScansConfigExcludeBody",
    "PostScansConfigExcludeResponse200",
    "PostScansConfigExcludeResponse400",
    "PostScansConfigExcludeResponse401",
    "PostScansConfigExcludeResponse500",
    "PostScansConfigExcludeResponseDefault",
    "PostV1AgentsInResponse401",
    "PostV1AgentsInResponse500",
    "PostV1AgentsInResponseDefault",
    "PostV1AgentsOutResponse401",
    "PostV1AgentsOutResponseDefault",
    "PostV1AssetEnumerateBody",
    "PostV1AssetEnumerateBodyAgentBehavior",
    "PostV1AssetEnumerateBodyEnumerationConfig",
    "PostV1AssetEnumerateBodyStepsItem",
    "PostV1AssetEnumerateEnumerateIdRescanResponse200",
    "PostV1AssetEnumerateEnumerateIdRescanResponse400",
    "PostV1AssetEnumerateEnumerateIdRescanResponse401",
    "PostV1AssetEnumerateEnumerateIdRescanResponse403",
    "PostV1AssetEnumerateEnumerateIdRescanResponse500",
    "PostV1AssetEnumerateEnumerateIdRescanResponseDefault",
    "PostV1AssetEnumerateGroupBody",
    "PostV1AssetEnumerateGroupResponse200",
    "PostV1AssetEnumerateGroupResponse400",
    "PostV1AssetEnumerateGroupResponse401",
    "PostV1AssetEnumerateGroupResponse403",
    "PostV1AssetEnumerateGroupResponse500",
    "PostV1AssetEnumerateGroupResponseDefault",
    "PostV1AssetEnumerateResponse200",
    "PostV1AssetEnumerateResponse200FailedDomains",
    "PostV1AssetEnumerateResponse400",
    "PostV1AssetEnumerateResponse401",
    "PostV1AssetEnumerateResponse403",
    "PostV1AssetEnumerateResponse500",
    "PostV1AssetEnumerateResponseDefault",
    "PostV1AssetIdLabelsBody",
    "PostV1AssetIdLabelsResponse200",
    "PostV1AssetIdLabelsResponse400",
    "PostV1AssetIdLabelsResponse401",
    "PostV1AssetIdLabelsResponse404",
    "PostV1AssetIdLabelsResponse500",
    "PostV1AssetIdLabelsResponseDefault",
    "PostV1AssetPolicyBody",
    "PostV1AssetPolicyResponse200",
    "PostV1AssetPolicyResponse400",
    "PostV1AssetPolicyResponse401",
    "PostV1AssetPolicyResponse404",
    "PostV1AssetPolicyResponse500",
    "PostV1AssetsResponse400",
    "PostV1AssetsResponse401",
    "PostV1AssetsResponseDefault",
    "PostV1EnumerationScheduleBody",
    "PostV1EnumerationScheduleResponse200",
    "PostV1EnumerationScheduleResponse400",
    "PostV1EnumerationScheduleResponse401",
    "PostV1EnumerationScheduleResponse500",
    "PostV1EnumerationScheduleResponseDefault",
    "PostV1LeaksExportBody",
    "PostV1LeaksExportBodyGroupBy",
    "PostV1LeaksExportBodySortBy",
    "PostV1LeaksExportBodySortOrder",
    "PostV1LeaksExportBodyStatus",
    "PostV1LeaksExportBodyTimeRange",
    "PostV1LeaksExportBodyType",
    "PostV1LeaksExportFormat",
    "PostV1LeaksExportResponse200",
    "PostV1LeaksExportResponse200DataItem",
    "PostV1LeaksExportResponse200GroupSummaryItem",
    "PostV1LeaksExportResponse200Summary",
    "PostV1LeaksExportResponse400",
    "PostV1LeaksExportResponse401",
    "PostV1LeaksExportResponse403",
    "PostV1LeaksExportResponse404",
    "PostV1LeaksExportResponse500",
    "PostV1LeaksExportResponseDefault",
    "PostV1LeaksInfoBody",
    "PostV1LeaksInfoResponse200",
    "PostV1LeaksInfoResponse200Data",
    "PostV1LeaksInfoResponse400",
    "PostV1LeaksInfoResponse401",
    "PostV1LeaksInfoResponse403",
    "PostV1LeaksInfoResponse404",
    "PostV1LeaksInfoResponse500",
    "PostV1LeaksInfoResponseDefault",
    "PostV1LeaksStatusBody",
    "PostV1LeaksStatusResponse200",
    "PostV1LeaksStatusResponse400",
    "PostV1LeaksStatusResponse401",
    "PostV1LeaksStatusResponse403",
    "PostV1LeaksStatusResponse404",
    "PostV1LeaksStatusResponse500",
    "PostV1LeaksStatusResponseDefault",
    "PostV1ScansConfigBody",
    "PostV1ScansConfigResponse200",
    "PostV1ScansConfigResponse400",
    "PostV1ScansConfigResponse401",
    "PostV1ScansConfigResponse403",
    "PostV1ScansConfigResponse500",
    "PostV1ScansConfigResponseDefault",
    "PostV1ScansConfigSeverityBody",
    "PostV1ScansConfigSeverityResponse200",
    "PostV1ScansConfigSeverityResponse400",
    "PostV1ScansConfigSeverityResponse401",
    "PostV1ScansConfigSeverityResponse404",
    "PostV1ScansConfigSeverityResponse500",
    "PostV1ScansConfigSeverityResponseDefault",
    "PostV1ScansConfigVerifyBody",
    "PostV1ScansConfigVerifyResponse200",
    "PostV1ScansConfigVerifyResponse200Event",
    "PostV1ScansConfigVerifyResponse400",
    "PostV1ScansConfigVerifyResponse401",
    "PostV1ScansConfigVerifyResponse500",
    "PostV1ScansConfigVerifyResponseDefault",
    "PostV1ScansImportResponse200",
    "PostV1ScansImportResponse400",
    "PostV1ScansImportResponse401",
    "PostV1ScansImportResponse500",
    "PostV1ScansImportResponseDefault",
    "PostV1ScansResultsExportBody",
    "PostV1ScansResultsExportResponse201",
    "PostV1ScansResultsExportResponse401",
    "PostV1ScansResultsExportResponse403",
    "PostV1ScansResultsExportResponse500",
    "PostV1ScansResultsExportResponseDefault",
    "PostV1ScansResultsExportType",
    "PostV1ScansScanIdExportBody",
    "PostV1ScansScanIdExportResponse201",
    "PostV1ScansScanIdExportResponse401",
    "PostV1ScansScanIdExportResponse403",
    "PostV1ScansScanIdExportResponse500",
    "PostV1ScansScanIdExportResponseDefault",
    "PostV1ScansScanIdExportType",
    "PostV1ScansScanIdRescanResponse200",
    "PostV1ScansScanIdRescanResponse400",
    "PostV1ScansScanIdRescanResponse401",
    "PostV1ScansScanIdRescanResponse500",
    "PostV1ScansScanIdRescanResponseDefault",
    "PostV1ScansScanIdScanLogUploadUrlResponse400",
    "PostV1ScansScanIdScanLogUploadUrlResponse401",
    "PostV1ScansScanIdScanLogUploadUrlResponse404",
    "PostV1ScansScanIdScanLogUploadUrlResponseDefault",
    "PostV1ScansScanIdStopResponse200",
    "PostV1ScansScanIdStopResponse400",
    "PostV1ScansScanIdStopResponse401",
    "PostV1ScansScanIdStopResponse500",
    "PostV1ScansScanIdStopResponseDefault",
    "PostV1ScansScheduleBody",
    "PostV1ScansScheduleResponse200",
    "PostV1ScansScheduleResponse400",
    "PostV1ScansScheduleResponse401",
    "PostV1ScansScheduleResponse500",
    "PostV1ScansScheduleResponseDefault",
    "PostV1ScansVulnIdRetestBody",
    "PostV1ScansVulnIdRetestResponse200",
    "PostV1ScansVulnIdRetestResponse400",
    "PostV1ScansVulnIdRetestResponse401",
    "PostV1ScansVulnIdRetestResponse500",
    "PostV1ScansVulnIdRetestResponseDefault",
    "PostV1TemplateAiBody",
    "PostV1TemplateAiResponse200",
    "PostV1TemplateAiResponse200RetestItem",
    "PostV1TemplateAiResponse400",
    "PostV1TemplateAiResponse401",
    "PostV1TemplateAiResponse403",
    "PostV1TemplateAiResponse500",
    "PostV1TemplateAiResponseDefault",
    "PostV1TemplateBody",
    "PostV1TemplateResponse200",
    "PostV1TemplateResponse400",
    "PostV1TemplateResponse401",
    "PostV1TemplateResponse500",
    "PostV1TemplateResponseDefault",
    "PostV1TemplateShareBody",
    "PostV1TemplateShareBodyShareType",
    "PostV1TemplateShareResponse200",
    "PostV1TemplateShareResponse400",
    "PostV1TemplateShareResponse401",
    "PostV1TemplateShareResponse404",
    "PostV1TemplateShareResponse500",
    "PostV1TemplateShareResponseDefault",
    "PostV1UserApikeyResponse200",
    "PostV1UserApikeyResponse400",
    "PostV1UserApikeyResponse401",
    "PostV1UserApikeyResponse404",
    "PostV1UserApikeyResponse500",
    "PostV1UserApikeyResponseDefault",
    "PostV1UserApikeyRotateResponse200",
    "PostV1UserApikeyRotateResponse400",
    "PostV1UserApikeyRotateResponse401",
    "PostV1UserApikeyRotateResponse404",
    "PostV1UserApikeyRotateResponse500",
    "PostV1UserApikeyRotateResponseDefault",
    "PostV1UserTeamBody",
    "PostV1UserTeamDefaultMembersBody",
    "PostV1UserTeamDefaultMembersBodyMembersItem",
    "PostV1UserTeamDefaultMembersBodyMembersItemRole",
    "PostV1UserTeamDefaultMembersResponse200",
    "PostV1UserTeamDefaultMembersResponse400",
    "PostV1UserTeamDefaultMembersResponse401",
    "PostV1UserTeamDefaultMembersResponse403",
    "PostV1UserTeamDefaultMembersResponse500",
    "PostV1UserTeamDefaultMembersResponseDefault",
    "PostV1UserTeamMemberBody",
    "PostV1UserTeamMemberResponse200",
    "PostV1UserTeamMemberResponse400",
    "PostV1UserTeamMemberResponse401",
    "PostV1UserTeamMemberResponse403",
    "PostV1UserTeamMemberResponse500",
    "PostV1UserTeamMemberResponseDefault",
    "PostV1UserTeamResponse200",
    "PostV1UserTeamResponse400",
    "PostV1UserTeamResponse401",
    "PostV1UserTeamResponse500",
    "PostV1UserTeamResponseDefault",
    "PriceListItem",
    "PrivateTemplates",
    "Product",
    "ProductInfo",
    "ProductInfoProjectRepos",
    "ProductProjectReposItem",
    "ProductSeverities",
    "ProductVulnImpactBreakdown",
    "ProductVulnStatuses",
    "ProductVulnTypes",
    "ProductVulnerabilityStatCounts",
    "PublicTemplateListItem",
    "RemediationEfficiencyData",
    "RootDomainInfo",
    "ScanAssetListItem",
    "ScanAssetListItemOptional",
    "ScanConfig",
    "ScanConfigAgentBehavior",
    "ScanConfigItem",
    "ScanConfigUpdateItem",
    "ScanConfigUpdateItemAgentBehavior",
    "ScanExposuresTimeSeries",
    "ScanLogResp",
    "ScanLogUploadUrlRequest",
    "ScanLogUploadUrlResponse",
    "ScanLogUploadUrlResponseHeaders",
    "ScanRegressionRemediationTimeSeries",
    "ScanSchedule",
    "ScanStats",
    "ScanStatsSeverity",
    "ScanStatsVulnStatus",
    "ScanStatus",
    "ScanStatusItem",
    "ScanStatusItemAgentBehavior",
    "ScanStatusItemSeverity",
    "ScanUsageStatsResponse",
    "ScansHistoryItems",
    "ScansHistoryItemsSeverity",
    "SchedulerFrequency",
    "SearchEngineStats",
    "ServiceUsageLimitItem",
    "SeverityBreakdown",
    "SharedTemplateData",
    "SharedTemplateMetaData",
    "StatBuckets",
    "StatBucketsBuckets",
    "StatisticsResponse",
    "StatisticsResponseErrorStats",
    "StatisticsResponseStatusCodeStats",
    "StatisticsResponseWafStats",
    "StatusBreakdown",
    "StripePriceItem",
    "TaskChunk",
    "TaskChunkStatus",
    "TeamMemberItem",
    "TemplateContent",
    "TemplateContentMetadata",
    "TemplateData",
    "TemplateDataMetadata",
    "TemplateDataTemplateType",
    "TemplateFileMeta",
    "TemplateFileMetadata",
    "TemplateLeaderboard",
    "TemplateLeaderboardDataItem",
    "TemplateLeaderboardDataItemCategory",
    "TemplateLeaderboardDataItemLinks",
    "TemplateLeaderboardDataItemProtocol",
    "TemplateLeaderboardDataItemSeverity",
    "TemplateListItem",
    "TemplateSharingMetadata",
    "TemplateSourceMeta",
    "TemplateStats",
    "TemplateStatus",
    "TemplateValidationError",
    "TemplateWorkflowRejection",
    "TimeRangeQueryParameter",
    "TimelineEvent",
    "UploadTemplate",
    "UsageRangeEnum",
    "UsedUrlsCount",
    "UserAuditLogItems",
    "UserAuditLogItemsSource",
    "UserProfile",
    "UserSetupStatsItem",
    "UserWorkspaces",
    "UsersCount",
    "VerifyConfigContentsRequestProvider",
    "VulnExposure",
    "VulnIssueTrackerItem",
    "VulnMetricSeverityBreakdown",
    "VulnScoreMetricsTimeSeries",
    "VulnStatusEnum",
    "VulnTimelineResponse",
    "Vulnerability",
    "VulnerabilityChangelogs",
    "VulnerabilityChangelogsEvent",
    "VulnerabilityEvent",
    "VulnerabilityEventInfo",
    "VulnerabilityEventInfoClassification",
    "VulnerabilityEventInfoMetadata",
    "VulnerabilityEventIssueTrackers",
    "VulnerabilityHistory",
    "VulnerabilityHistoryDetail",
    "VulnerabilityHistoryHistoryItem",
    "VulnerabilityInfo",
    "VulnerabilityResults",
    "VulnerabilityResultsOld",
    "Weakness",
    "WorkspaceItem",
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
