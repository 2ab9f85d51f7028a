"""`hs.targets`: the targets a team saves in HostedScan, sync and async.

A facade: each method runs its operation of `_hostedscan.operations` on the machinery every PDCP
method runs on (`_core.operation`), with arguments checked by `_hostedscan.args`; the sync and async
classes differ only in their signatures and `await`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from scanclients._generated.hostedscan_models import Target, TargetList

from .._core.operation import AsyncResource, SyncResource
from .._core.paging import AsyncPager, SyncPager
from .args import (
    DEFAULT_MAX_PAGES,
    Escapes,
    Recording,
    create_target_args,
    data_of,
    id_args,
    targets_query,
    update_target_args,
    upload_recording_args,
)
from .filters import OneOrMany
from .operations import (
    CREATE_TARGET,
    DELETE_TARGET,
    GET_TARGET,
    LIST_TARGETS,
    UPDATE_TARGET,
    UPLOAD_RECORDING,
)

if TYPE_CHECKING:
    from .._core.base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncHostedScanTargets", "HostedScanTargets"]


class HostedScanTargets(SyncResource):
    _client: SyncAPIClient

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
        query = targets_query(tags, target)
        pager: SyncPager[Target, TargetList] = self._call(
            LIST_TARGETS, query, max_items, max_pages, **escapes
        )
        return pager

    def get(self, target_id: str, **escapes: Unpack[Escapes]) -> Target:
        """A saved target."""
        args = id_args("target_id", target_id)
        target: Target = data_of(self._call(GET_TARGET, args, **escapes))
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
        args = create_target_args(target, label, tags, upsert)
        saved: Target = data_of(self._call(CREATE_TARGET, args, **escapes))
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
        args = update_target_args(target_id, label, tags)
        saved: Target = data_of(self._call(UPDATE_TARGET, args, **escapes))
        return saved

    def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> None:
        """Delete a target, and with it every risk found on it."""
        self._call(DELETE_TARGET, id_args("target_id", target_id), **escapes)

    def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> None:
        """Upload the Selenium IDE recording (a `.side` file's path, or its bytes) that logs in
        to the target, for scans created with `use_authentication=True`."""
        self._call(UPLOAD_RECORDING, upload_recording_args(target_id, recording), **escapes)


class AsyncHostedScanTargets(AsyncResource):
    _client: AsyncAPIClient

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
        query = targets_query(tags, target)
        pager: AsyncPager[Target, TargetList] = self._call(
            LIST_TARGETS, query, max_items, max_pages, **escapes
        )
        return pager

    async def get(self, target_id: str, **escapes: Unpack[Escapes]) -> Target:
        """A saved target: see `HostedScan.targets.get`."""
        args = id_args("target_id", target_id)
        target: Target = data_of(await self._call(GET_TARGET, args, **escapes))
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
        args = create_target_args(target, label, tags, upsert)
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
        """Change a target's label and/or tags: see `HostedScan.targets.update`."""
        args = update_target_args(target_id, label, tags)
        saved: Target = data_of(await self._call(UPDATE_TARGET, args, **escapes))
        return saved

    async def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> None:
        """Delete a target: see `HostedScan.targets.delete`."""
        await self._call(DELETE_TARGET, id_args("target_id", target_id), **escapes)

    async def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> None:
        """Upload a Selenium IDE recording: see `HostedScan.targets.upload_recording`."""
        await self._call(UPLOAD_RECORDING, upload_recording_args(target_id, recording), **escapes)
