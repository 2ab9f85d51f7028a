"""Import nuclei JSONL results into a PDCP scan: checked first (or as sent), then sent in chunks (sans-I/O).

`prepare` reads the whole source once before anything is sent: every line must be a JSON object
(else a `ValidationError` naming the line), no line may exceed a chunk, and the chunks (at most
4 MB, always whole lines, blank lines between them included in the count) are laid out. A path
or a seekable binary file is read in place; a text file, a pipe or an iterable of lines is
spooled to a temporary file (in memory while small), so memory stays bounded whatever the size
of the results. A caller's seekable file is read from where it stands, and put back there when
the import ends (or fails): given again with `start_line=`, it numbers its lines alike.

The check runs at the speed of the wire, a block of lines at a time (`import_layout`). With
`check_first=False` only the first chunk is checked before the first request; each next one is
checked while the service answers the last (`import_ahead`), so the check costs no time, and a bad
line past the first chunk stops the import there: an `ImportInterruptedError` naming the line,
the scan holding the lines before it, and where to resume once it is fixed.

`import_flow` sends the first chunk with `POST /v1/scans/import` (which creates the scan) and the
rest with `PATCH /v1/scans/{scan_id}/import`. Both are writes: the transport retries them only
where the service cannot have acted, and a chunk that may have been applied is never sent again
on its own. Any failure becomes `ImportInterruptedError`, saying which scan holds the results, the
last line confirmed, and where to resume (`scan_id=...`, `start_line=...`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import quote

import httpx

from .._core import answers as _answers
from .._core import send as _send
from .._core.flow import Flow
from .._core.options import ClientOptions
from .._core.text import check_text, non_empty_string
from ..errors import APIError, ImportInterruptedError, UnexpectedResponseError, ValidationError
from .import_ahead import ChunksAhead
from .import_layout import Chunk, LineRefused, iter_chunks, lay_out

__all__ = [
    "MAX_CHUNK_BYTES",
    "ImportResult",
    "ImportSource",
    "PreparedImport",
    "import_flow",
    "prepare",
]

MAX_CHUNK_BYTES = 4 * 1024 * 1024
"""ProjectDiscovery's own uploader sends at most 4 MB of whole lines a request."""
_SPOOL_IN_MEMORY = 8 * 1024 * 1024

ImportSource = str | os.PathLike[str] | IO[bytes] | IO[str] | Iterable[str] | Iterable[bytes]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Where an import stands: after each confirmed chunk (`on_progress`) and at the end."""

    scan_id: str
    last_line: int
    """The last line of the source the service has confirmed."""
    chunks_sent: int
    chunks_total: int | None
    """None while an import checked as it is sent (`check_first=False`) has chunks to read."""
    bytes_sent: int
    bytes_total: int
    """The bytes to send; checked as sent, what the source holds from the first result on (its
    final result says exactly what was sent)."""


class PreparedImport:
    """A source and its chunks; `close()` releases the file (the flow does it).

    Checked first, `chunks` is every chunk of the source, known good. Checked as sent, it is an
    iterator whose first chunk is known good; reading the next checks it (a `LineRefused` then
    says where the source is wrong), and `chunks_total` is None."""

    def __init__(
        self,
        file: IO[bytes],
        owned: bool,
        chunks: list[Chunk] | Iterator[Chunk],
        first_line: int,
        origin: int = 0,
    ) -> None:
        self._file = file
        self._owned = owned
        self._origin = origin
        self.chunks: Iterable[Chunk] = chunks
        self.first_line = first_line
        if isinstance(chunks, list):
            self.chunks_total: int | None = len(chunks)
            self.bytes_total = sum(chunk.end - chunk.start for chunk in chunks)
        else:
            first = next(chunks, None)  # checked now, before anything is sent
            self.chunks = itertools.chain([first] if first else [], chunks)
            self.chunks_total = None
            self.bytes_total = file.seek(0, os.SEEK_END) - first.start if first else 0

    def read(self, chunk: Chunk) -> bytes:
        self._file.seek(chunk.start)
        return self._file.read(chunk.end - chunk.start)

    def close(self) -> None:
        _release(self._file, self._owned, self._origin)


def _release(file: IO[bytes], owned: bool, origin: int) -> None:
    """Close a file of ours; put a caller's back where it stood, for a resume with `start_line`."""
    if owned:
        file.close()
        return
    with contextlib.suppress(OSError, ValueError):  # closed by the caller meanwhile
        file.seek(origin)


def prepare(
    source: ImportSource,
    *,
    start_line: int = 1,
    max_chunk_bytes: int = MAX_CHUNK_BYTES,
    check_first: bool = True,
) -> PreparedImport:
    """Check every line from `start_line` on and lay out the chunks; nothing is sent.

    With `check_first=False`, only the first chunk is checked now, the others as they are read."""
    if isinstance(start_line, bool) or not isinstance(start_line, int) or start_line < 1:
        raise ValidationError("start_line", f"expected a line number >= 1, got {start_line!r}")
    if (
        isinstance(max_chunk_bytes, bool)
        or not isinstance(max_chunk_bytes, int)
        or not 1024 <= max_chunk_bytes <= MAX_CHUNK_BYTES
    ):
        raise ValidationError(
            "max_chunk_bytes",
            f"expected a whole number from 1024 to {MAX_CHUNK_BYTES}, got {max_chunk_bytes!r}",
        )
    file, owned = _open(source)
    try:
        origin = file.tell()
    except (OSError, ValueError):
        if owned:
            file.close()
        raise ValidationError("source", "cannot tell where the file stands") from None
    if not isinstance(check_first, bool):
        raise ValidationError("check_first", f"expected True or False, got {check_first!r}")
    try:
        lay = lay_out if check_first else iter_chunks
        prepared = PreparedImport(
            file, owned, lay(file, start_line, max_chunk_bytes), start_line, origin
        )
        if not prepared.bytes_total:  # every chunk holds a result
            raise ValidationError("source", f"no results to import from line {start_line} on")
        return prepared
    except BaseException:
        _release(file, owned, origin)
        raise


def _open(source: ImportSource) -> tuple[IO[bytes], bool]:
    if isinstance(source, str | os.PathLike):
        try:
            return open(source, "rb"), True
        except OSError as error:
            raise ValidationError(
                "source", f"cannot read {str(source)!r}: {error.strerror}"
            ) from None
    if isinstance(source, bytes | bytearray):
        raise ValidationError(
            "source", "expected a path, a file or an iterable of lines, not bytes"
        )
    if _is_seekable_binary(source):
        return source, False  # type: ignore[return-value]
    if not isinstance(source, Iterable):
        raise ValidationError(
            "source",
            f"expected a path, a file or an iterable of lines, got {type(source).__name__}",
        )
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
    try:
        for number, line in enumerate(source, start=1):
            if isinstance(line, str):
                try:
                    line = line.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValidationError("source", f"line {number} is not valid text") from None
            elif not isinstance(line, bytes | bytearray):
                raise ValidationError("source", f"line {number} is a {type(line).__name__}")
            spool.write(line if line.endswith(b"\n") else bytes(line) + b"\n")
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool, True


def _is_seekable_binary(source: object) -> bool:
    if isinstance(source, io.TextIOBase) or not hasattr(source, "read"):
        return False
    try:
        return bool(source.seekable()) and isinstance(source.read(0), bytes)  # type: ignore[attr-defined]
    except (OSError, ValueError, AttributeError):
        return False


# --- the flow ---------------------------------------------------------------------------------


def import_flow(
    options: ClientOptions,
    prepared: PreparedImport,
    *,
    name: str | None,
    scan_id: str | None,
    on_progress: Callable[[ImportResult], object] | None,
) -> Flow[ImportResult]:
    """Send the chunks; return where the import ended. Closes `prepared` in any case."""
    # Checked as sent, each next chunk is checked while the service answers the last.
    chunks = ChunksAhead(prepared.chunks, in_thread=prepared.chunks_total is None)
    try:
        if name is not None:
            non_empty_string("name", name)  # sent in the query: a lone surrogate is refused
        if scan_id is not None:
            if not isinstance(scan_id, str) or not scan_id.strip():
                raise ValidationError("scan_id", f"expected a non-empty scan id, got {scan_id!r}")
            check_text("scan_id", scan_id)  # sent in the path
        confirmed, sent, count = prepared.first_line - 1, 0, 0
        while (chunk := _next_chunk(chunks, scan_id, confirmed)) is not None:
            body = prepared.read(chunk)
            request = chunks.attach(_chunk_request(options, body, scan_id, name))
            try:
                # Writes: retried only where the service cannot have acted (refused, 429, 503).
                creates = scan_id is None
                response = yield from _send.send(request, options, creates=creates, writes=True)
                if scan_id is None:
                    scan_id = _created_id(response)
            except APIError as error:
                raise _interrupted(error, scan_id, confirmed, chunk) from error
            confirmed, sent, count = chunk.last_line, sent + len(body), count + 1
            result = ImportResult(
                scan_id, confirmed, count, prepared.chunks_total, sent, prepared.bytes_total
            )
            if on_progress is not None:
                on_progress(result)
        assert scan_id is not None
        if prepared.chunks_total is None:  # checked as sent: the totals are known at the end
            result = dataclasses.replace(result, chunks_total=count, bytes_total=sent)
        return result
    finally:
        chunks.close()
        prepared.close()


def _next_chunk(chunks: ChunksAhead, scan_id: str | None, confirmed: int) -> Chunk | None:
    try:
        return chunks.take()
    except LineRefused as refused:
        # Checked as sent: the source is wrong past the lines the service already holds.
        raise ImportInterruptedError(
            refused.detail,
            scan_id=scan_id,
            last_line=confirmed,
            failed_lines=(confirmed + 1, refused.line),
            maybe_applied=False,
        ) from refused


def _chunk_request(
    options: ClientOptions, body: bytes, scan_id: str | None, name: str | None
) -> httpx.Request:
    if scan_id is None:
        method, path = "POST", "/v1/scans/import"
        params = {"name": name} if name is not None else None
    else:
        method, path, params = "PATCH", f"/v1/scans/{quote(scan_id, safe='')}/import", None
    return httpx.Request(
        method,
        options.base_url + path,
        params=params,
        headers={**options.headers(), "Content-Type": "application/octet-stream"},
        content=body,
        extensions={"timeout": options.timeout.as_dict()},
    )


def _created_id(response: httpx.Response) -> str:
    body: Any = _answers.json_body(response, "PDCP", maybe_created=True)
    scan_id = body.get("id") if isinstance(body, dict) else None
    if not isinstance(scan_id, str) or not scan_id.strip():
        raise UnexpectedResponseError(
            "the import answer has no scan 'id'",
            service="PDCP",
            response=response,
            maybe_created=True,
        )
    return scan_id


def _interrupted(
    error: APIError, scan_id: str | None, confirmed: int, chunk: Chunk
) -> ImportInterruptedError:
    return ImportInterruptedError(
        str(error),
        scan_id=scan_id,
        last_line=confirmed,
        failed_lines=(chunk.first_line, chunk.last_line),
        maybe_applied=error.maybe_applied,
    )
