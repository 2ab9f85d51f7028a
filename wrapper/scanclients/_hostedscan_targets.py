"""`hs.targets`: the targets a team saves in HostedScan, sync and async.

Each method builds its request from the operation table and runs the one generic caller; the
sync and async classes differ only in how they run the flow.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from hostedscan_models import Target

from . import _hostedscan_flows as flows
from ._flow import Flow
from ._hostedscan_bodies import create_target_body, recording_file, update_target_body
from ._hostedscan_filters import TARGET_FILTERS, OneOrMany, filters_query
from ._hostedscan_operations import (
    CREATE_TARGET,
    DELETE_TARGET,
    GET_TARGET,
    LIST_TARGETS,
    UPDATE_TARGET,
    UPLOAD_RECORDING,
)
from ._options import ClientOptions
from .errors import ValidationError

if TYPE_CHECKING:
    from ._hostedscan import AsyncHostedScan, HostedScan

__all__ = ["AsyncHostedScanTargets", "HostedScanTargets"]

Recording = str | os.PathLike[str] | bytes
"""A Selenium IDE recording: the path of a `.side` file, or its bytes."""


def _pages(
    options: ClientOptions, tags: OneOrMany[str] | None, target: OneOrMany[str] | None
) -> flows.Pages[Target]:
    query = filters_query(TARGET_FILTERS, {"tags": tags, "target": target})
    return flows.Pages(options, LIST_TARGETS, query)


def _create(
    options: ClientOptions,
    target: str,
    label: str | None,
    tags: Sequence[str] | None,
    upsert: bool,
) -> Flow[Target]:
    body = create_target_body(target, label, tags)
    if not isinstance(upsert, bool):
        raise ValidationError("upsert", f"expected True or False, got {upsert!r}")
    # Sent only when asked: false is the service's default.
    params = {"upsert": "true"} if upsert else None
    return flows.call(options, CREATE_TARGET, params=params, json_body=body)


def _update(
    options: ClientOptions, target_id: str, label: str | None, tags: Sequence[str] | None
) -> Flow[Target]:
    body = update_target_body(label, tags)
    return flows.call(options, UPDATE_TARGET, target_id, json_body=body)


def _upload(options: ClientOptions, target_id: str, recording: Recording) -> Flow[None]:
    name, content = recording_file(recording)
    files = {"file": (name, content, "application/octet-stream")}
    return flows.call(options, UPLOAD_RECORDING, target_id, files=files)


class HostedScanTargets:
    def __init__(self, client: HostedScan) -> None:
        self._client = client

    def list(
        self, *, tags: OneOrMany[str] | None = None, target: OneOrMany[str] | None = None
    ) -> Iterator[Target]:
        """Every saved target (with any of the `tags`, or named `target`), page by page."""
        pages = _pages(self._client._options, tags, target)
        return self._iterate(pages)

    def _iterate(self, pages: flows.Pages[Target]) -> Iterator[Target]:
        while not pages.done:
            yield from self._client._run(pages.next_page())

    def get(self, target_id: str) -> Target:
        """A saved target."""
        return self._client._run(flows.call(self._client._options, GET_TARGET, target_id))

    def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Sequence[str] | None = None,
        upsert: bool = False,
    ) -> Target:
        """Save a target (an IPv4 address, URL or domain name), with up to 10 tags.

        With `upsert=True` a target that already exists is updated instead of refused. Not
        retried once it may have reached the service (see `errors.APIError.maybe_created`).
        """
        return self._client._run(_create(self._client._options, target, label, tags, upsert))

    def update(
        self, target_id: str, *, label: str | None = None, tags: Sequence[str] | None = None
    ) -> Target:
        """Change a target's label and/or tags (`tags=[]` removes them all)."""
        return self._client._run(_update(self._client._options, target_id, label, tags))

    def delete(self, target_id: str) -> None:
        """Delete a target, and with it every risk found on it."""
        self._client._run(flows.call(self._client._options, DELETE_TARGET, target_id))

    def upload_recording(self, target_id: str, recording: Recording) -> None:
        """Upload the Selenium IDE recording (a `.side` file's path, or its bytes) that logs in
        to the target, for scans created with `use_authentication=True`."""
        self._client._run(_upload(self._client._options, target_id, recording))


class AsyncHostedScanTargets:
    def __init__(self, client: AsyncHostedScan) -> None:
        self._client = client

    def list(
        self, *, tags: OneOrMany[str] | None = None, target: OneOrMany[str] | None = None
    ) -> AsyncIterator[Target]:
        """Every saved target: see `HostedScan.targets.list`."""
        return self._iterate(_pages(self._client._options, tags, target))

    async def _iterate(self, pages: flows.Pages[Target]) -> AsyncIterator[Target]:
        while not pages.done:
            for target in await self._client._run(pages.next_page()):
                yield target

    async def get(self, target_id: str) -> Target:
        """A saved target."""
        return await self._client._run(flows.call(self._client._options, GET_TARGET, target_id))

    async def create(
        self,
        *,
        target: str,
        label: str | None = None,
        tags: Sequence[str] | None = None,
        upsert: bool = False,
    ) -> Target:
        """Save a target: see `HostedScan.targets.create`."""
        flow = _create(self._client._options, target, label, tags, upsert)
        return await self._client._run(flow)

    async def update(
        self, target_id: str, *, label: str | None = None, tags: Sequence[str] | None = None
    ) -> Target:
        """Change a target's label and/or tags."""
        return await self._client._run(_update(self._client._options, target_id, label, tags))

    async def delete(self, target_id: str) -> None:
        """Delete a target, and with it every risk found on it."""
        await self._client._run(flows.call(self._client._options, DELETE_TARGET, target_id))

    async def upload_recording(self, target_id: str, recording: Recording) -> None:
        """Upload a Selenium IDE recording: see `HostedScan.targets.upload_recording`."""
        await self._client._run(_upload(self._client._options, target_id, recording))
