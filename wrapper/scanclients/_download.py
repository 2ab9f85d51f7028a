"""Write a download atomically: into a temp file beside the target, renamed over it at the end."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from .errors import ScanClientsError, ValidationError

__all__ = ["AtomicFile"]


class AtomicFile:
    """`with AtomicFile(path) as f: f.write(...)`: `path` appears whole, or not at all.

    The temp file sits in the target's directory (a rename across file systems would not be
    atomic) and is removed on any exception, cancellation included.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        if not isinstance(path, str | os.PathLike) or not str(path):
            raise ValidationError("path", f"expected a file path, got {path!r}")
        self.path = Path(path)
        self._temp: Path | None = None
        self._file: IO[bytes] | None = None

    def check(self) -> Self:
        """Refuse a path that cannot be written (a directory, a missing parent) before any I/O."""
        if self.path.is_dir():
            raise ValidationError("path", f"{str(self.path)!r} is a directory; name the file")
        if not self.path.parent.is_dir():
            raise ValidationError("path", f"directory {str(self.path.parent)!r} does not exist")
        return self

    def __enter__(self) -> Self:
        directory = self.check().path.parent
        try:
            descriptor, temp = tempfile.mkstemp(
                dir=directory, prefix=f".{self.path.name}.", suffix=".part"
            )
        except OSError as error:
            raise ValidationError(
                "path", f"cannot write in {str(directory)!r}: {error.strerror}"
            ) from None
        self._temp = Path(temp)
        self._file = os.fdopen(descriptor, "wb")
        return self

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        try:
            self._file.write(chunk)
        except OSError as error:
            raise ScanClientsError(
                f"writing {str(self.path)!r} failed: {error.strerror}"
            ) from error

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._file is not None
        assert self._temp is not None
        try:
            self._file.close()
            if exc_type is None:
                os.replace(self._temp, self.path)
        finally:
            if exc_type is not None or self._temp.exists():
                with contextlib.suppress(FileNotFoundError):
                    self._temp.unlink()
