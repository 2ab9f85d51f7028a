from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_data_template_type import TemplateDataTemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_meta import AIMeta
    from ..models.classification import Classification
    from ..models.template_data_metadata import TemplateDataMetadata


T = TypeVar("T", bound="TemplateData")


@_attrs_define
class TemplateData:
    """Template Document or object

    Attributes:
        uri (str | Unset): The URI of the template (could be a path or a ksuid)
        id (str | Unset): The ID of the template
        name (str | Unset): The name of the template
        author (list[str] | Unset): The authors of the template
        tags (list[str] | Unset): The tags of the template
        severity (str | Unset): The severity of the template
        type_ (str | Unset): The type of the template
        dir_ (str | Unset):
        ref (str | Unset):
        vendor (str | Unset): The vendor of the template
        product (str | Unset): The product of the template
        classification (Classification | Unset): Classification of template including additional metadata like cve-id,
            cwe-id etc
        metadata (TemplateDataMetadata | Unset):
        digest (str | Unset): The digest of the template
        created_at (datetime.datetime | Unset): The time when template was created
        updated_at (datetime.datetime | Unset): The time when template was updated
        release_tag (str | Unset): The release tag of the template (contains tag when the file was first released)
        is_early (bool | Unset): True if template is in early access
        raw (str | Unset): The raw unparsed template
        template_id (str | Unset):
        description (str | Unset):
        filename (str | Unset):
        impact (str | Unset):
        ai_meta (AIMeta | Unset):
        references (list[str] | Unset):
        template_type (TemplateDataTemplateType | Unset):
        is_draft (bool | Unset):
        is_github (bool | Unset):
        is_new (bool | Unset):
        is_pdteam (bool | Unset): Is the template from pdteam
        remediation (str | Unset):
    """

    uri: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    author: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    severity: str | Unset = UNSET
    type_: str | Unset = UNSET
    dir_: str | Unset = UNSET
    ref: str | Unset = UNSET
    vendor: str | Unset = UNSET
    product: str | Unset = UNSET
    classification: Classification | Unset = UNSET
    metadata: TemplateDataMetadata | Unset = UNSET
    digest: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    release_tag: str | Unset = UNSET
    is_early: bool | Unset = UNSET
    raw: str | Unset = UNSET
    template_id: str | Unset = UNSET
    description: str | Unset = UNSET
    filename: str | Unset = UNSET
    impact: str | Unset = UNSET
    ai_meta: AIMeta | Unset = UNSET
    references: list[str] | Unset = UNSET
    template_type: TemplateDataTemplateType | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_github: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    is_pdteam: bool | Unset = UNSET
    remediation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        id = self.id

        name = self.name

        author: list[str] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        severity = self.severity

        type_ = self.type_

        dir_ = self.dir_

        ref = self.ref

        vendor = self.vendor

        product = self.product

        classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        digest = self.digest

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        release_tag = self.release_tag

        is_early = self.is_early

        raw = self.raw

        template_id = self.template_id

        description = self.description

        filename = self.filename

        impact = self.impact

        ai_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_meta, Unset):
            ai_meta = self.ai_meta.to_dict()

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        is_draft = self.is_draft

        is_github = self.is_github

        is_new = self.is_new

        is_pdteam = self.is_pdteam

        remediation = self.remediation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if author is not UNSET:
            field_dict["author"] = author
        if tags is not UNSET:
            field_dict["tags"] = tags
        if severity is not UNSET:
            field_dict["severity"] = severity
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if ref is not UNSET:
            field_dict["ref"] = ref
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if product is not UNSET:
            field_dict["product"] = product
        if classification is not UNSET:
            field_dict["classification"] = classification
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if digest is not UNSET:
            field_dict["digest"] = digest
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if release_tag is not UNSET:
            field_dict["release_tag"] = release_tag
        if is_early is not UNSET:
            field_dict["is_early"] = is_early
        if raw is not UNSET:
            field_dict["raw"] = raw
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if description is not UNSET:
            field_dict["description"] = description
        if filename is not UNSET:
            field_dict["filename"] = filename
        if impact is not UNSET:
            field_dict["impact"] = impact
        if ai_meta is not UNSET:
            field_dict["ai_meta"] = ai_meta
        if references is not UNSET:
            field_dict["references"] = references
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if is_github is not UNSET:
            field_dict["is_github"] = is_github
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if is_pdteam is not UNSET:
            field_dict["is_pdteam"] = is_pdteam
        if remediation is not UNSET:
            field_dict["remediation"] = remediation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_meta import AIMeta
        from ..models.classification import Classification
        from ..models.template_data_metadata import TemplateDataMetadata

        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        author = cast(list[str], d.pop("author", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        severity = d.pop("severity", UNSET)

        type_ = d.pop("type", UNSET)

        dir_ = d.pop("dir", UNSET)

        ref = d.pop("ref", UNSET)

        vendor = d.pop("vendor", UNSET)

        product = d.pop("product", UNSET)

        _classification = d.pop("classification", UNSET)
        classification: Classification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = Classification.from_dict(_classification)

        _metadata = d.pop("metadata", UNSET)
        metadata: TemplateDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TemplateDataMetadata.from_dict(_metadata)

        digest = d.pop("digest", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        release_tag = d.pop("release_tag", UNSET)

        is_early = d.pop("is_early", UNSET)

        raw = d.pop("raw", UNSET)

        template_id = d.pop("template_id", UNSET)

        description = d.pop("description", UNSET)

        filename = d.pop("filename", UNSET)

        impact = d.pop("impact", UNSET)

        _ai_meta = d.pop("ai_meta", UNSET)
        ai_meta: AIMeta | Unset
        if isinstance(_ai_meta, Unset):
            ai_meta = UNSET
        else:
            ai_meta = AIMeta.from_dict(_ai_meta)

        references = cast(list[str], d.pop("references", UNSET))

        _template_type = d.pop("template_type", UNSET)
        template_type: TemplateDataTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = TemplateDataTemplateType(_template_type)

        is_draft = d.pop("is_draft", UNSET)

        is_github = d.pop("is_github", UNSET)

        is_new = d.pop("is_new", UNSET)

        is_pdteam = d.pop("is_pdteam", UNSET)

        remediation = d.pop("remediation", UNSET)

        template_data = cls(
            uri=uri,
            id=id,
            name=name,
            author=author,
            tags=tags,
            severity=severity,
            type_=type_,
            dir_=dir_,
            ref=ref,
            vendor=vendor,
            product=product,
            classification=classification,
            metadata=metadata,
            digest=digest,
            created_at=created_at,
            updated_at=updated_at,
            release_tag=release_tag,
            is_early=is_early,
            raw=raw,
            template_id=template_id,
            description=description,
            filename=filename,
            impact=impact,
            ai_meta=ai_meta,
            references=references,
            template_type=template_type,
            is_draft=is_draft,
            is_github=is_github,
            is_new=is_new,
            is_pdteam=is_pdteam,
            remediation=remediation,
        )

        template_data.additional_properties = d
        return template_data

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
