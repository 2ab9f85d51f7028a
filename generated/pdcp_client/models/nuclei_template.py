from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LeftOutList, Unset

if TYPE_CHECKING:
    from ..models.ai_meta import AIMeta
    from ..models.classification import Classification
    from ..models.template_content_metadata import TemplateContentMetadata


T = TypeVar("T", bound="NucleiTemplate")


@_attrs_define
class NucleiTemplate:
    """
    Attributes:
        category (str | Unset): Category of the template
        integration_id (str | Unset): Integration ID of the template
        integration_type (str | Unset): Integration type of the template
        pull_request (str | Unset): Pull request of the template
        ref (str | Unset): Reference of the template
        release_tag (str | Unset): Release tag of the template
        score (int | Unset): Score of the template
        template_type (str | Unset): Type of the template
        is_draft (bool | Unset): Is the template a draft
        is_early (bool | Unset): Is the template in early access
        is_github (bool | Unset): Is the template from github
        is_new (bool | Unset): Is the template new
        is_pdteam (bool | Unset): Is the template from pdteam
        directory (str | Unset): Directory of template
        filename (str | Unset): Filename of template
        uri (str | Unset): Uri of template
        author (list[str] | Unset): Authors of the template
        digest (str | Unset): Digest of the template
        metadata (TemplateContentMetadata | Unset): MetaData of the template
        raw (str | Unset): Raw string of the template
        tags (list[str] | Unset): Tags of the template
        type_ (str | Unset): Type of the template
        organizations (list[str] | Unset): Organizations of the template
        origin_template_id (str | Unset): Origin template ID of the template
        share_type (str | Unset): Share type of the template
        ttl (str | Unset): TTL of the template
        ttl_from (str | Unset): TTL from of the template
        users (list[int] | Unset): Users of the template
        ai_meta (AIMeta | Unset):
        classification (Classification | Unset): Classification of template including additional metadata like cve-id,
            cwe-id etc
        id (str | Unset): ID of the template
        user_id (int | Unset): User ID of the template
    """

    category: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    integration_type: str | Unset = UNSET
    pull_request: str | Unset = UNSET
    ref: str | Unset = UNSET
    release_tag: str | Unset = UNSET
    score: int | Unset = UNSET
    template_type: str | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_early: bool | Unset = UNSET
    is_github: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    is_pdteam: bool | Unset = UNSET
    directory: str | Unset = UNSET
    filename: str | Unset = UNSET
    uri: str | Unset = UNSET
    author: list[str] = _attrs_field(factory=LeftOutList)
    digest: str | Unset = UNSET
    metadata: TemplateContentMetadata | Unset = UNSET
    raw: str | Unset = UNSET
    tags: list[str] = _attrs_field(factory=LeftOutList)
    type_: str | Unset = UNSET
    organizations: list[str] = _attrs_field(factory=LeftOutList)
    origin_template_id: str | Unset = UNSET
    share_type: str | Unset = UNSET
    ttl: str | Unset = UNSET
    ttl_from: str | Unset = UNSET
    users: list[int] = _attrs_field(factory=LeftOutList)
    ai_meta: AIMeta | Unset = UNSET
    classification: Classification | Unset = UNSET
    id: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        integration_id = self.integration_id

        integration_type = self.integration_type

        pull_request = self.pull_request

        ref = self.ref

        release_tag = self.release_tag

        score = self.score

        template_type = self.template_type

        is_draft = self.is_draft

        is_early = self.is_early

        is_github = self.is_github

        is_new = self.is_new

        is_pdteam = self.is_pdteam

        directory = self.directory

        filename = self.filename

        uri = self.uri

        author: list[str] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author

        digest = self.digest

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        raw = self.raw

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        origin_template_id = self.origin_template_id

        share_type = self.share_type

        ttl = self.ttl

        ttl_from = self.ttl_from

        users: list[int] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        ai_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_meta, Unset):
            ai_meta = self.ai_meta.to_dict()

        classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.to_dict()

        id = self.id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type
        if pull_request is not UNSET:
            field_dict["pull_request"] = pull_request
        if ref is not UNSET:
            field_dict["ref"] = ref
        if release_tag is not UNSET:
            field_dict["release_tag"] = release_tag
        if score is not UNSET:
            field_dict["score"] = score
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if is_early is not UNSET:
            field_dict["is_early"] = is_early
        if is_github is not UNSET:
            field_dict["is_github"] = is_github
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if is_pdteam is not UNSET:
            field_dict["is_pdteam"] = is_pdteam
        if directory is not UNSET:
            field_dict["directory"] = directory
        if filename is not UNSET:
            field_dict["filename"] = filename
        if uri is not UNSET:
            field_dict["uri"] = uri
        if author is not UNSET and not (
            isinstance(self.author, LeftOutList) and not self.author
        ):
            field_dict["author"] = author
        if digest is not UNSET:
            field_dict["digest"] = digest
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if raw is not UNSET:
            field_dict["raw"] = raw
        if tags is not UNSET and not (
            isinstance(self.tags, LeftOutList) and not self.tags
        ):
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organizations is not UNSET and not (
            isinstance(self.organizations, LeftOutList) and not self.organizations
        ):
            field_dict["organizations"] = organizations
        if origin_template_id is not UNSET:
            field_dict["origin_template_id"] = origin_template_id
        if share_type is not UNSET:
            field_dict["share_type"] = share_type
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if ttl_from is not UNSET:
            field_dict["ttl_from"] = ttl_from
        if users is not UNSET and not (
            isinstance(self.users, LeftOutList) and not self.users
        ):
            field_dict["users"] = users
        if ai_meta is not UNSET:
            field_dict["ai_meta"] = ai_meta
        if classification is not UNSET:
            field_dict["classification"] = classification
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON document (scanclients: the same on every model of both services)."""
        return _json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_meta import AIMeta
        from ..models.classification import Classification
        from ..models.template_content_metadata import TemplateContentMetadata

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        integration_id = d.pop("integration_id", UNSET)

        integration_type = d.pop("integration_type", UNSET)

        pull_request = d.pop("pull_request", UNSET)

        ref = d.pop("ref", UNSET)

        release_tag = d.pop("release_tag", UNSET)

        score = d.pop("score", UNSET)

        template_type = d.pop("template_type", UNSET)

        is_draft = d.pop("is_draft", UNSET)

        is_early = d.pop("is_early", UNSET)

        is_github = d.pop("is_github", UNSET)

        is_new = d.pop("is_new", UNSET)

        is_pdteam = d.pop("is_pdteam", UNSET)

        directory = d.pop("directory", UNSET)

        filename = d.pop("filename", UNSET)

        uri = d.pop("uri", UNSET)

        author = cast(list[str], d.pop("author", UNSET))

        digest = d.pop("digest", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TemplateContentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TemplateContentMetadata.from_dict(_metadata)

        raw = d.pop("raw", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        organizations = cast(list[str], d.pop("organizations", UNSET))

        origin_template_id = d.pop("origin_template_id", UNSET)

        share_type = d.pop("share_type", UNSET)

        ttl = d.pop("ttl", UNSET)

        ttl_from = d.pop("ttl_from", UNSET)

        users = cast(list[int], d.pop("users", UNSET))

        _ai_meta = d.pop("ai_meta", UNSET)
        ai_meta: AIMeta | Unset
        if isinstance(_ai_meta, Unset):
            ai_meta = UNSET
        else:
            ai_meta = AIMeta.from_dict(_ai_meta)

        _classification = d.pop("classification", UNSET)
        classification: Classification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = Classification.from_dict(_classification)

        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        nuclei_template = cls(
            category=category,
            integration_id=integration_id,
            integration_type=integration_type,
            pull_request=pull_request,
            ref=ref,
            release_tag=release_tag,
            score=score,
            template_type=template_type,
            is_draft=is_draft,
            is_early=is_early,
            is_github=is_github,
            is_new=is_new,
            is_pdteam=is_pdteam,
            directory=directory,
            filename=filename,
            uri=uri,
            author=LeftOutList() if author is None else author,
            digest=digest,
            metadata=metadata,
            raw=raw,
            tags=LeftOutList() if tags is None else tags,
            type_=type_,
            organizations=LeftOutList() if organizations is None else organizations,
            origin_template_id=origin_template_id,
            share_type=share_type,
            ttl=ttl,
            ttl_from=ttl_from,
            users=LeftOutList() if users is None else users,
            ai_meta=ai_meta,
            classification=classification,
            id=id,
            user_id=user_id,
        )

        nuclei_template.additional_properties = d
        return nuclei_template

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
