"""Check nuclei JSONL and lay out its chunks at the speed of the wire (sans-I/O but for reading).

Every line from `start_line` on must be a JSON object, no longer than a chunk. The file is read
in blocks of a megabyte; each block's lines are checked in one pass of C and Rust: pydantic-core's
JSON parser (jiter) against "an object, members ignored", which parses and so checks every member
and builds no Python object, mapped over the block's lines. The chunks (whole lines, at most
`limit` bytes, a blank line between two results counted inside their chunk) are found by
bisecting the block's line offsets. A block holding anything else (a blank or bad line, a line
before `start_line`) is taken line by line, which is also what names a bad line: the standard
library reads it again to say what is wrong with it. `lay_out` gives every chunk (the whole source
checked); `iter_chunks` one at a time, for an import checked as it is sent.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..errors import ValidationError

__all__ = ["Chunk", "LineRefused", "iter_chunks", "lay_out"]

_BLOCK = 1024 * 1024
_PLUS_ONE = (1).__add__


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int  # byte offset in the prepared file
    end: int
    first_line: int
    last_line: int


class _Layout:
    """The chunks so far and the open one (from `start`, its last result ending at `end`)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chunks: list[Chunk] = []
        self.start: int | None = None
        self.first = self.end = self.last = 0

    def close(self) -> None:
        if self.start is not None:
            self.chunks.append(Chunk(self.start, self.end, self.first, self.last))
            self.start = None

    def closed(self) -> list[Chunk]:
        """The chunks closed since the last call."""
        done, self.chunks = self.chunks, []
        return done

    def add(self, begin: int, end: int, number: int) -> None:
        """One result line, from `begin` to `end`."""
        if self.start is not None and end - self.start > self.limit:
            self.close()
        if self.start is None:
            self.start, self.first = begin, number
        self.end, self.last = end, number

    def add_all(self, offsets: list[int], first_number: int) -> None:
        """Result lines only, none longer than the limit: line k runs from offsets[k] to
        offsets[k + 1]. Each chunk's last line is found by bisection, not line by line."""
        k, count = 0, len(offsets) - 1
        while k < count:
            if self.start is None:
                self.start, self.first = offsets[k], first_number + k
            # The lines k .. fits-1 end within the limit from the open chunk's start.
            fits = bisect.bisect_right(offsets, self.start + self.limit, lo=k + 1) - 1
            if fits == k:  # line k does not fit in the open chunk: it starts the next
                self.close()
                continue
            k = min(fits, count)
            self.end, self.last = offsets[k], first_number + k - 1
            if k < count:
                self.close()


def lay_out(file: IO[bytes], start_line: int, limit: int, block: int = _BLOCK) -> list[Chunk]:
    """The chunks of `file` from where it stands, its lines checked from `start_line` on
    (read `block` bytes at a time)."""
    return list(iter_chunks(file, start_line, limit, block))


def iter_chunks(
    file: IO[bytes], start_line: int, limit: int, block: int = _BLOCK
) -> Iterator[Chunk]:
    """`lay_out`'s chunks one by one, each once every line up to its end (and the rest of the
    block holding that end) is checked. The file may be read elsewhere between two chunks: each
    block is read from where the last one ended."""
    layout = _Layout(limit)
    validate = _object_validator().validate_json
    offset = position = file.tell()
    number = 0  # lines before this block
    carry = b""  # the start of a line the last block cut
    while True:
        file.seek(position)
        read = file.read(block)
        if not read:
            break
        position += len(read)
        read = carry + read
        cut = read.rfind(b"\n") + 1
        if not cut:
            carry = read
            # A result line already longer than a chunk is refused without reading it whole.
            if len(carry) > limit and number + 1 >= start_line and carry.strip():
                _too_long(number + 1, len(carry), limit, "at least ")
            continue
        lines = read[:cut].split(b"\n")
        lines.pop()  # "" after the last newline
        carry = read[cut:]
        # Where each line starts (its length and its newline after the last), all in C.
        sizes = map(_PLUS_ONE, map(len, lines))
        offsets = list(itertools.accumulate(sizes, initial=offset))
        if number + 1 >= start_line and _all_results(lines, validate, limit):
            layout.add_all(offsets, number + 1)
        else:
            for k, line in enumerate(lines):
                _one_line(layout, line, offsets[k], offsets[k + 1], number + k + 1, start_line)
        number += len(lines)
        offset = offsets[-1]
        yield from layout.closed()
    if carry:  # the last line, without a newline
        _one_line(layout, carry, offset, offset + len(carry), number + 1, start_line)
    layout.close()
    yield from layout.closed()


def _all_results(lines: list[bytes], validate: Any, limit: int) -> bool:
    """True when every line is a JSON object that fits a chunk (checked at C speed)."""
    try:
        collections.deque(map(validate, lines), maxlen=0)
    except ValueError:  # a blank or bad line: the block is taken line by line
        return False
    return max(map(len, lines), default=0) < limit


def _one_line(
    layout: _Layout, line: bytes, begin: int, end: int, number: int, start_line: int
) -> None:
    if number < start_line or not line.strip():
        return
    if end - begin > layout.limit:
        _too_long(number, end - begin, layout.limit)
    try:
        _object_validator().validate_json(line)
    except ValueError as refusal:  # pydantic_core's ValidationError
        _refused(line, number, refusal)
    layout.add(begin, end, number)


@functools.cache
def _object_validator() -> Any:
    # Imported here, once: a client that never imports results pays nothing for it.
    from pydantic_core import SchemaValidator, core_schema

    return SchemaValidator(core_schema.typed_dict_schema({}, extra_behavior="ignore"))


class LineRefused(ValidationError):
    """A line of the source is refused: `line` its number, `detail` what is wrong with it.

    Raised before anything is sent, so its message says so; an import checked as it is sent
    reports `detail` as where it stopped instead (`nuclei_import`)."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__("source", f"{detail}; nothing was sent")
        self.line = line
        self.detail = detail


def _too_long(number: int, size: int, limit: int, bound: str = "") -> None:
    raise LineRefused(
        number,
        f"line {number} is {bound}{size} bytes, more than a chunk may hold ({limit} bytes);"
        " it cannot be imported",
    )


def _refused(line: bytes, number: int, refusal: ValueError) -> None:
    """The `ValidationError` for a line the fast check refused: what is wrong, in the standard
    library's words where it has them."""
    try:
        document = json.loads(line)
    except (ValueError, RecursionError) as error:
        detail = error.msg if isinstance(error, json.JSONDecodeError) else type(error).__name__
    else:
        if not isinstance(document, dict):
            raise LineRefused(
                number, f"line {number} is a JSON {type(document).__name__}, not an object"
            )
        # Read by the standard library, refused by jiter (nuclei writes none of them): nesting
        # deeper than 200, a lone surrogate escape, a byte-order mark.
        errors = getattr(refusal, "errors", None)  # pydantic_core's, with jiter's message
        detail = str(errors()[0]["msg"] if callable(errors) else refusal)
        detail = detail.removeprefix("Invalid JSON: ")
    raise LineRefused(number, f"line {number} is not valid JSON ({detail})")
