"""Upload an asset list (JSON lines, as `httpx -json` writes them) in chunks: `pd.assets.upload_list`.

As `httpx -dashboard` uploads (httpx internal/pdcp/writer.go: `MaxChunkSize = 4 MB`): the first
chunk creates the asset group (`POST /v1/assets`, the generated `assets.upload`), each next chunk
is appended to it (`PATCH /v1/assets/{asset_id}/contents`, `assets.append_contents`), each at
most 4 MB of whole lines. The source is checked and laid out first by the results import's own
chunker (`nuclei_import.prepare`): nothing is sent before every line is known to be a JSON object.
Both calls are writes, retried only where the service cannot have acted (`_core.send`); a chunk
that may have been applied is never sent again on its own. When a chunk fails, the error is the
call's own (`APIError`), with a note saying which asset group holds which lines and how to go on
(`asset_id=..., start_line=...`). The flow is sans-I/O: the sync and async facades run the same one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scanclients._generated.pdcp_client.resources import assets as _generated
from scanclients._generated.pdcp_client.resources.assets import Assets, AsyncAssets

from .._core.flow import Flow
from .._core.operation import call_flow
from .._core.options import ClientOptions
from .._core.request import Extras, build
from .._core.text import check_text, non_empty_string
from ..errors import APIError, UnexpectedResponseError, ValidationError
from .import_layout import Chunk
from .nuclei_import import MAX_CHUNK_BYTES, ImportSource, PreparedImport, prepare

if TYPE_CHECKING:
    from .._core.base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AssetUpload", "AsyncPDCPAssets", "PDCPAssets", "upload_flow"]


@dataclass(frozen=True, slots=True)
class AssetUpload:
    """Where an asset list upload stands: after each confirmed chunk (`on_progress`) and at the end."""

    asset_id: str
    """The asset group holding the lines (made by the first chunk, or the one given)."""
    last_line: int
    """The last line of the source the service has confirmed."""
    chunks_sent: int
    chunks_total: int
    bytes_sent: int
    bytes_total: int


def upload_flow(
    options: ClientOptions,
    prepared: PreparedImport,
    *,
    name: str | None,
    asset_id: str | None,
    on_progress: Callable[[AssetUpload], object] | None,
) -> Flow[AssetUpload]:
    """Send the chunks; return where the upload ended. Closes `prepared` in any case."""
    try:
        if name is not None:
            non_empty_string("name", name)  # sent in the query
        if asset_id is not None:
            if not isinstance(asset_id, str) or not asset_id.strip():
                raise ValidationError("asset_id", f"expected a non-empty id, got {asset_id!r}")
            check_text("asset_id", asset_id)  # sent in the path
        chunks = list(prepared.chunks)  # checked first: every chunk is known
        confirmed, sent, total = prepared.first_line - 1, 0, len(chunks)
        for index, chunk in enumerate(chunks):
            body = prepared.read(chunk)
            try:
                asset_id = yield from _send_chunk(options, body, name, asset_id)
            except APIError as error:
                error.add_note(_where_it_stopped(asset_id, confirmed, chunk, error.maybe_applied))
                raise
            confirmed, sent = chunk.last_line, sent + len(body)
            result = AssetUpload(asset_id, confirmed, index + 1, total, sent, prepared.bytes_total)
            if on_progress is not None:
                on_progress(result)
        return result
    finally:
        prepared.close()


def _send_chunk(
    options: ClientOptions, body: bytes, name: str | None, asset_id: str | None
) -> Flow[str]:
    """One chunk through its generated operation; the asset group's id."""
    if asset_id is None:
        op = _generated.OPERATIONS["post-v1-assets"]
        args: dict[str, Any] = {"body": body, **({"name": name} if name is not None else {})}
    else:
        op = _generated.OPERATIONS["patch-v1-assets-asset_id-contents"]
        args = {"asset_id": asset_id, "body": body, "upload_type": "append"}
    raw = yield from call_flow(op, options, build(op, options, args, Extras()), raw=True)
    if asset_id is not None:
        return asset_id
    made = getattr(raw.parse(), "asset_id", None)
    if not isinstance(made, str) or not made.strip():
        raise UnexpectedResponseError(
            "the upload answer has no 'asset_id'",
            service=options.service.name,
            response=raw.http_response,
            maybe_applied=True,
        )
    return made


def _where_it_stopped(
    asset_id: str | None, confirmed: int, chunk: Chunk, maybe_applied: bool
) -> str:
    lines = f"lines {chunk.first_line}-{chunk.last_line}"
    if asset_id is None:
        made = "may have been made; list your assets" if maybe_applied else "was not made"
        return f"The upload stopped at {lines}: the asset group {made} before uploading again."
    applied = "may have been applied" if maybe_applied else "were not applied"
    return (
        f"The upload stopped: asset group {asset_id} holds the lines up to {confirmed}; {lines}"
        f" {applied}. Go on with asset_id={asset_id!r}, start_line={confirmed + 1}."
    )


def _flow(
    options: ClientOptions,
    source: ImportSource,
    name: str | None,
    asset_id: str | None,
    start_line: int,
    max_chunk_bytes: int,
    on_progress: Callable[[AssetUpload], object] | None,
) -> Flow[AssetUpload]:
    # Every line checked and the chunks laid out now, when the method is called.
    prepared = prepare(source, start_line=start_line, max_chunk_bytes=max_chunk_bytes)
    return upload_flow(options, prepared, name=name, asset_id=asset_id, on_progress=on_progress)


class PDCPAssets(Assets):
    """`pd.assets`: the generated asset operations, and the hand-made `upload_list`."""

    _client: SyncAPIClient

    def upload_list(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        asset_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        on_progress: Callable[[AssetUpload], object] | None = None,
    ) -> AssetUpload:
        """Upload an asset list: JSON lines (`httpx -json` output), a path, file or lines.

        Every line is checked to be a JSON object before anything is sent. The first chunk (at
        most 4 MB of whole lines) creates an asset group named `name`, the rest are appended;
        `asset_id=` appends to an existing group from `start_line` on.

            done = pd.assets.upload_list("httpx.jsonl", name="edge hosts")
            print(done.asset_id, done.last_line)
        """
        flow = _flow(
            self._client._options,
            source,
            name,
            asset_id,
            start_line,
            max_chunk_bytes,
            on_progress,
        )
        return self._client._run(flow)


class AsyncPDCPAssets(AsyncAssets):
    """`pd.assets` of AsyncPDCP: the methods of `PDCPAssets`, as coroutines."""

    _client: AsyncAPIClient

    async def upload_list(
        self,
        source: ImportSource,
        *,
        name: str | None = None,
        asset_id: str | None = None,
        start_line: int = 1,
        max_chunk_bytes: int = MAX_CHUNK_BYTES,
        on_progress: Callable[[AssetUpload], object] | None = None,
    ) -> AssetUpload:
        """Upload an asset list: see `PDCP.assets.upload_list`."""
        flow = _flow(
            self._client._options,
            source,
            name,
            asset_id,
            start_line,
            max_chunk_bytes,
            on_progress,
        )
        return await self._client._run(flow)
