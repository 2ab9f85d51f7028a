from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_info_project_repos import ProductInfoProjectRepos


T = TypeVar("T", bound="ProductInfo")


@_attrs_define
class ProductInfo:
    """
    Attributes:
        cpe (list[str] | Unset): CPE of the product
        product (str | Unset): Product of the product
        project_repos (ProductInfoProjectRepos | Unset):
        projects (list[str] | Unset): Projects of the product
        vendor (str | Unset): Vendor of the product
        product_category (str | Unset):
        product_type (str | Unset):
        industry (str | Unset): Industry of the product
        tech_domain (str | Unset): Tech domain of the product
        category (str | Unset): Product category of the product
        deployment_model (str | Unset): Deployment model of the product
        summary (str | Unset): Summary of the product
    """

    cpe: list[str] | Unset = UNSET
    product: str | Unset = UNSET
    project_repos: ProductInfoProjectRepos | Unset = UNSET
    projects: list[str] | Unset = UNSET
    vendor: str | Unset = UNSET
    product_category: str | Unset = UNSET
    product_type: str | Unset = UNSET
    industry: str | Unset = UNSET
    tech_domain: str | Unset = UNSET
    category: str | Unset = UNSET
    deployment_model: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpe: list[str] | Unset = UNSET
        if not isinstance(self.cpe, Unset):
            cpe = self.cpe

        product = self.product

        project_repos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_repos, Unset):
            project_repos = self.project_repos.to_dict()

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        vendor = self.vendor

        product_category = self.product_category

        product_type = self.product_type

        industry = self.industry

        tech_domain = self.tech_domain

        category = self.category

        deployment_model = self.deployment_model

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpe is not UNSET:
            field_dict["cpe"] = cpe
        if product is not UNSET:
            field_dict["product"] = product
        if project_repos is not UNSET:
            field_dict["project_repos"] = project_repos
        if projects is not UNSET:
            field_dict["projects"] = projects
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if industry is not UNSET:
            field_dict["industry"] = industry
        if tech_domain is not UNSET:
            field_dict["tech_domain"] = tech_domain
        if category is not UNSET:
            field_dict["category"] = category
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_info_project_repos import ProductInfoProjectRepos

        d = dict(src_dict)
        cpe = cast(list[str], d.pop("cpe", UNSET))

        product = d.pop("product", UNSET)

        _project_repos = d.pop("project_repos", UNSET)
        project_repos: ProductInfoProjectRepos | Unset
        if isinstance(_project_repos, Unset):
            project_repos = UNSET
        else:
            project_repos = ProductInfoProjectRepos.from_dict(_project_repos)

        projects = cast(list[str], d.pop("projects", UNSET))

        vendor = d.pop("vendor", UNSET)

        product_category = d.pop("product_category", UNSET)

        product_type = d.pop("product_type", UNSET)

        industry = d.pop("industry", UNSET)

        tech_domain = d.pop("tech_domain", UNSET)

        category = d.pop("category", UNSET)

        deployment_model = d.pop("deployment_model", UNSET)

        summary = d.pop("summary", UNSET)

        product_info = cls(
            cpe=cpe,
            product=product,
            project_repos=project_repos,
            projects=projects,
            vendor=vendor,
            product_category=product_category,
            product_type=product_type,
            industry=industry,
            tech_domain=tech_domain,
            category=category,
            deployment_model=deployment_model,
            summary=summary,
        )

        product_info.additional_properties = d
        return product_info

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
