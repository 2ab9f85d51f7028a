from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociatedDomainEvidence")


@_attrs_define
class AssociatedDomainEvidence:
    """
    Attributes:
        acquired_company (str | Unset): Acquired company name
        acquired_date (str | Unset): Acquisition date
        acquirer_name (str | Unset): Acquirer organization name
        active (bool | Unset): Whether the domain is reachable
        as_name (str | Unset): Autonomous system name
        as_number (int | Unset): Autonomous system number
        cert_common_name (str | Unset): Certificate common name
        cert_expiry_date (str | Unset): Certificate expiry date
        cert_issued_date (str | Unset): Certificate issued date
        cert_issuer (str | Unset): Certificate issuer
        cert_org_name (str | Unset): Certificate organization name
        cert_serial (str | Unset): Certificate serial number
        crunchbase_url (str | Unset): Crunchbase URL
        expiry_date (str | Unset): Domain expiry date
        location (str | Unset): Geographic location
        orgname (str | Unset): WHOIS organization name
        probe (str | Unset): Probe information
        registrant_org (str | Unset): Registrant organization
        registrar (str | Unset): Registrar name
        registration_date (str | Unset): Domain registration date
        search_identifier (str | Unset): Search identifier
        status_code (int | Unset): HTTP status code
        subdomain_count (int | Unset): Number of discovered subdomains
        title (str | Unset): HTTP title
        update_date (str | Unset): Last update date
        whois_server (str | Unset): WHOIS server
    """

    acquired_company: str | Unset = UNSET
    acquired_date: str | Unset = UNSET
    acquirer_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    as_name: str | Unset = UNSET
    as_number: int | Unset = UNSET
    cert_common_name: str | Unset = UNSET
    cert_expiry_date: str | Unset = UNSET
    cert_issued_date: str | Unset = UNSET
    cert_issuer: str | Unset = UNSET
    cert_org_name: str | Unset = UNSET
    cert_serial: str | Unset = UNSET
    crunchbase_url: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    location: str | Unset = UNSET
    orgname: str | Unset = UNSET
    probe: str | Unset = UNSET
    registrant_org: str | Unset = UNSET
    registrar: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    search_identifier: str | Unset = UNSET
    status_code: int | Unset = UNSET
    subdomain_count: int | Unset = UNSET
    title: str | Unset = UNSET
    update_date: str | Unset = UNSET
    whois_server: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acquired_company = self.acquired_company

        acquired_date = self.acquired_date

        acquirer_name = self.acquirer_name

        active = self.active

        as_name = self.as_name

        as_number = self.as_number

        cert_common_name = self.cert_common_name

        cert_expiry_date = self.cert_expiry_date

        cert_issued_date = self.cert_issued_date

        cert_issuer = self.cert_issuer

        cert_org_name = self.cert_org_name

        cert_serial = self.cert_serial

        crunchbase_url = self.crunchbase_url

        expiry_date = self.expiry_date

        location = self.location

        orgname = self.orgname

        probe = self.probe

        registrant_org = self.registrant_org

        registrar = self.registrar

        registration_date = self.registration_date

        search_identifier = self.search_identifier

        status_code = self.status_code

        subdomain_count = self.subdomain_count

        title = self.title

        update_date = self.update_date

        whois_server = self.whois_server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquired_company is not UNSET:
            field_dict["acquired_company"] = acquired_company
        if acquired_date is not UNSET:
            field_dict["acquired_date"] = acquired_date
        if acquirer_name is not UNSET:
            field_dict["acquirer_name"] = acquirer_name
        if active is not UNSET:
            field_dict["active"] = active
        if as_name is not UNSET:
            field_dict["as_name"] = as_name
        if as_number is not UNSET:
            field_dict["as_number"] = as_number
        if cert_common_name is not UNSET:
            field_dict["cert_common_name"] = cert_common_name
        if cert_expiry_date is not UNSET:
            field_dict["cert_expiry_date"] = cert_expiry_date
        if cert_issued_date is not UNSET:
            field_dict["cert_issued_date"] = cert_issued_date
        if cert_issuer is not UNSET:
            field_dict["cert_issuer"] = cert_issuer
        if cert_org_name is not UNSET:
            field_dict["cert_org_name"] = cert_org_name
        if cert_serial is not UNSET:
            field_dict["cert_serial"] = cert_serial
        if crunchbase_url is not UNSET:
            field_dict["crunchbase_url"] = crunchbase_url
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if location is not UNSET:
            field_dict["location"] = location
        if orgname is not UNSET:
            field_dict["orgname"] = orgname
        if probe is not UNSET:
            field_dict["probe"] = probe
        if registrant_org is not UNSET:
            field_dict["registrant_org"] = registrant_org
        if registrar is not UNSET:
            field_dict["registrar"] = registrar
        if registration_date is not UNSET:
            field_dict["registration_date"] = registration_date
        if search_identifier is not UNSET:
            field_dict["search_identifier"] = search_identifier
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if subdomain_count is not UNSET:
            field_dict["subdomain_count"] = subdomain_count
        if title is not UNSET:
            field_dict["title"] = title
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if whois_server is not UNSET:
            field_dict["whois_server"] = whois_server

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acquired_company = d.pop("acquired_company", UNSET)

        acquired_date = d.pop("acquired_date", UNSET)

        acquirer_name = d.pop("acquirer_name", UNSET)

        active = d.pop("active", UNSET)

        as_name = d.pop("as_name", UNSET)

        as_number = d.pop("as_number", UNSET)

        cert_common_name = d.pop("cert_common_name", UNSET)

        cert_expiry_date = d.pop("cert_expiry_date", UNSET)

        cert_issued_date = d.pop("cert_issued_date", UNSET)

        cert_issuer = d.pop("cert_issuer", UNSET)

        cert_org_name = d.pop("cert_org_name", UNSET)

        cert_serial = d.pop("cert_serial", UNSET)

        crunchbase_url = d.pop("crunchbase_url", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        location = d.pop("location", UNSET)

        orgname = d.pop("orgname", UNSET)

        probe = d.pop("probe", UNSET)

        registrant_org = d.pop("registrant_org", UNSET)

        registrar = d.pop("registrar", UNSET)

        registration_date = d.pop("registration_date", UNSET)

        search_identifier = d.pop("search_identifier", UNSET)

        status_code = d.pop("status_code", UNSET)

        subdomain_count = d.pop("subdomain_count", UNSET)

        title = d.pop("title", UNSET)

        update_date = d.pop("update_date", UNSET)

        whois_server = d.pop("whois_server", UNSET)

        associated_domain_evidence = cls(
            acquired_company=acquired_company,
            acquired_date=acquired_date,
            acquirer_name=acquirer_name,
            active=active,
            as_name=as_name,
            as_number=as_number,
            cert_common_name=cert_common_name,
            cert_expiry_date=cert_expiry_date,
            cert_issued_date=cert_issued_date,
            cert_issuer=cert_issuer,
            cert_org_name=cert_org_name,
            cert_serial=cert_serial,
            crunchbase_url=crunchbase_url,
            expiry_date=expiry_date,
            location=location,
            orgname=orgname,
            probe=probe,
            registrant_org=registrant_org,
            registrar=registrar,
            registration_date=registration_date,
            search_identifier=search_identifier,
            status_code=status_code,
            subdomain_count=subdomain_count,
            title=title,
            update_date=update_date,
            whois_server=whois_server,
        )

        associated_domain_evidence.additional_properties = d
        return associated_domain_evidence

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
