"""Anchoring findings to a file of the repository, so that code scanning can annotate them: each
finding is placed at the line of the targets file that lists its target (line 1 when none does)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..errors import ValidationError
from ._model import Finding

__all__ = ["Anchor", "load_anchor"]

_MAX_BYTES = 8 * 1024 * 1024  # a targets file is a list of hosts, not a data set


@dataclass(frozen=True, slots=True)
class Anchor:
    """A repository file (`uri`, relative, with `/`) and the line each target is listed on."""

    uri: str
    lines: dict[str, int]

    def line_of(self, finding: Finding) -> int:
        """The first line naming the finding's target or matched address, else its host; else 1."""
        for candidate in (finding.target, finding.location):
            if candidate and (line := self.lines.get(_key(candidate))):
                return line
        for candidate in (finding.target, finding.location):
            if candidate and (line := self.lines.get(_host(candidate))):
                return line
        return 1


def load_anchor(path: str | os.PathLike[str], *, root: str | os.PathLike[str] = ".") -> Anchor:
    """Read a targets file (one target a line; blank lines and `#` comments skipped). Its path is
    taken relative to `root` (the repository's checkout, the working directory by default), which
    is how code scanning names files. Read before any scan, so a wrong path fails first."""
    file = Path(path)
    try:
        with open(file, "rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as error:
        raise ValidationError("anchor", f"cannot read {str(path)!r}: {error.strerror}") from None
    if len(data) > _MAX_BYTES:
        raise ValidationError("anchor", f"{str(path)!r} is over {_MAX_BYTES} bytes")
    text = data.decode("utf-8", errors="replace")
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            lines.setdefault(_key(entry), number)
            lines.setdefault(_host(entry), number)
    return Anchor(uri=_relative(file, Path(root)), lines=lines)


def _relative(file: Path, root: Path) -> str:
    try:
        relative = file.resolve().relative_to(root.resolve())
    except ValueError:
        raise ValidationError(
            "anchor", f"{str(file)!r} is outside {str(root)!r}: name a file of the repository"
        ) from None
    return str(PurePosixPath(*relative.parts))


def _key(text: str) -> str:
    return text.strip().rstrip("/").lower()


def _host(text: str) -> str:
    stripped = text.strip()
    try:
        host = urlsplit(stripped if "://" in stripped else f"//{stripped}").hostname
    except ValueError:
        host = None
    return f"host:{host or stripped.lower()}"
