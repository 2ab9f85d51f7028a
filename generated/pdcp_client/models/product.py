from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exposure_stats import ExposureStats
    from ..models.product_project_repos_item import ProductProjectReposItem
    from ..models.product_severities import ProductSeverities
    from ..models.product_vuln_impact_breakdown import ProductVulnImpactBreakdown
    from ..models.product_vuln_statuses import ProductVulnStatuses
    from ..models.product_vuln_types import ProductVulnTypes
    from ..models.product_vulnerability_stat_counts import (
        ProductVulnerabilityStatCounts,
    )


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """
    Attributes:
        doc_id (str): Unique document ID in the form vendor:product
        kev_count (int): Number of KEV vulnerabilities for this product
        product (str): Product name
        vendor (str): Vendor name
        vuln_count (int): Total number of vulnerabilities for this product
        vulns_with_poc (int): Number of vulnerabilities with PoC for this product
        category (str | Unset): Product category
        cpe (list[str] | Unset): List of CPEs for this product
        deployment_model (str | Unset): Product deployment model
        exposure (ExposureStats | Unset):
        first_cve_created_at (datetime.datetime | Unset): Date when the earliest CVE was processed for this product
        industry (str | Unset): Product industry
        last_cve_created_at (datetime.datetime | Unset): Date when the most recent CVE was processed for this product
        project_repos (list[ProductProjectReposItem] | Unset): List of repository info for this product
        projects (list[str] | Unset): List of project URLs for this product
        score (float | Unset): Impact score based on available parameters mainly used for sorting
        summary (str | Unset): Product summary
        tech_domain (str | Unset): Product tech domain
        vulnerability_count (int | Unset): Total number of vulnerabilities for this product
        vulnerability_max_cvss (float | Unset): Maximum CVSS score among vulnerabilities
        vulnerability_mean_cvss (float | Unset): Mean CVSS score among vulnerabilities
        vulnerability_poc_count (int | Unset): Number of vulnerabilities with PoC for this product
        vulnerability_stat_counts (ProductVulnerabilityStatCounts | Unset): Vulnerability statistics by type
        severities (ProductSeverities | Unset): Map of severity -> count for vulnerabilities
        vuln_impact_breakdown (ProductVulnImpactBreakdown | Unset): Map of vulnerability_impact -> count for
            vulnerabilities (flattened array)
        vuln_statuses (ProductVulnStatuses | Unset): Map of vuln_status -> count for vulnerabilities
        vuln_types (ProductVulnTypes | Unset): Map of vulnerability_type -> count for vulnerabilities
    """

    doc_id: str
    kev_count: int
    product: str
    vendor: str
    vuln_count: int
    vulns_with_poc: int
    category: str | Unset = UNSET
    cpe: list[str] | Unset = UNSET
    deployment_model: str | Unset = UNSET
    exposure: ExposureStats | Unset = UNSET
    first_cve_created_at: datetime.datetime | Unset = UNSET
    industry: str | Unset = UNSET
    last_cve_created_at: datetime.datetime | Unset = UNSET
    project_repos: list[ProductProjectReposItem] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    score: float | Unset = UNSET
    summary: str | Unset = UNSET
    tech_domain: str | Unset = UNSET
    vulnerability_count: int | Unset = UNSET
    vulnerability_max_cvss: float | Unset = UNSET
    vulnerability_mean_cvss: float | Unset = UNSET
    vulnerability_poc_count: int | Unset = UNSET
    vulnerability_stat_counts: ProductVulnerabilityStatCounts | Unset = UNSET
    severities: ProductSeverities | Unset = UNSET
    vuln_impact_breakdown: ProductVulnImpactBreakdown | Unset = UNSET
    vuln_statuses: ProductVulnStatuses | Unset = UNSET
    vuln_types: ProductVulnTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id = self.doc_id

        kev_count = self.kev_count

        product = self.product

        vendor = self.vendor

        vuln_count = self.vuln_count

        vulns_with_poc = self.vulns_with_poc

        category = self.category

        cpe: list[str] | Unset = UNSET
        if not isinstance(self.cpe, Unset):
            cpe = self.cpe

        deployment_model = self.deployment_model

        exposure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exposure, Unset):
            exposure = self.exposure.to_dict()

        first_cve_created_at: str | Unset = UNSET
        if not isinstance(self.first_cve_created_at, Unset):
            first_cve_created_at = self.first_cve_created_at.isoformat()

        industry = self.industry

        last_cve_created_at: str | Unset = UNSET
        if not isinstance(self.last_cve_created_at, Unset):
            last_cve_created_at = self.last_cve_created_at.isoformat()

        project_repos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_repos, Unset):
            project_repos = []
            for project_repos_item_data in self.project_repos:
                project_repos_item = project_repos_item_data.to_dict()
                project_repos.append(project_repos_item)

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        score = self.score

        summary = self.summary

        tech_domain = self.tech_domain

        vulnerability_count = self.vulnerability_count

        vulnerability_max_cvss = self.vulnerability_max_cvss

        vulnerability_mean_cvss = self.vulnerability_mean_cvss

        vulnerability_poc_count = self.vulnerability_poc_count

        vulnerability_stat_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vulnerability_stat_counts, Unset):
            vulnerability_stat_counts = self.vulnerability_stat_counts.to_dict()

        severities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severities, Unset):
            severities = self.severities.to_dict()

        vuln_impact_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vuln_impact_breakdown, Unset):
            vuln_impact_breakdown = self.vuln_impact_breakdown.to_dict()

        vuln_statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vuln_statuses, Unset):
            vuln_statuses = self.vuln_statuses.to_dict()

        vuln_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vuln_types, Unset):
            vuln_types = self.vuln_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doc_id": doc_id,
                "kev_count": kev_count,
                "product": product,
                "vendor": vendor,
                "vuln_count": vuln_count,
                "vulns_with_poc": vulns_with_poc,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if cpe is not UNSET:
            field_dict["cpe"] = cpe
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model
        if exposure is not UNSET:
            field_dict["exposure"] = exposure
        if first_cve_created_at is not UNSET:
            field_dict["first_cve_created_at"] = first_cve_created_at
        if industry is not UNSET:
            field_dict["industry"] = industry
        if last_cve_created_at is not UNSET:
            field_dict["last_cve_created_at"] = last_cve_created_at
        if project_repos is not UNSET:
            field_dict["project_repos"] = project_repos
        if projects is not UNSET:
            field_dict["projects"] = projects
        if score is not UNSET:
            field_dict["score"] = score
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tech_domain is not UNSET:
            field_dict["tech_domain"] = tech_domain
        if vulnerability_count is not UNSET:
            field_dict["vulnerability_count"] = vulnerability_count
        if vulnerability_max_cvss is not UNSET:
            field_dict["vulnerability_max_cvss"] = vulnerability_max_cvss
        if vulnerability_mean_cvss is not UNSET:
            field_dict["vulnerability_mean_cvss"] = vulnerability_mean_cvss
        if vulnerability_poc_count is not UNSET:
            field_dict["vulnerability_poc_count"] = vulnerability_poc_count
        if vulnerability_stat_counts is not UNSET:
            field_dict["vulnerability_stat_counts"] = vulnerability_stat_counts
        if severities is not UNSET:
            field_dict["severities"] = severities
        if vuln_impact_breakdown is not UNSET:
            field_dict["vuln_impact_breakdown"] = vuln_impact_breakdown
        if vuln_statuses is not UNSET:
            field_dict["vuln_statuses"] = vuln_statuses
        if vuln_types is not UNSET:
            field_dict["vuln_types"] = vuln_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exposure_stats import ExposureStats
        from ..models.product_project_repos_item import ProductProjectReposItem
        from ..models.product_severities import ProductSeverities
        from ..models.product_vuln_impact_breakdown import ProductVulnImpactBreakdown
        from ..models.product_vuln_statuses import ProductVulnStatuses
        from ..models.product_vuln_types import ProductVulnTypes
        from ..models.product_vulnerability_stat_counts import (
            ProductVulnerabilityStatCounts,
        )

        d = dict(src_dict)
        doc_id = d.pop("doc_id")

        kev_count = d.pop("kev_count")

        product = d.pop("product")

        vendor = d.pop("vendor")

        vuln_count = d.pop("vuln_count")

        vulns_with_poc = d.pop("vulns_with_poc")

        category = d.pop("category", UNSET)

        cpe = cast(list[str], d.pop("cpe", UNSET))

        deployment_model = d.pop("deployment_model", UNSET)

        _exposure = d.pop("exposure", UNSET)
        exposure: ExposureStats | Unset
        if isinstance(_exposure, Unset):
            exposure = UNSET
        else:
            exposure = ExposureStats.from_dict(_exposure)

        _first_cve_created_at = d.pop("first_cve_created_at", UNSET)
        first_cve_created_at: datetime.datetime | Unset
        if isinstance(_first_cve_created_at, Unset):
            first_cve_created_at = UNSET
        else:
            first_cve_created_at = datetime.datetime.fromisoformat(
                _first_cve_created_at
            )

        industry = d.pop("industry", UNSET)

        _last_cve_created_at = d.pop("last_cve_created_at", UNSET)
        last_cve_created_at: datetime.datetime | Unset
        if isinstance(_last_cve_created_at, Unset):
            last_cve_created_at = UNSET
        else:
            last_cve_created_at = datetime.datetime.fromisoformat(_last_cve_created_at)

        _project_repos = d.pop("project_repos", UNSET)
        project_repos: list[ProductProjectReposItem] | Unset = UNSET
        if _project_repos is not UNSET:
            project_repos = []
            for project_repos_item_data in _project_repos:
                project_repos_item = ProductProjectReposItem.from_dict(
                    project_repos_item_data
                )

                project_repos.append(project_repos_item)

        projects = cast(list[str], d.pop("projects", UNSET))

        score = d.pop("score", UNSET)

        summary = d.pop("summary", UNSET)

        tech_domain = d.pop("tech_domain", UNSET)

        vulnerability_count = d.pop("vulnerability_count", UNSET)

        vulnerability_max_cvss = d.pop("vulnerability_max_cvss", UNSET)

        vulnerability_mean_cvss = d.pop("vulnerability_mean_cvss", UNSET)

        vulnerability_poc_count = d.pop("vulnerability_poc_count", UNSET)

        _vulnerability_stat_counts = d.pop("vulnerability_stat_counts", UNSET)
        vulnerability_stat_counts: ProductVulnerabilityStatCounts | Unset
        if isinstance(_vulnerability_stat_counts, Unset):
            vulnerability_stat_counts = UNSET
        else:
            vulnerability_stat_counts = ProductVulnerabilityStatCounts.from_dict(
                _vulnerability_stat_counts
            )

        _severities = d.pop("severities", UNSET)
        severities: ProductSeverities | Unset
        if isinstance(_severities, Unset):
            severities = UNSET
        else:
            severities = ProductSeverities.from_dict(_severities)

        _vuln_impact_breakdown = d.pop("vuln_impact_breakdown", UNSET)
        vuln_impact_breakdown: ProductVulnImpactBreakdown | Unset
        if isinstance(_vuln_impact_breakdown, Unset):
            vuln_impact_breakdown = UNSET
        else:
            vuln_impact_breakdown = ProductVulnImpactBreakdown.from_dict(
                _vuln_impact_breakdown
            )

        _vuln_statuses = d.pop("vuln_statuses", UNSET)
        vuln_statuses: ProductVulnStatuses | Unset
        if isinstance(_vuln_statuses, Unset):
            vuln_statuses = UNSET
        else:
            vuln_statuses = ProductVulnStatuses.from_dict(_vuln_statuses)

        _vuln_types = d.pop("vuln_types", UNSET)
        vuln_types: ProductVulnTypes | Unset
        if isinstance(_vuln_types, Unset):
            vuln_types = UNSET
        else:
            vuln_types = ProductVulnTypes.from_dict(_vuln_types)

        product = cls(
            doc_id=doc_id,
            kev_count=kev_count,
            product=product,
            vendor=vendor,
            vuln_count=vuln_count,
            vulns_with_poc=vulns_with_poc,
            category=category,
            cpe=cpe,
            deployment_model=deployment_model,
            exposure=exposure,
            first_cve_created_at=first_cve_created_at,
            industry=industry,
            last_cve_created_at=last_cve_created_at,
            project_repos=project_repos,
            projects=projects,
            score=score,
            summary=summary,
            tech_domain=tech_domain,
            vulnerability_count=vulnerability_count,
            vulnerability_max_cvss=vulnerability_max_cvss,
            vulnerability_mean_cvss=vulnerability_mean_cvss,
            vulnerability_poc_count=vulnerability_poc_count,
            vulnerability_stat_counts=vulnerability_stat_counts,
            severities=severities,
            vuln_impact_breakdown=vuln_impact_breakdown,
            vuln_statuses=vuln_statuses,
            vuln_types=vuln_types,
        )

        product.additional_properties = d
        return product

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
