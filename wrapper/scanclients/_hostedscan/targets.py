"""`hs.targets`: the targets a team saves in HostedScan, sync and async.

A facade: each method runs its operation of `_hostedscan.operations` on the machinery every PDCP
method runs on (`_core.operation`), with arguments checked by `_hostedscan.args`; the sync and async
classes differ only in their signatures and `await`. `with_raw_response` has every method, each
one request (a list: its one page) whose `.parse()` is what the plain method returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._core.operation import AsyncRawView, AsyncResource, SyncRawView, SyncResource
from .._core.paging import AsyncPager, SyncPager
from .args import (
    DEFAULT_MAX_PAGES,
    Escapes,
    Recording,
    create_target_args,
    data_of,
    id_args,
    nothing,
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
    from scanclients._generated.hostedscan_models import Target, TargetList

    from .._core.base_client import AsyncAPIClient, SyncAPIClient
    from .._core.operation import RawResponse

__all__ = [
    "AsyncHostedScanTargets",
    "AsyncHostedScanTargetsWithRawResponse",
    "HostedScanTargets",
    "HostedScanTargetsWithRawResponse",
]


class HostedScanTargets(SyncResource):
    _client: SyncAPIClient

    @property
    def with_raw_response(self) -> HostedScanTargetsWithRawResponse:
        """The same methods, each answering its `RawResponse` (one request; a list: one page)."""
        return HostedScanTargetsWithRawResponse(self._client)

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

    @property
    def with_raw_response(self) -> AsyncHostedScanTargetsWithRawResponse:
        """The same methods, each answering its `RawResponse` (one request; a list: one page)."""
        return AsyncHostedScanTargetsWithRawResponse(self._client)

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


class HostedScanTargetsWithRawResponse(SyncRawView):
    """`hs.targets.with_raw_response`: `.parse()` is what `hs.targets.<method>` returns."""

    def list(
        self,
        *,
        tags: OneOrMany[str] | None = None,
        target: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[TargetList]:
        return self._raw_call(LIST_TARGETS, targets_query(tags, target), **escapes)

    def get(self, target_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Target]:
        return self._raw_call(GET_TARGET, id_args("target_id", target_id), then=data_of, **escapes)

    def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        upsert: bool = False,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Target]:
        args = create_target_args(target, label, tags, upsert)
        return self._raw_call(CREATE_TARGET, args, then=data_of, **escapes)

    def update(
        self,
        target_id: str,
        *,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Target]:
        args = update_target_args(target_id, label, tags)
        return self._raw_call(UPDATE_TARGET, args, then=data_of, **escapes)

    def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> RawResponse[None]:
        args = id_args("target_id", target_id)
        return self._raw_call(DELETE_TARGET, args, then=nothing, **escapes)

    def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> RawResponse[None]:
        args = upload_recording_args(target_id, recording)
        return self._raw_call(UPLOAD_RECORDING, args, then=nothing, **escapes)


class AsyncHostedScanTargetsWithRawResponse(AsyncRawView):
    """`hs.targets.with_raw_response` of AsyncHostedScan: coroutines of `RawResponse`."""

    async def list(
        self,
        *,
        tags: OneOrMany[str] | None = None,
        target: OneOrMany[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[TargetList]:
        return await self._raw_call(LIST_TARGETS, targets_query(tags, target), **escapes)

    async def get(self, target_id: str, **escapes: Unpack[Escapes]) -> RawResponse[Target]:
        args = id_args("target_id", target_id)
        return await self._raw_call(GET_TARGET, args, then=data_of, **escapes)

    async def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        upsert: bool = False,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Target]:
        args = create_target_args(target, label, tags, upsert)
        return await self._raw_call(CREATE_TARGET, args, then=data_of, **escapes)

    async def update(
        self,
        target_id: str,
        *,
        label: str | None = None,
        tags: Iterable[str] | None = None,
        **escapes: Unpack[Escapes],
    ) -> RawResponse[Target]:
        args = update_target_args(target_id, label, tags)
        return await self._raw_call(UPDATE_TARGET, args, then=data_of, **escapes)

    async def delete(self, target_id: str, **escapes: Unpack[Escapes]) -> RawResponse[None]:
        args = id_args("target_id", target_id)
        return await self._raw_call(DELETE_TARGET, args, then=nothing, **escapes)

    async def upload_recording(
        self, target_id: str, recording: Recording, **escapes: Unpack[Escapes]
    ) -> RawResponse[None]:
        args = upload_recording_args(target_id, recording)
        return await self._raw_call(UPLOAD_RECORDING, args, then=nothing, **escapes)
