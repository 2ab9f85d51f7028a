"""Apply an OpenAPI Overlay 1.0 document: actions with a JSONPath `target`, `update` or `remove`.

    python scripts/spec_overlay.py SPEC OVERLAY      # print what each action does to SPEC

An overlay records the corrections of true upstream mistakes (a binary export typed as a plain
string, enum values given only in prose), each with a `description` saying what upstream gets
wrong. Targets are JSONPath expressions, evaluated by jsonpath-ng. An action whose target matches
nothing is reported by its description, not an error: the next upstream version may have fixed it.

Semantics (Overlay 1.0): `update` on an object merges recursively (objects merge, anything else
replaces); on an array it appends the value; `remove: true` deletes every matched node.
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonpath_ng import DatumInContext
from jsonpath_ng.exceptions import JsonPathParserError
from jsonpath_ng.ext import parse

__all__ = ["ActionResult", "OverlayError", "apply_overlay"]


class OverlayError(Exception):
    """The overlay document is malformed (not an error: a target that matches nothing)."""


@dataclass(frozen=True)
class ActionResult:
    """What one action did: how many nodes it matched and how many it changed."""

    description: str
    target: str
    matched: int
    changed: int

    @property
    def summary(self) -> str:
        """The description's first sentence: the name the action is reported by."""
        return self.description.split(". ", 1)[0].rstrip(".")

    def line(self) -> str:
        if self.matched == 0:
            return f"matches nothing (fixed upstream?): {self.summary} [{self.target}]"
        return f"{self.changed} of {self.matched} nodes changed: {self.summary}"


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> list[ActionResult]:
    """Apply every action of `overlay` to `document`, in place and in order."""
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (no top-level 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("the overlay has no 'actions' list")
    return [_apply(document, action, index) for index, action in enumerate(actions)]


def _apply(document: dict[str, Any], action: Any, index: int) -> ActionResult:
    if not isinstance(action, dict) or not isinstance(action.get("target"), str):
        raise OverlayError(f"actions[{index}]: needs a 'target' JSONPath string")
    description = action.get("description")
    if not isinstance(description, str) or not description.strip():
        raise OverlayError(f"actions[{index}]: needs a 'description' of what upstream gets wrong")
    if ("update" in action) == bool(action.get("remove")):
        raise OverlayError(f"actions[{index}]: needs exactly one of 'update' and 'remove: true'")
    try:
        expression = parse(action["target"])
    except (JsonPathParserError, ValueError, TypeError) as exc:
        raise OverlayError(f"actions[{index}]: bad target {action['target']!r}: {exc}") from exc
    matches = expression.find(document)
    changed = 0
    # Removing from the end keeps the positions of earlier matches in one list valid.
    for match in reversed(matches) if action.get("remove") else matches:
        if action.get("remove"):
            changed += _remove(match)
        else:
            changed += _update(match.value, action["update"], index)
    summary = " ".join(description.split())
    return ActionResult(summary, action["target"], len(matches), changed)


def _update(node: Any, update: Any, index: int) -> int:
    if isinstance(node, list):
        node.append(copy.deepcopy(update))
        return 1
    if not isinstance(node, dict) or not isinstance(update, dict):
        raise OverlayError(f"actions[{index}]: 'update' of a non-object, non-array node")
    before = copy.deepcopy(node)
    _merge(node, update)
    return int(node != before)


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)


def _remove(match: DatumInContext) -> int:
    parent = match.context.value if match.context is not None else None
    path = match.path
    key = getattr(path, "fields", None) or getattr(path, "indices", None)
    if parent is None or not key:
        raise OverlayError("'remove' of the document root")
    if isinstance(parent, dict) and key[0] in parent:
        del parent[key[0]]
        return 1
    if (
        isinstance(parent, list)
        and isinstance(key[0], int)
        and -len(parent) <= key[0] < len(parent)
    ):
        del parent[key[0]]
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec")
    parser.add_argument("overlay")
    args = parser.parse_args(argv)
    document = yaml.load(Path(args.spec).read_bytes(), Loader=yaml.CSafeLoader)
    try:
        results = apply_overlay(document, yaml.safe_load(Path(args.overlay).read_bytes()))
    except OverlayError as exc:
        print(f"spec_overlay: {exc}", file=sys.stderr)
        return 1
    for result in results:
        print(result.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
