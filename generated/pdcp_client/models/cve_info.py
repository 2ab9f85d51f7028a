from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.kev_info import KevInfo
    from ..models.poc import POC


T = TypeVar("T", bound="CVEInfo")


@_attrs_define
class CVEInfo:
    """
    Attributes:
        age_in_days (int | Unset): Age in days for the cve
        assignee (str | Unset): Assignee for the cve
        cve_created_at (datetime.datetime | Unset): Created at date for the cve
        cve_id (str | Unset): CVE ID for the cve
        cve_updated_at (datetime.datetime | Unset): Updated at date for the cve
        cvss_metrics (str | Unset): CVSS Metrics for the cve Example: 3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.
        cvss_score (float | Unset): CVSS Score for the cve Example: 9.8.
        epss_percentile (float | Unset): EPSS Percentile for the template. Example: 0.42509.
        epss_score (float | Unset): EPSS Score for the template. Example: 0.42509.
        is_kev (bool | Unset): True if the cve is a kev
        is_vkev (bool | Unset): True if the cve is a vkev
        is_oss (bool | Unset): True if the cve is an oss cve
        is_patch_available (bool | Unset): True if the cve has a patch available
        is_poc (bool | Unset): True if the cve has a poc
        is_remote (bool | Unset): True if the cve is a remote cve
        is_template (bool | Unset): True if the cve has a template
        kev (list[KevInfo] | Unset): KEV info for the cve
        poc_count (int | Unset): Count of pocs for the vulnerability
        pocs (list[POC] | Unset): Contains all known proof of concepts for the vulnerability
        nuclei_template (str | Unset): Raw nuclei template content
        is_auth (bool | Unset): True if the CVE is an authenticated CVE
        is_exploit_seen (bool | Unset): True if the CVE has been exploited in the wild
        poc_first_seen (datetime.datetime | Unset): First seen date for the poc
        vuln_status (str | Unset): Status of the cve
    """

    age_in_days: int | Unset = UNSET
    assignee: str | Unset = UNSET
    cve_created_at: datetime.datetime | Unset = UNSET
    cve_id: str | Unset = UNSET
    cve_updated_at: datetime.datetime | Unset = UNSET
    cvss_metrics: str | Unset = UNSET
    cvss_score: float | Unset = UNSET
    epss_percentile: float | Unset = UNSET
    epss_score: float | Unset = UNSET
    is_kev: bool | Unset = UNSET
    is_vkev: bool | Unset = UNSET
    is_oss: bool | Unset = UNSET
    is_patch_available: bool | Unset = UNSET
    is_poc: bool | Unset = UNSET
    is_remote: bool | Unset = UNSET
    is_template: bool | Unset = UNSET
    kev: list[KevInfo] = _attrs_field(factory=LeftOutList)
    poc_count: int | Unset = UNSET
    pocs: list[POC] = _attrs_field(factory=LeftOutList)
    nuclei_template: str | Unset = UNSET
    is_auth: bool | Unset = UNSET
    is_exploit_seen: bool | Unset = UNSET
    poc_first_seen: datetime.datetime | Unset = UNSET
    vuln_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_in_days = self.age_in_days

        assignee = self.assignee

        cve_created_at: str | Unset = UNSET
        if not isinstance(self.cve_created_at, Unset):
            cve_created_at = self.cve_created_at.isoformat()

        cve_id = self.cve_id

        cve_updated_at: str | Unset = UNSET
        if not isinstance(self.cve_updated_at, Unset):
            cve_updated_at = self.cve_updated_at.isoformat()

        cvss_metrics = self.cvss_metrics

        cvss_score = self.cvss_score

        epss_percentile = self.epss_percentile

        epss_score = self.epss_score

        is_kev = self.is_kev

        is_vkev = self.is_vkev

        is_oss = self.is_oss

        is_patch_available = self.is_patch_available

        is_poc = self.is_poc

        is_remote = self.is_remote

        is_template = self.is_template

        kev: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kev, Unset):
            kev = []
            for kev_item_data in self.kev:
                kev_item = kev_item_data.to_dict()
                kev.append(kev_item)

        poc_count = self.poc_count

        pocs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pocs, Unset):
            pocs = []
            for pocs_item_data in self.pocs:
                pocs_item = pocs_item_data.to_dict()
                pocs.append(pocs_item)

        nuclei_template = self.nuclei_template

        is_auth = self.is_auth

        is_exploit_seen = self.is_exploit_seen

        poc_first_seen: str | Unset = UNSET
        if not isinstance(self.poc_first_seen, Unset):
            poc_first_seen = self.poc_first_seen.isoformat()

        vuln_status = self.vuln_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_in_days is not UNSET:
            field_dict["age_in_days"] = age_in_days
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if cve_created_at is not UNSET:
            field_dict["cve_created_at"] = cve_created_at
        if cve_id is not UNSET:
            field_dict["cve_id"] = cve_id
        if cve_updated_at is not UNSET:
            field_dict["cve_updated_at"] = cve_updated_at
        if cvss_metrics is not UNSET:
            field_dict["cvss_metrics"] = cvss_metrics
        if cvss_score is not UNSET:
            field_dict["cvss_score"] = cvss_score
        if epss_percentile is not UNSET:
            field_dict["epss_percentile"] = epss_percentile
        if epss_score is not UNSET:
            field_dict["epss_score"] = epss_score
        if is_kev is not UNSET:
            field_dict["is_kev"] = is_kev
        if is_vkev is not UNSET:
            field_dict["is_vkev"] = is_vkev
        if is_oss is not UNSET:
            field_dict["is_oss"] = is_oss
        if is_patch_available is not UNSET:
            field_dict["is_patch_available"] = is_patch_available
        if is_poc is not UNSET:
            field_dict["is_poc"] = is_poc
        if is_remote is not UNSET:
            field_dict["is_remote"] = is_remote
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if kev is not UNSET and not (
            isinstance(self.kev, LeftOutList) and not self.kev
        ):
            field_dict["kev"] = kev
        if poc_count is not UNSET:
            field_dict["poc_count"] = poc_count
        if pocs is not UNSET and not (
            isinstance(self.pocs, LeftOutList) and not self.pocs
        ):
            field_dict["pocs"] = pocs
        if nuclei_template is not UNSET:
            field_dict["nuclei_template"] = nuclei_template
        if is_auth is not UNSET:
            field_dict["is_auth"] = is_auth
        if is_exploit_seen is not UNSET:
            field_dict["is_exploit_seen"] = is_exploit_seen
        if poc_first_seen is not UNSET:
            field_dict["poc_first_seen"] = poc_first_seen
        if vuln_status is not UNSET:
            field_dict["vuln_status"] = vuln_status

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kev_info import KevInfo
        from ..models.poc import POC

        d = dict(src_dict)
        age_in_days = d.pop("age_in_days", UNSET)

        assignee = d.pop("assignee", UNSET)

        _cve_created_at = d.pop("cve_created_at", UNSET)
        cve_created_at: datetime.datetime | Unset
        if isinstance(_cve_created_at, Unset):
            cve_created_at = UNSET
        else:
            cve_created_at = datetime.datetime.fromisoformat(_cve_created_at)

        cve_id = d.pop("cve_id", UNSET)

        _cve_updated_at = d.pop("cve_updated_at", UNSET)
        cve_updated_at: datetime.datetime | Unset
        if isinstance(_cve_updated_at, Unset):
            cve_updated_at = UNSET
        else:
            cve_updated_at = datetime.datetime.fromisoformat(_cve_updated_at)

        cvss_metrics = d.pop("cvss_metrics", UNSET)

        cvss_score = d.pop("cvss_score", UNSET)

        epss_percentile = d.pop("epss_percentile", UNSET)

        epss_score = d.pop("epss_score", UNSET)

        is_kev = d.pop("is_kev", UNSET)

        is_vkev = d.pop("is_vkev", UNSET)

        is_oss = d.pop("is_oss", UNSET)

        is_patch_available = d.pop("is_patch_available", UNSET)

        is_poc = d.pop("is_poc", UNSET)

        is_remote = d.pop("is_remote", UNSET)

        is_template = d.pop("is_template", UNSET)

        _kev = d.pop("kev", UNSET)
        kev: list[KevInfo] | Unset = UNSET
        if _kev is not UNSET:
            kev = []
            for kev_item_data in _kev:
                kev_item = KevInfo.from_dict(kev_item_data)

                kev.append(kev_item)

        poc_count = d.pop("poc_count", UNSET)

        _pocs = d.pop("pocs", UNSET)
        pocs: list[POC] | Unset = UNSET
        if _pocs is not UNSET:
            pocs = []
            for pocs_item_data in _pocs:
                pocs_item = POC.from_dict(pocs_item_data)

                pocs.append(pocs_item)

        nuclei_template = d.pop("nuclei_template", UNSET)

        is_auth = d.pop("is_auth", UNSET)

        is_exploit_seen = d.pop("is_exploit_seen", UNSET)

        _poc_first_seen = d.pop("poc_first_seen", UNSET)
        poc_first_seen: datetime.datetime | Unset
        if isinstance(_poc_first_seen, Unset):
            poc_first_seen = UNSET
        else:
            poc_first_seen = datetime.datetime.fromisoformat(_poc_first_seen)

        vuln_status = d.pop("vuln_status", UNSET)

        cve_info = cls(
            age_in_days=age_in_days,
            assignee=assignee,
            cve_created_at=cve_created_at,
            cve_id=cve_id,
            cve_updated_at=cve_updated_at,
            cvss_metrics=cvss_metrics,
            cvss_score=cvss_score,
            epss_percentile=epss_percentile,
            epss_score=epss_score,
            is_kev=is_kev,
            is_vkev=is_vkev,
            is_oss=is_oss,
            is_patch_available=is_patch_available,
            is_poc=is_poc,
            is_remote=is_remote,
            is_template=is_template,
            kev=LeftOutList() if kev is None else kev,
            poc_count=poc_count,
            pocs=LeftOutList() if pocs is None else pocs,
            nuclei_template=nuclei_template,
            is_auth=is_auth,
            is_exploit_seen=is_exploit_seen,
            poc_first_seen=poc_first_seen,
            vuln_status=vuln_status,
        )

        cve_info.additional_properties = d
        return cve_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
