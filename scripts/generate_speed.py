"""What keeps a regeneration fast without changing a byte of it (scripts/generate.py uses it).

- `generator_input`: openapi-python-client reads the prepared spec as JSON where JSON holds it
  exactly (its YAML parser is pure Python: a third of its run on the PDCP document).
- `EndpointsAhead`: the resources step's parse of the spec runs in a thread while the generator
  runs as a process.
- `ship` and `tree_state`: the package shipped and formatted in parts as each part is final (ruff's
  fixes and formatting are per file, so the parts make the bytes the whole would).
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import resources_codegen
import yaml
from generator_tools import format_tree

__all__ = ["EndpointsAhead", "generator_input", "ship", "tree_state"]


def ship(full: Path, package_dir: Path, names: list[str], also: tuple[str, ...] = ()) -> None:
    """Copy `names` of the generator's package to the shipped one; format them there, and `also`
    (files written there already). Ruff's fixes and formatting are per file: formatting the
    package in parts makes the same bytes as formatting it whole."""
    bytecode = shutil.ignore_patterns("__pycache__")  # the steps imported the package
    for name in names:
        if (full / name).is_dir():
            shutil.copytree(full / name, package_dir / name, ignore=bytecode)
        else:
            shutil.copyfile(full / name, package_dir / name)
    format_tree(package_dir, *names, *also)


def tree_state(top: Path) -> dict[str, tuple[int, int]]:
    # What a step writing a file changes: its size or its modification time.
    return {
        str(path.relative_to(top)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in top.rglob("*.py")
    }


def generator_input(spec: Path, document: dict) -> Path:
    """The document openapi-python-client reads: the prepared spec as JSON where JSON holds it.

    The generator reads YAML with a pure-Python parser (a third of its run on the PDCP document)
    and JSON with the standard library's. JSON is written only when it carries the document
    exactly (no date, no number as a key, which YAML has and JSON has not); else the YAML.
    """
    try:
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, default=_not_json)
    except (TypeError, ValueError):
        return spec
    if json.loads(text) != document:  # keys that are not text became text
        return spec
    target = spec.with_suffix(".json")
    target.write_text(text)
    return target


def _not_json(value: object) -> object:
    raise TypeError(f"not JSON: {type(value).__name__}")


class EndpointsAhead:
    """The resources step's parse of the prepared spec, started in a thread beside the generator.

    openapi-python-client runs as a process for seconds; its parser, which the resources step
    runs again in process (resources_parser.read_endpoints), needs only the spec and the
    generator's settings, so it runs meanwhile on the other core. Within `with`, the resources
    step's call takes that result when it asks for the same spec, byte for byte (a fallback that
    rewrote the spec and ran the generator again makes it parse anew), with the same settings.
    """

    def __init__(self, pool: ThreadPoolExecutor, spec: Path, settings: dict) -> None:
        self._spec, self._settings = spec, settings
        self._bytes = spec.read_bytes()
        self._original = getattr(resources_codegen, "read_endpoints", None)
        self._future: Future[Any] | None = None
        if self._original is not None:
            self._future = pool.submit(self._parse)

    def _parse(self) -> Any:
        assert self._original is not None
        return self._original(_load_yaml(self._bytes), self._settings, self._spec)

    def _read(self, document: Any, settings: dict, spec_path: Path) -> Any:
        assert self._original is not None
        assert self._future is not None
        if (spec_path, settings) == (self._spec, self._settings) and (
            spec_path.read_bytes() == self._bytes
        ):
            return self._future.result()
        return self._original(document, settings, spec_path)

    def __enter__(self) -> None:
        if self._future is None:
            return
        try:
            self._future.result()  # the parser is not run twice at once
        except Exception:
            # Not taken: the resources step parses the spec itself, and says what is wrong.
            return
        resources_codegen.read_endpoints = self._read

    def __exit__(self, *exc: object) -> None:
        if self._original is not None:
            resources_codegen.read_endpoints = self._original


def _load_yaml(text: bytes) -> Any:
    # As resources_codegen.load_methods reads the spec for the parser.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
