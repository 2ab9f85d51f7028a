"""Write a download atomically: into a temp file beside the target, renamed over it at the end.

A regular file (or nothing yet) at the path is replaced atomically: the new file is created with
the caller's umask, keeps the mode of the file it replaces, and is flushed to disk (fsync) before
the rename. A symlink is followed, so the file it points to is replaced and the link stays. A
character device or a FIFO (`/dev/stdout`, a named pipe) is written directly: it cannot be renamed
over. Anything else (a directory, a block device, a socket) is refused before any I/O. Every
`OSError` becomes a `ScanClientsError` naming the file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from ..errors import ScanClientsError, ValidationError

__all__ = ["AtomicFile"]


class AtomicFile:
    """`with AtomicFile(path) as f: f.write(...)`: `path` appears whole, or not at all.

    The temp file sits in the target's directory (a rename across file systems would not be
    atomic) and is removed on any exception, cancellation included.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        if not isinstance(path, str | os.PathLike) or not str(path):
            raise ValidationError("path", f"expected a file path, got {path!r}")
        if "\0" in str(path):
            raise ValidationError("path", f"contains a NUL character: {str(path)!r}")
        self.path = Path(path)
        self._target = self.path  # where the bytes go: the file a symlink points to
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
        try:
            existing = os.stat(self.path)  # follows symlinks
        except FileNotFoundError:
            existing = None
        except OSError as error:
            raise ValidationError(
                "path", f"cannot use {str(self.path)!r}: {error.strerror}"
            ) from None
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            self._open_special(existing.st_mode)
            return self
        if existing is not None and self.path.is_symlink():
            self._target = Path(os.path.realpath(self.path))
        directory = self._target.parent
        if not directory.is_dir():
            raise ValidationError("path", f"directory {str(directory)!r} does not exist")
        try:
            descriptor, self._temp = self._create_temp(directory)
            if existing is not None:
                os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))
        except OSError as error:
            raise ValidationError(
                "path", f"cannot write in {str(directory)!r}: {error.strerror}"
            ) from None
        self._file = os.fdopen(descriptor, "wb")
        return self

    def _create_temp(self, directory: Path) -> tuple[int, Path]:
        # O_EXCL with mode 0o666 lets the kernel apply the umask (mkstemp would force 0600).
        while True:
            temp = directory / f".{self._target.name}.{secrets.token_hex(6)}.part"
            try:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                return os.open(temp, flags, 0o666), temp
            except FileExistsError:
                continue

    def _open_special(self, mode: int) -> None:
        if stat.S_ISDIR(mode):
            raise ValidationError("path", f"{str(self.path)!r} is a directory; name the file")
        if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            raise ValidationError(
                "path", f"{str(self.path)!r} is not a regular file, a FIFO or a character device"
            )
        try:
            # Non-blocking first: a FIFO nobody reads would otherwise block here for ever.
            descriptor = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            os.set_blocking(descriptor, True)
        except OSError as error:
            raise ValidationError(
                "path", f"cannot write to {str(self.path)!r}: {error.strerror}"
            ) from None
        self._file = os.fdopen(descriptor, "wb")

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        try:
            self._file.write(chunk)
        except OSError as error:
            raise self._failed("writing", error) from error

    def _failed(self, doing: str, error: OSError) -> ScanClientsError:
        return ScanClientsError(f"{doing} {str(self.path)!r} failed: {error.strerror or error}")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._file is not None
        if self._temp is None:  # a FIFO or a device, written directly
            try:
                self._file.close()
            except OSError as error:
                if exc_type is None:
                    raise self._failed("closing", error) from error
            return
        try:
            if exc_type is None:
                self._finish()
        finally:
            with contextlib.suppress(OSError):
                self._file.close()
            if exc_type is not None or self._temp.exists():
                with contextlib.suppress(OSError):
                    self._temp.unlink()

    def _finish(self) -> None:
        assert self._file is not None
        assert self._temp is not None
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
        except OSError as error:
            raise self._failed("writing", error) from error
        try:
            os.replace(self._temp, self._target)
        except OSError as error:
            raise self._failed("replacing", error) from error
        with contextlib.suppress(OSError):  # the rename itself, durable where the OS allows it
            directory = os.open(self._target.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
