"""Where reports go and where records come from: atomic files or open file objects; JSON lines,
a JSON array, a `{"data": [...]}` envelope or a SARIF log."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

from .._core.download import AtomicFile
from ..errors import ValidationError
from ._model import clean_text

__all__ = ["Destination", "Source", "read_records", "text_sink", "utf8"]

Destination = str | os.PathLike[str] | IO[str] | IO[bytes]
"""A path (written atomically: a temp file beside it, renamed over it) or an open file object."""

Source = str | os.PathLike[str] | IO[str] | IO[bytes]


@contextmanager
def text_sink(destination: Destination, *, name: str = "path") -> Iterator[Callable[[str], None]]:
    """Yield a `write(text)`; a path appears whole when the block ends, or not at all."""
    if isinstance(destination, str | os.PathLike):
        with AtomicFile(destination) as atomic:
            yield lambda text: atomic.write(utf8(text))
        return
    write = getattr(destination, "write", None)
    if not callable(write):
        raise ValidationError(name, f"expected a file path or a writable file, got {destination!r}")
    binary = isinstance(destination, io.RawIOBase | io.BufferedIOBase) or (
        not isinstance(destination, io.TextIOBase) and "b" in str(getattr(destination, "mode", ""))
    )
    yield (lambda text: write(utf8(text))) if binary else (lambda text: write(clean_text(text)))


def utf8(text: str) -> bytes:
    """`text` as UTF-8; a lone surrogate (text read from a service or a file may hold one, and
    UTF-8 cannot) is written as U+FFFD instead of failing the whole report."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return clean_text(text).encode("utf-8")


def read_records(source: Source, *, name: str = "path") -> Iterator[Any]:
    """The records of a JSON lines file, lazily, or of a file holding one JSON document. An array
    gives its items, a listing (`{"data": [...]}`) its data, anything else itself (a SARIF log).

    A line that is not JSON raises a ValidationError naming the line; blank lines are skipped.
    """
    with _open_text(source, name) as lines:
        first_number, first = _first_line(lines)
        if first is None:
            return
        try:
            value = json.loads(first)
        except RecursionError:
            raise _too_deep(name, first_number) from None
        except ValueError:
            # A pretty-printed document: it is read whole, as JSON requires.
            yield from _items(_load(first + "".join(lines), name))
            return
        # JSON lines; a line may also hold a whole array or listing page (`{"data": [...]}`).
        yield from _items(value)
        for number, line in enumerate(lines, start=first_number + 1):
            if line.strip():
                yield from _items(_line(line, number, name))


def _items(document: Any) -> Iterable[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and isinstance(document.get("data"), list):
        return list(document["data"])
    return [document]


def _first_line(lines: Iterator[str]) -> tuple[int, str | None]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            return number, line
    return 0, None


def _too_deep(name: str, number: int | None) -> ValidationError:
    where = f"line {number}" if number else "the document"
    return ValidationError(name, f"{where} is nested too deeply to be a findings record")


def _line(line: str, number: int, name: str) -> Any:
    try:
        return json.loads(line)
    except RecursionError:
        raise _too_deep(name, number) from None
    except ValueError as error:
        raise ValidationError(name, f"line {number} is not JSON: {error}") from None


def _load(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise _too_deep(name, None) from None
    except ValueError as error:
        raise ValidationError(name, f"neither JSON lines nor a JSON document: {error}") from None


@contextmanager
def _open_text(source: Source, name: str) -> Iterator[Iterator[str]]:
    if isinstance(source, str | os.PathLike):
        try:
            handle = open(source, encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise ValidationError(name, f"cannot read {str(source)!r}: {error.strerror}") from None
        with handle:
            yield _decoded(handle, name)
        return
    if not callable(getattr(source, "read", None)):
        raise ValidationError(name, f"expected a file path or a readable file, got {source!r}")
    yield _decoded(cast(Iterable[str | bytes], source), name)


def _decoded(lines: Iterable[str | bytes], name: str) -> Iterator[str]:
    try:
        for line in lines:
            yield line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError as error:
        raise ValidationError(name, f"not UTF-8 text: {error}") from None
    except OSError as error:
        # A file the caller named that cannot be read is their input's problem (exit 2 on the
        # command line), not the service's.
        reason = error.strerror or str(error)
        raise ValidationError(name, f"cannot be read: {reason}") from error
