"""The PDCP credentials file, `~/.pdcp/credentials.yaml`, as ProjectDiscovery's tools write it.

`nuclei -auth` (and pdtm, cvemap, ...) store a YAML list of `{username, email, api-key, server}`
entries, mode 0600; the first entry is the one in use. It is read after the arguments and the
`PDCP_*` environment variables.

The file is parsed here, by hand, rather than with PyYAML: the library's runtime dependencies stay
httpx, attrs and pydantic (a vendored copy must not grow a YAML parser), and the format is tiny and
machine-written (Go's yaml.v3: a block sequence of block mappings of scalars). The subset read is
exactly that, plus comments, blank lines, a `---` start and quoted scalars; anything else is a
`ConfigurationError` naming the file, the line and the problem, never a guess. No value of the
file is ever put in a message: the key must not leak through an error.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigurationError

__all__ = ["FileCredentials", "credentials_path", "read_credentials"]

_FIELDS = frozenset({"username", "email", "api-key", "server"})
_ENTRY_START = re.compile(r"^-(?: +|$)(.*)$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})  # YAML 1.2 core schema
_PAIR = re.compile(r"^([A-Za-z0-9_-]+)\s*:(?:\s+(.*))?$")


@dataclass(frozen=True)
class FileCredentials:
    """The first entry of the credentials file. `warning` says why the file is unsafe, if it is."""

    path: Path
    api_key: str
    server: str | None
    username: str | None
    email: str | None
    warning: str | None


def credentials_path() -> Path:
    """`~/.pdcp/credentials.yaml`, under `HOME` (so tests and sandboxes can point it elsewhere)."""
    return Path(os.path.expanduser("~")) / ".pdcp" / "credentials.yaml"


def read_credentials(path: Path | None = None) -> FileCredentials | None:
    """The first entry of the file, or None when there is no file."""
    path = credentials_path() if path is None else path
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            raw = handle.read(64 * 1024 + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ConfigurationError(f"PDCP: cannot read {path}: {error.strerror}") from None
    if len(raw) > 64 * 1024:
        raise ConfigurationError(
            f"PDCP: {path} is larger than 64 KiB; it is not a credentials file"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigurationError(f"PDCP: {path} is not UTF-8 text (byte {error.start})") from None
    # A UTF-8 byte order mark is valid YAML (Windows editors write one): not part of line 1.
    entries = _parse(text.removeprefix("\ufeff"), path)
    if not entries:
        raise ConfigurationError(f"PDCP: {path} holds no credentials (expected a YAML list)")
    first = entries[0]
    key = first.get("api-key")
    if not key or not key.strip():
        raise ConfigurationError(f"PDCP: {path}: the first entry has no api-key")
    if key != key.strip() or any(ch in key for ch in "\r\n\0"):
        raise ConfigurationError(
            f"PDCP: {path}: the api-key of the first entry has surrounding white space or"
            " control characters"
        )
    return FileCredentials(
        path=path,
        api_key=key,
        server=first.get("server") or None,
        username=first.get("username") or None,
        email=first.get("email") or None,
        warning=_permission_problem(path, mode),
    )


def _permission_problem(path: Path, mode: int) -> str | None:
    if os.name != "posix" or not mode & (stat.S_IRWXG | stat.S_IRWXO):
        return None
    return (
        f"{path} holds an API key and other users may read it (mode {stat.S_IMODE(mode):04o});"
        f" run: chmod 600 {path}"
    )


def _parse(text: str, path: Path) -> list[dict[str, str | None]]:
    entries: list[dict[str, str | None]] = []
    indent: int | None = None  # the column of the keys of the current entry
    for number, line in enumerate(text.splitlines(), start=1):
        content = _strip_comment(line).rstrip()
        if not content.strip() or (content == "---" and not entries):
            continue
        where = _Where(path, number)
        if "\t" in content[: len(content) - len(content.lstrip())]:
            raise where.error("a tab in the indentation (YAML allows spaces only)")
        column = len(content) - len(content.lstrip(" "))
        body = content.strip()
        start = _ENTRY_START.match(body) if column == 0 else None
        if start is not None:
            entries.append({})
            indent = None if not start.group(1) else len(body) - len(start.group(1))
            body = start.group(1)
            if not body:
                continue
        elif column == 0 or not entries:
            raise where.error("expected a list of entries ('- api-key: ...')")
        elif indent is None:
            indent = column
        elif column != indent:
            raise where.error(
                "unexpected indentation (only key: value pairs of one level are read)"
            )
        _add_pair(entries[-1], body, where)
    return entries


@dataclass(frozen=True)
class _Where:
    path: Path
    line: int

    def error(self, problem: str) -> ConfigurationError:
        return ConfigurationError(f"PDCP: {self.path} is malformed: line {self.line}: {problem}")


def _add_pair(entry: dict[str, str | None], body: str, where: _Where) -> None:
    pair = _PAIR.match(body)
    if pair is None:
        raise where.error("expected 'key: value'")
    name, value = pair.group(1), (pair.group(2) or "").strip()
    if name not in _FIELDS:
        return  # a field a newer tool added: not ours to refuse
    if name in entry:
        raise where.error(f"{name} appears twice in one entry")
    entry[name] = _scalar(value, name, where)


def _scalar(value: str, name: str, where: _Where) -> str | None:
    """The value as text; None for YAML's null (`~`, `null`, nothing): absent, never "null"."""
    if value.startswith('"'):
        try:
            decoded = json.loads(value)  # YAML's double-quoted escapes, as far as keys use them
        except ValueError:
            raise where.error(
                f"the quoted value of {name} is not closed or has an unknown escape"
            ) from None
        if not isinstance(decoded, str):
            raise where.error(f"the value of {name} is not a string")
        return decoded
    if value.startswith("'"):
        if len(value) < 2 or not value.endswith("'") or "'" in value[1:-1].replace("''", ""):
            raise where.error(f"the quoted value of {name} is not closed")
        return value[1:-1].replace("''", "'")
    if value in _NULLS:
        return None
    if value[:1] in ("[", "{", "&", "*", "!", "|", ">", "@", "`"):
        raise where.error(f"the value of {name} is not a plain string ({value[:1]!r} is not read)")
    return value


def _strip_comment(line: str) -> str:
    # A '#' starts a comment at the line's start or after white space, outside quotes.
    quote: str | None = None
    escaped = False
    for index, char in enumerate(line):
        if quote is not None:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = None
        elif char in "'\"" and (index == 0 or line[index - 1] in " :-"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line
