from __future__ import annotations

import datetime
import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.enumeration_content_asn import EnumerationContentAsn
    from ..models.enumeration_content_extended_metadata import (
        EnumerationContentExtendedMetadata,
    )
    from ..models.enumeration_content_technology_details_map import (
        EnumerationContentTechnologyDetailsMap,
    )
    from ..models.enumeration_source_value import EnumerationSourceValue


T = TypeVar("T", bound="EnumerationContent")


@_attrs_define
class EnumerationContent:
    """
    Attributes:
        enumeration_id (str):
        name (str):
        created_at (str):
        id (int):
        is_new (bool):
        updated_at (str | Unset):
        labels (list[str] | Unset):
        cname (list[str] | Unset):
        host (str | Unset):
        port (int | Unset):
        ip (list[str] | Unset):
        status_code (int | Unset):
        content_length (int | Unset):
        vulnerabilities (int | Unset):
        title (str | Unset):
        technologies (list[str] | Unset):
        webserver (str | Unset):
        method (str | Unset):
        type_ (str | Unset):
        asset_hash (str | Unset):
        technology_details (EnumerationContentTechnologyDetailsMap | Unset):
        screenshot_path (str | Unset):
        favicon (str | Unset):
        favicon_body (str | Unset):
        cdn_name (str | Unset):
        chain_status_codes (list[str] | Unset):
        domain_name (str | Unset):
        redirect_location (str | Unset):
        asn (EnumerationContentAsn | Unset):
        tls_serial_number (str | Unset):
        tls_subject_org (str | Unset):
        tls_issuer_org (str | Unset):
        tls_expired (bool | Unset):
        tls_not_before (datetime.datetime | Unset):
        tls_self_signed (bool | Unset):
        tls_mismatched (bool | Unset):
        tls_revoked (bool | Unset):
        tls_untrusted (bool | Unset):
        tls_subject_cn (str | Unset):
        tls_subject_an (list[str] | Unset):
        body (str | Unset):
        tls_not_after (datetime.datetime | Unset):
        enumeration_name (str | Unset):
        extended_metadata (EnumerationContentExtendedMetadata | Unset):
        source_type (str | Unset):
        source (list[EnumerationSourceValue] | Unset):
        is_internal (bool | Unset):
    """

    enumeration_id: str
    name: str
    created_at: str
    id: int
    is_new: bool
    updated_at: str | Unset = UNSET
    labels: list[str] = _attrs_field(factory=LeftOutList)
    cname: list[str] = _attrs_field(factory=LeftOutList)
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    ip: list[str] = _attrs_field(factory=LeftOutList)
    status_code: int | Unset = UNSET
    content_length: int | Unset = UNSET
    vulnerabilities: int | Unset = UNSET
    title: str | Unset = UNSET
    technologies: list[str] = _attrs_field(factory=LeftOutList)
    webserver: str | Unset = UNSET
    method: str | Unset = UNSET
    type_: str | Unset = UNSET
    asset_hash: str | Unset = UNSET
    technology_details: EnumerationContentTechnologyDetailsMap | Unset = UNSET
    screenshot_path: str | Unset = UNSET
    favicon: str | Unset = UNSET
    favicon_body: str | Unset = UNSET
    cdn_name: str | Unset = UNSET
    chain_status_codes: list[str] = _attrs_field(factory=LeftOutList)
    domain_name: str | Unset = UNSET
    redirect_location: str | Unset = UNSET
    asn: EnumerationContentAsn | Unset = UNSET
    tls_serial_number: str | Unset = UNSET
    tls_subject_org: str | Unset = UNSET
    tls_issuer_org: str | Unset = UNSET
    tls_expired: bool | Unset = UNSET
    tls_not_before: datetime.datetime | Unset = UNSET
    tls_self_signed: bool | Unset = UNSET
    tls_mismatched: bool | Unset = UNSET
    tls_revoked: bool | Unset = UNSET
    tls_untrusted: bool | Unset = UNSET
    tls_subject_cn: str | Unset = UNSET
    tls_subject_an: list[str] = _attrs_field(factory=LeftOutList)
    body: str | Unset = UNSET
    tls_not_after: datetime.datetime | Unset = UNSET
    enumeration_name: str | Unset = UNSET
    extended_metadata: EnumerationContentExtendedMetadata | Unset = UNSET
    source_type: str | Unset = UNSET
    source: list[EnumerationSourceValue] = _attrs_field(factory=LeftOutList)
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _left_out: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        cname: list[str] | Unset = UNSET
        if not isinstance(self.cname, Unset):
            cname = self.cname

        host = self.host

        port = self.port

        ip: list[str] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = self.ip

        status_code = self.status_code

        content_length = self.content_length

        vulnerabilities = self.vulnerabilities

        title = self.title

        technologies: list[str] | Unset = UNSET
        if not isinstance(self.technologies, Unset):
            technologies = self.technologies

        webserver = self.webserver

        method = self.method

        type_ = self.type_

        asset_hash = self.asset_hash

        technology_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technology_details, Unset):
            technology_details = self.technology_details.to_dict()

        screenshot_path = self.screenshot_path

        favicon = self.favicon

        favicon_body = self.favicon_body

        cdn_name = self.cdn_name

        chain_status_codes: list[str] | Unset = UNSET
        if not isinstance(self.chain_status_codes, Unset):
            chain_status_codes = self.chain_status_codes

        domain_name = self.domain_name

        redirect_location = self.redirect_location

        asn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asn, Unset):
            asn = self.asn.to_dict()

        tls_serial_number = self.tls_serial_number

        tls_subject_org = self.tls_subject_org

        tls_issuer_org = self.tls_issuer_org

        tls_expired = self.tls_expired

        tls_not_before: str | Unset = UNSET
        if not isinstance(self.tls_not_before, Unset):
            tls_not_before = self.tls_not_before.isoformat()

        tls_self_signed = self.tls_self_signed

        tls_mismatched = self.tls_mismatched

        tls_revoked = self.tls_revoked

        tls_untrusted = self.tls_untrusted

        tls_subject_cn = self.tls_subject_cn

        tls_subject_an: list[str] | Unset = UNSET
        if not isinstance(self.tls_subject_an, Unset):
            tls_subject_an = self.tls_subject_an

        body = self.body

        tls_not_after: str | Unset = UNSET
        if not isinstance(self.tls_not_after, Unset):
            tls_not_after = self.tls_not_after.isoformat()

        enumeration_name = self.enumeration_name

        extended_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_metadata, Unset):
            extended_metadata = self.extended_metadata.to_dict()

        source_type = self.source_type

        source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = []
            for source_item_data in self.source:
                source_item = source_item_data.to_dict()
                source.append(source_item)

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not ("enumeration_id" in self._left_out and self.enumeration_id is None):
            enumeration_id = self.enumeration_id
            field_dict["enumeration_id"] = enumeration_id
        if not ("name" in self._left_out and self.name is None):
            name = self.name
            field_dict["name"] = name
        if not ("created_at" in self._left_out and self.created_at is None):
            created_at = self.created_at
            field_dict["created_at"] = created_at
        if not ("id" in self._left_out and self.id is None):
            id = self.id
            field_dict["id"] = id
        if not ("is_new" in self._left_out and self.is_new is None):
            is_new = self.is_new
            field_dict["is_new"] = is_new
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if labels is not UNSET and not (
            isinstance(self.labels, LeftOutList) and not self.labels
        ):
            field_dict["labels"] = labels
        if cname is not UNSET and not (
            isinstance(self.cname, LeftOutList) and not self.cname
        ):
            field_dict["cname"] = cname
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if ip is not UNSET and not (isinstance(self.ip, LeftOutList) and not self.ip):
            field_dict["ip"] = ip
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if content_length is not UNSET:
            field_dict["content_length"] = content_length
        if vulnerabilities is not UNSET:
            field_dict["vulnerabilities"] = vulnerabilities
        if title is not UNSET:
            field_dict["title"] = title
        if technologies is not UNSET and not (
            isinstance(self.technologies, LeftOutList) and not self.technologies
        ):
            field_dict["technologies"] = technologies
        if webserver is not UNSET:
            field_dict["webserver"] = webserver
        if method is not UNSET:
            field_dict["method"] = method
        if type_ is not UNSET:
            field_dict["type"] = type_
        if asset_hash is not UNSET:
            field_dict["asset_hash"] = asset_hash
        if technology_details is not UNSET:
            field_dict["technology_details"] = technology_details
        if screenshot_path is not UNSET:
            field_dict["screenshot_path"] = screenshot_path
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if favicon_body is not UNSET:
            field_dict["favicon_body"] = favicon_body
        if cdn_name is not UNSET:
            field_dict["cdn_name"] = cdn_name
        if chain_status_codes is not UNSET and not (
            isinstance(self.chain_status_codes, LeftOutList)
            and not self.chain_status_codes
        ):
            field_dict["chain_status_codes"] = chain_status_codes
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if redirect_location is not UNSET:
            field_dict["redirect_location"] = redirect_location
        if asn is not UNSET:
            field_dict["asn"] = asn
        if tls_serial_number is not UNSET:
            field_dict["tls_serial_number"] = tls_serial_number
        if tls_subject_org is not UNSET:
            field_dict["tls_subject_org"] = tls_subject_org
        if tls_issuer_org is not UNSET:
            field_dict["tls_issuer_org"] = tls_issuer_org
        if tls_expired is not UNSET:
            field_dict["tls_expired"] = tls_expired
        if tls_not_before is not UNSET:
            field_dict["tls_not_before"] = tls_not_before
        if tls_self_signed is not UNSET:
            field_dict["tls_self_signed"] = tls_self_signed
        if tls_mismatched is not UNSET:
            field_dict["tls_mismatched"] = tls_mismatched
        if tls_revoked is not UNSET:
            field_dict["tls_revoked"] = tls_revoked
        if tls_untrusted is not UNSET:
            field_dict["tls_untrusted"] = tls_untrusted
        if tls_subject_cn is not UNSET:
            field_dict["tls_subject_cn"] = tls_subject_cn
        if tls_subject_an is not UNSET and not (
            isinstance(self.tls_subject_an, LeftOutList) and not self.tls_subject_an
        ):
            field_dict["tls_subject_an"] = tls_subject_an
        if body is not UNSET:
            field_dict["body"] = body
        if tls_not_after is not UNSET:
            field_dict["tls_not_after"] = tls_not_after
        if enumeration_name is not UNSET:
            field_dict["enumeration_name"] = enumeration_name
        if extended_metadata is not UNSET:
            field_dict["extended_metadata"] = extended_metadata
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source is not UNSET and not (
            isinstance(self.source, LeftOutList) and not self.source
        ):
            field_dict["source"] = source
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enumeration_content_asn import EnumerationContentAsn
        from ..models.enumeration_content_extended_metadata import (
            EnumerationContentExtendedMetadata,
        )
        from ..models.enumeration_content_technology_details_map import (
            EnumerationContentTechnologyDetailsMap,
        )
        from ..models.enumeration_source_value import EnumerationSourceValue

        d = dict(src_dict)
        if "enumeration_id" in d:
            enumeration_id = d.pop("enumeration_id")
        else:
            enumeration_id = None

        if "name" in d:
            name = d.pop("name")
        else:
            name = None

        if "created_at" in d:
            created_at = d.pop("created_at")
        else:
            created_at = None

        if "id" in d:
            id = d.pop("id")
        else:
            id = None

        if "is_new" in d:
            is_new = d.pop("is_new")
        else:
            is_new = None

        updated_at = d.pop("updated_at", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        cname = cast(list[str], d.pop("cname", UNSET))

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        ip = cast(list[str], d.pop("ip", UNSET))

        status_code = d.pop("status_code", UNSET)

        content_length = d.pop("content_length", UNSET)

        vulnerabilities = d.pop("vulnerabilities", UNSET)

        title = d.pop("title", UNSET)

        technologies = cast(list[str], d.pop("technologies", UNSET))

        webserver = d.pop("webserver", UNSET)

        method = d.pop("method", UNSET)

        type_ = d.pop("type", UNSET)

        asset_hash = d.pop("asset_hash", UNSET)

        _technology_details = d.pop("technology_details", UNSET)
        technology_details: EnumerationContentTechnologyDetailsMap | Unset
        if isinstance(_technology_details, Unset):
            technology_details = UNSET
        else:
            technology_details = EnumerationContentTechnologyDetailsMap.from_dict(
                _technology_details
            )

        screenshot_path = d.pop("screenshot_path", UNSET)

        favicon = d.pop("favicon", UNSET)

        favicon_body = d.pop("favicon_body", UNSET)

        cdn_name = d.pop("cdn_name", UNSET)

        chain_status_codes = cast(list[str], d.pop("chain_status_codes", UNSET))

        domain_name = d.pop("domain_name", UNSET)

        redirect_location = d.pop("redirect_location", UNSET)

        _asn = d.pop("asn", UNSET)
        asn: EnumerationContentAsn | Unset
        if isinstance(_asn, Unset):
            asn = UNSET
        else:
            asn = EnumerationContentAsn.from_dict(_asn)

        tls_serial_number = d.pop("tls_serial_number", UNSET)

        tls_subject_org = d.pop("tls_subject_org", UNSET)

        tls_issuer_org = d.pop("tls_issuer_org", UNSET)

        tls_expired = d.pop("tls_expired", UNSET)

        _tls_not_before = d.pop("tls_not_before", UNSET)
        tls_not_before: datetime.datetime | Unset
        if isinstance(_tls_not_before, Unset):
            tls_not_before = UNSET
        else:
            tls_not_before = datetime.datetime.fromisoformat(_tls_not_before)

        tls_self_signed = d.pop("tls_self_signed", UNSET)

        tls_mismatched = d.pop("tls_mismatched", UNSET)

        tls_revoked = d.pop("tls_revoked", UNSET)

        tls_untrusted = d.pop("tls_untrusted", UNSET)

        tls_subject_cn = d.pop("tls_subject_cn", UNSET)

        tls_subject_an = cast(list[str], d.pop("tls_subject_an", UNSET))

        body = d.pop("body", UNSET)

        _tls_not_after = d.pop("tls_not_after", UNSET)
        tls_not_after: datetime.datetime | Unset
        if isinstance(_tls_not_after, Unset):
            tls_not_after = UNSET
        else:
            tls_not_after = datetime.datetime.fromisoformat(_tls_not_after)

        enumeration_name = d.pop("enumeration_name", UNSET)

        _extended_metadata = d.pop("extended_metadata", UNSET)
        extended_metadata: EnumerationContentExtendedMetadata | Unset
        if isinstance(_extended_metadata, Unset):
            extended_metadata = UNSET
        else:
            extended_metadata = EnumerationContentExtendedMetadata.from_dict(
                _extended_metadata
            )

        source_type = d.pop("source_type", UNSET)

        _source = d.pop("source", UNSET)
        source: list[EnumerationSourceValue] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = EnumerationSourceValue.from_dict(source_item_data)

                source.append(source_item)

        is_internal = d.pop("is_internal", UNSET)

        enumeration_content = cls(
            enumeration_id=enumeration_id,
            name=name,
            created_at=created_at,
            id=id,
            is_new=is_new,
            updated_at=updated_at,
            labels=LeftOutList() if labels is None else labels,
            cname=LeftOutList() if cname is None else cname,
            host=host,
            port=port,
            ip=LeftOutList() if ip is None else ip,
            status_code=status_code,
            content_length=content_length,
            vulnerabilities=vulnerabilities,
            title=title,
            technologies=LeftOutList() if technologies is None else technologies,
            webserver=webserver,
            method=method,
            type_=type_,
            asset_hash=asset_hash,
            technology_details=technology_details,
            screenshot_path=screenshot_path,
            favicon=favicon,
            favicon_body=favicon_body,
            cdn_name=cdn_name,
            chain_status_codes=LeftOutList()
            if chain_status_codes is None
            else chain_status_codes,
            domain_name=domain_name,
            redirect_location=redirect_location,
            asn=asn,
            tls_serial_number=tls_serial_number,
            tls_subject_org=tls_subject_org,
            tls_issuer_org=tls_issuer_org,
            tls_expired=tls_expired,
            tls_not_before=tls_not_before,
            tls_self_signed=tls_self_signed,
            tls_mismatched=tls_mismatched,
            tls_revoked=tls_revoked,
            tls_untrusted=tls_untrusted,
            tls_subject_cn=tls_subject_cn,
            tls_subject_an=LeftOutList() if tls_subject_an is None else tls_subject_an,
            body=body,
            tls_not_after=tls_not_after,
            enumeration_name=enumeration_name,
            extended_metadata=extended_metadata,
            source_type=source_type,
            source=LeftOutList() if source is None else source,
            is_internal=is_internal,
        )
        enumeration_content._left_out = frozenset(
            name
            for name in (
                "enumeration_id",
                "name",
                "created_at",
                "id",
                "is_new",
            )
            if name not in src_dict
        )

        enumeration_content.additional_properties = d
        return enumeration_content

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
