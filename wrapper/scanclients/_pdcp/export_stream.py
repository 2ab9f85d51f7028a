"""A scan's findings, decoded from its streamed JSON export: bytes in, typed records out (sans-I/O).

PDCP's export is a JSON array of nuclei events; nuclei itself writes JSON lines. Both are read
incrementally, in memory bounded by the largest single record (not by the number of findings):
`feed` takes each chunk as it arrives and returns the records completed by it, `close` says the
body ended. The first non-blank byte decides the format: `[` an array, anything else JSON lines.
`decoded` and `adecoded` run a decoder over a body's chunks (`pd.scans.findings`, sync and async).

An array element is decoded with the C decoder (`raw_decode`) as soon as it may be complete; an
element that is cut by a chunk boundary is retried only once twice as much has arrived, so a large
record costs linear, not quadratic, time. A broken record is a `MalformedRecordError` naming its
position, raised as soon as it is certainly broken.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import MalformedRecordError

__all__ = [
    "DEFAULT_MAX_RECORD_BYTES",
    "FindingsDecoder",
    "PDCPFinding",
    "adecoded",
    "decoded",
]

DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024
_WHITESPACE = " \t\r\n"
_DECODER = json.JSONDecoder()
_BLANKS = re.compile(r"[ \t\r\n]*")  # one character class, no backtracking: linear


@dataclass(frozen=True, slots=True)
class PDCPFinding:
    """One finding of a scan: the fields most callers want, and the whole record in `raw`.

    Fields the record lacks are None. `raw` keeps every field as the service sent it (request,
    response, extracted results, classification, ...), so nothing is lost to the typing.
    """

    template_id: str | None
    name: str | None
    severity: str | None
    host: str | None
    matched_at: str | None
    timestamp: str | None
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> PDCPFinding:
        # An export holds nuclei events; a results listing wraps one under "event".
        event = _object(record.get("event"))
        info = _object(record.get("info") or event.get("info"))
        sources = (record, event)
        return cls(
            template_id=_text(sources, "template-id", "template_id", "templateID"),
            name=_text((record, info), "template_name", "name"),
            severity=_text((record, info), "severity"),
            host=_text(sources, "host"),
            matched_at=_text(sources, "matched-at", "matched_at"),
            timestamp=_text(sources, "timestamp", "created_at"),
            raw=record,
        )


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(sources: tuple[dict[str, Any], ...], *names: str) -> str | None:
    for source in sources:
        for name in names:
            value = source.get(name)
            if isinstance(value, str) and value:
                return value
    return None


class FindingsDecoder:
    """`feed(chunk)` -> finished records; `close()` at the end of the body -> the last ones."""

    def __init__(self, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> None:
        self._max = max_record_bytes
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._buffer = ""
        self._format: str | None = None  # "array" or "lines" once the first byte is seen
        self._expect = "value"  # array: "value", "value-or-end", "separator", "done"
        self._retry_at = 0  # array: decode the cut element again once the buffer is this long
        self._consumed = 0  # characters before the buffer, for positions
        self._scanned = 0  # lines: the buffer's start already searched for a line end
        self.records = 0
        """Records decoded so far."""

    def feed(self, chunk: bytes) -> Iterator[PDCPFinding]:
        """The records `chunk` completes, decoded as they are taken: consume them before the
        next `feed` (so that only one chunk's text and one record are held at a time)."""
        try:
            self._buffer += self._text.decode(chunk)
        except UnicodeDecodeError as error:
            raise self._broken(f"is not UTF-8 ({error.reason})") from None
        return self._records(final=False)

    def close(self) -> list[PDCPFinding]:
        """The body ended: the last records, or the error saying what was cut short."""
        try:
            self._buffer += self._text.decode(b"", final=True)
        except UnicodeDecodeError as error:
            raise self._broken(f"is not UTF-8 ({error.reason})") from None
        found = list(self._records(final=True))
        if self._format == "array" and self._expect != "done":
            raise self._broken("is cut short: the JSON array is not closed")
        return found

    def _records(self, *, final: bool) -> Iterator[PDCPFinding]:
        if self._format is None:
            start = self._buffer.lstrip(_WHITESPACE)
            if not start:
                # Blank so far: dropped, not kept to be stripped again with the next chunk (a
                # body of blanks would cost time quadratic in its length).
                self._consumed += len(self._buffer)
                self._buffer = ""
                return iter(())
            self._format = "array" if start[0] == "[" else "lines"
            if self._format == "array":
                self._consumed += len(self._buffer) - len(start) + 1
                self._buffer = start[1:]
                self._expect = "value-or-end"
        if self._format == "lines":
            return self._lines(final=final)
        return self._elements(final=final)

    # --- JSON lines -------------------------------------------------------------------------

    def _lines(self, *, final: bool) -> Iterator[PDCPFinding]:
        if not final and self._buffer.find("\n", self._scanned) < 0:
            # Only the new text is searched for the end of a line, so a long line costs linear time.
            self._scanned = len(self._buffer)
            if self._scanned > self._max:
                raise self._broken(f"is longer than {self._max} bytes", record=self.records + 1)
            return
        text = self._buffer
        end = len(text) if final else text.rfind("\n") + 1  # the complete lines end here
        self._buffer = text[end:]
        self._scanned = len(self._buffer)
        if len(self._buffer) > self._max:
            raise self._broken(f"is longer than {self._max} bytes", record=self.records + 1)
        at = 0
        while True:
            # Blank lines are skipped in one step of C, however many there are.
            start = _BLANKS.match(text, at).end()  # type: ignore[union-attr]  # always matches
            if start >= end:
                self._consumed += end - at
                return
            stop = text.find("\n", start, end)
            stop = end if stop < 0 else stop
            self._consumed += stop + 1 - at
            at = stop + 1
            position = self.records + 1
            try:
                record = json.loads(text[start:stop])
            except (ValueError, RecursionError) as error:
                raise self._broken(_reason(error), record=position) from None
            yield self._finding(record, position)

    # --- a JSON array -----------------------------------------------------------------------

    def _elements(self, *, final: bool) -> Iterator[PDCPFinding]:
        text, at = self._buffer, 0
        try:
            while True:
                at = _BLANKS.match(text, at).end()  # type: ignore[union-attr]  # always matches
                if at == len(text):
                    break
                if self._expect in ("separator", "value-or-end", "done"):
                    char = text[at]
                    if self._expect == "done":
                        raise self._broken("has data after the end of the array", offset=at)
                    if char == "]":
                        self._expect, at = "done", at + 1
                        continue
                    if self._expect == "separator":
                        if char != ",":
                            problem = f"expected ',' or ']' after record {self.records}"
                            raise self._broken(problem, offset=at)
                        self._expect, at = "value", at + 1
                        continue
                if not final and len(text) - at < self._retry_at:
                    break  # the cut element has not doubled yet: wait for more
                try:
                    record, end = _DECODER.raw_decode(text, at)
                except RecursionError:
                    raise self._broken("is nested too deeply", record=self.records + 1) from None
                except json.JSONDecodeError as error:
                    if final or not _may_be_cut(error, text):
                        raise self._broken(_reason(error), record=self.records + 1) from None
                    cut = len(text) - at
                    if cut > self._max:
                        problem = f"is larger than {self._max} bytes"
                        raise self._broken(problem, record=self.records + 1) from None
                    self._retry_at = cut + max(cut, 4096)
                    break
                self._retry_at = 0
                finding = self._finding(record, self.records + 1)
                self._expect, at = "separator", end
                yield finding
        finally:
            # Where the walk stopped (also when the caller stopped taking records early).
            self._consumed += at
            self._buffer = text[at:]

    # --- both -------------------------------------------------------------------------------

    def _finding(self, record: Any, position: int) -> PDCPFinding:
        if not isinstance(record, dict):
            raise self._broken(f"is a JSON {type(record).__name__}, not an object", record=position)
        self.records = position
        return PDCPFinding.from_record(record)

    def _broken(
        self, problem: str, record: int | None = None, offset: int = 0
    ) -> MalformedRecordError:
        return MalformedRecordError(problem, record=record, offset=self._consumed + offset)


def decoded(chunks: Iterator[bytes], decoder: FindingsDecoder) -> Iterator[PDCPFinding]:
    """The findings of a body arriving as `chunks`, each yielded as soon as it is complete."""
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.close()


async def adecoded(
    chunks: AsyncIterator[bytes], decoder: FindingsDecoder
) -> AsyncIterator[PDCPFinding]:
    """`decoded` for a body arriving as an async iterator (`async for`)."""
    async for chunk in chunks:
        for finding in decoder.feed(chunk):
            yield finding
    for finding in decoder.close():
        yield finding


def _may_be_cut(error: json.JSONDecodeError, text: str) -> bool:
    # A valid element cut by a chunk boundary fails at (or within a few characters of) the end,
    # or inside a string that has not ended yet; anything earlier is certainly broken.
    return error.msg.startswith("Unterminated string") or error.pos >= len(text) - 6


def _reason(error: ValueError | RecursionError) -> str:
    if isinstance(error, RecursionError):
        return "is nested too deeply"
    if isinstance(error, json.JSONDecodeError):
        return f"is not valid JSON ({error.msg})"
    return f"is not valid JSON ({error})"
