"""`hs.targets`: the targets a team saves in HostedScan, sync and async.

Each method runs its operation of `_hostedscan_operations` on the machinery every PDCP method
runs on (`_operation`); the sync and async classes differ only in awaiting.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Unpack

from scanclients._generated.hostedscan_models import Target, TargetList

from ._hostedscan_bodies import create_target_body, recording_file, update_target_body
from ._hostedscan_filters import TARGET_FILTERS, OneOrMany, filters_query
from ._hostedscan_flows import DEFAULT_MAX_PAGES, Escapes, checked_id, data_of
from ._hostedscan_operations import (
    CREATE_TARGET,
    DELETE_TARGET,
    GET_TARGET,
    LIST_TARGETS,
    UPDATE_TARGET,
    UPLOAD_RECORDING,
)
from ._operation import AsyncResource, SyncResource
from ._paging import AsyncPager, SyncPager
from .errors import ValidationError

if TYPE_CHECKING:
    from ._hostedscan import AsyncHostedScan, HostedScan

__all__ = ["AsyncHostedScanTargets", "HostedScanTargets"]

Recording = str | os.PathLike[str] | bytes
"""A Selenium IDE recording: the path of a `.side` file, or its bytes."""


def _list_args(tags: OneOrMany[str] | None, target: OneOrMany[str] | None) -> dict[str, str]:
    return filters_query(TARGET_FILTERS, {"tags": tags, "target": target})


def _create_args(
    target: str, label: str | None, tags: Iterable[str] | None, upsert: bool
) -> dict[str, Any]:
    body = create_target_body(target, label, tags)
    if not isinstance(upsert, bool):
        raise ValidationError("upsert", f"expected True or False, got {upsert!r}")
    # Sent only when asked for: false is the service's default.
    return {**body, "upsert": True if upsert else None}


def _update_args(target_id: str, label: str | None, tags: Iterable[str] | None) -> dict[str, Any]:
    return {"target_id": checked_id("target_id", target_id), **update_target_body(label, tags)}


def _upload_args(target_id: str, recording: Recording) -> dict[str, Any]:
    return {"target_id": checked_id("target_id", target_id), "file": recording_file(recording)}


def _id(target_id: str) -> dict[str, Any]:
    return {"target_id": checked_id("target_id", target_id)}


class HostedScanTargets(SyncResource):
    _client: HostedScan

    def list(
        self,
        *,
        tags: OneOrMany[str] | None = None,
        target: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> SyncPager[Target, TargetList]:
        """Every saved target (with any of the `tags`, or named `target`), page by page."""
        pager: SyncPager[Target, TargetList] = self._call(
            LIST_TARGETS, _list_args(tags, target), max_items, max_pages, **escapes
        )
        return pager

    def get(self, target_id: str, **escapes: Unpack[Escapes]) -> Target:
        """A saved target."""
        target: Target = data_of(self._call(GET_TARGET, _id(target_id), **escapes))
        return target

    def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        upsert: bool = False,
        **escapes: Unpack[Escapes],
    ) -> Target:
        """Save a target (an IPv4 address, URL or domain name), with up to 10 tags.

        With `upsert=True` a target that already exists is updated instead of refused. Not
        retried once it may have reached the service (see `errors.APIError.maybe_applied`).
        """
        saved: Target = data_of(
            self._call(CREATE_TARGET, _create_args(target, label, tags, upsert), **escapes)
        )
        return saved

    def update(
        self,
        target_id: str,
        *,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> Target:
        """Change a target's label and/or tags (`tags=[]` removes them all)."""
        saved: Target = data_of(
            self._call(UPDATE_TARGET, _update_args(target_id, label, tags), **escapes)
        )
        return saved

    def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> None:
        """Delete a target, and with it every risk found on it."""
        self._call(DELETE_TARGET, _id(target_id), **escapes)

    def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> None:
        """Upload the Selenium IDE recording (a `.side` file's path, or its bytes) that logs in
        to the target, for scans created with `use_authentication=True`."""
        self._call(UPLOAD_RECORDING, _upload_args(target_id, recording), **escapes)


class AsyncHostedScanTargets(AsyncResource):
    _client: AsyncHostedScan

    def list(
        self,
        *,
        tags: OneOrMany[str] | None = None,
        target: OneOrMany[str] | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **escapes: Unpack[Escapes],
    ) -> AsyncPager[Target, TargetList]:
        """Every saved target: see `HostedScan.targets.list`."""
        pager: AsyncPager[Target, TargetList] = self._call(
            LIST_TARGETS, _list_args(tags, target), max_items, max_pages, **escapes
        )
        return pager

    async def get(self, target_id: str, **escapes: Unpack[Escapes]) -> Target:
        """A saved target."""
        target: Target = data_of(await self._call(GET_TARGET, _id(target_id), **escapes))
        return target

    async def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        upsert: bool = False,
        **escapes: Unpack[Escapes],
    ) -> Target:
        """Save a target: see `HostedScan.targets.create`."""
        args = _create_args(target, label, tags, upsert)
        saved: Target = data_of(await self._call(CREATE_TARGET, args, **escapes))
        return saved

    async def update(
        self,
        target_id: str,
        *,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> Target:
        """Change a target's label and/or tags."""
        saved: Target = data_of(
            await self._call(UPDATE_TARGET, _update_args(target_id, label, tags), **escapes)
        )
        return saved

    async def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> None:
        """Delete a target, and with it every risk found on it."""
        await self._call(DELETE_TARGET, _id(target_id), **escapes)

    async def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> None:
        """Upload a Selenium IDE recording: see `HostedScan.targets.upload_recording`."""
        await self._call(UPLOAD_RECORDING, _upload_args(target_id, recording), **escapes)
