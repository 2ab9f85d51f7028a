"""The format of a file a command writes, by one rule for every command: `--format`; else the
suffix of the `-o` file; else, with no file, the command's default; an unknown suffix is an error
naming the choices, raised before any request (exit 2).

Used by the findings reports (`findings convert`, `--format` on the scan commands), `pdcp scans
export` and `hostedscan reports create`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError

__all__ = ["FileFormats"]


@dataclass(frozen=True)
class FileFormats:
    """The formats a command writes (`choices`, as `--format` spells them), and the file
    suffixes (lower case, with the dot) that name one."""

    choices: tuple[str, ...]
    suffixes: Mapping[str, str]

    def choose(self, chosen: str | None, output: str | None, default: str | None = None) -> str:
        """`chosen` (--format) if given; else the format `output`'s suffix names; else `default`
        when there is no file (None or "-", stdout). Anything else is a `ValidationError`."""
        if chosen is not None:
            return chosen
        if output in (None, "-"):
            if default is None:
                raise ValidationError("--format", f"give --format ({', '.join(self.choices)})")
            return default
        suffix = Path(str(output)).suffix.lower()
        if suffix not in self.suffixes:
            known = ", ".join(f"{s} ({f})" for s, f in self.suffixes.items())
            raise ValidationError(
                "--format",
                f"cannot tell the format of {output!r} from its suffix: give --format "
                f"({', '.join(self.choices)}) or name the file with one of {known}",
            )
        return self.suffixes[suffix]
