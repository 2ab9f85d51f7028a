"""Turn a shipped spec into the document the generator is fed: normalised, then overlaid.

    python scripts/spec_prepare.py [SPEC] [-o OUT]   # default specs/pdcp.yaml; prints what changed

`prepare_pdcp(raw_bytes)` is the one entry point other scripts use: `make generate` feeds its result
to openapi-python-client (and to every later per-spec step), `update_spec.py` runs it on a new
version before anything is replaced. The shipped spec itself is never edited.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spec_fallbacks import FALLBACKS
from spec_normalise import normalise
from spec_overlay import ActionResult, OverlayError, apply_overlay

__all__ = [
    "ADDITIONS",
    "OVERLAY",
    "Prepared",
    "SpecError",
    "dump_document",
    "load_document",
    "prepare",
    "prepare_pdcp",
    "skip_documented_additions",
]

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "specs" / "pdcp.overlay.yaml"
# The operations ProjectDiscovery's tools call that the document lacks, applied after the corrections.
ADDITIONS = ROOT / "specs" / "pdcp.additions.overlay.yaml"


class SpecError(Exception):
    """The source is not an OpenAPI 3.x document, or the overlay cannot be applied."""


@dataclass
class Prepared:
    """The prepared document and one line for each thing that changed it."""

    document: dict[str, Any]
    normalised: list[tuple[str, str]] = field(default_factory=list)
    overlaid: list[ActionResult] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)

    def report(self, prefix: str) -> list[str]:
        lines = [f"{prefix}: normalise {name}: {change}" for name, change in self.normalised]
        lines += [f"{prefix}: fallback {change}" for change in self.fallbacks]
        lines += [
            f"{prefix}: overlay {result.line()}"
            for result in self.overlaid
            if result.changed or not result.matched
        ]
        return lines


def load_document(raw: bytes, *, source: str = "the spec") -> dict[str, Any]:
    """Parse an OpenAPI 3.x document (YAML or JSON), or raise SpecError saying why not."""
    try:
        # The C loader: the complete PDCP document takes 0.1 s with it and 0.8 s without.
        document = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: does not parse as YAML or JSON: {exc}") from exc
    version = document.get("openapi") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(
            f"{source}: not an OpenAPI 3.x document (top-level 'openapi' is {version!r})"
        )
    if not isinstance(document.get("paths"), dict):
        raise SpecError(f"{source}: the OpenAPI document has no 'paths'")
    return document


def dump_document(document: dict[str, Any]) -> bytes:
    """YAML in the document's own key order, the same bytes for the same document."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    return text.encode()


def prepare(
    raw: bytes, overlay: bytes | None, *, source: str = "the spec", additions: bytes | None = None
) -> Prepared:
    """Normalise the document for the generator, take the fallbacks, then apply the overlay's
    corrections, then the additions (operations the document lacks)."""
    document = load_document(raw, source=source)
    prepared = Prepared(document, normalised=normalise(document))
    prepared.fallbacks = _fallbacks(document)
    for path, text, adds in ((OVERLAY, overlay, False), (ADDITIONS, additions, True)):
        if text is not None:
            try:
                actions = yaml.safe_load(text)
                prepared.fallbacks += skip_documented_additions(document, actions) if adds else []
                prepared.overlaid += apply_overlay(document, actions)
            except (OverlayError, yaml.YAMLError) as exc:
                raise SpecError(f"specs/{path.name}: {exc}") from exc
    # The additions are written against today's document: on another version one may name a
    # component that version lacks (`#/components/responses/ErrorResponse`), which the same
    # fallbacks answer as they answer the document's own.
    prepared.fallbacks += _fallbacks(document)
    return prepared


def _fallbacks(document: dict[str, Any]) -> list[str]:
    return [change for fallback in FALLBACKS for change in fallback(document)]


_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _shape(path: str) -> str:
    """A path with its parameters unnamed: `/v1/agents/{id}` and `/v1/agents/{agent_id}` meet."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def skip_documented_additions(document: dict[str, Any], overlay: Any) -> list[str]:
    """Take out of the additions overlay every operation the document has now (the same method
    on a path of the same shape), so that upstream's own wins and the addition is never a second
    copy; one line each, saying to drop it."""
    have = {
        (method, _shape(path))
        for path, item in document.get("paths", {}).items()
        if isinstance(item, dict)
        for method in item
        if method in _METHODS
    }
    lines = []
    for action in overlay.get("actions", []) if isinstance(overlay, dict) else []:
        update = action.get("update") if action.get("target") == "$.paths" else None
        for path, item in list(update.items()) if isinstance(update, dict) else []:
            for method in [m for m in item if m in _METHODS and (m, _shape(path)) in have]:
                del item[method]
                lines.append(
                    f"addition {method.upper()} {path} is in the document now: skipped"
                    " (drop it from specs/pdcp.additions.overlay.yaml)"
                )
            if not any(m in _METHODS for m in item):
                del update[path]
    return lines


def prepare_pdcp(raw_bytes: bytes, *, overlay: Path = OVERLAY) -> dict[str, Any]:
    """The PDCP document exactly as the generator is fed it."""
    return prepare(raw_bytes, _read(overlay), additions=_read(ADDITIONS)).document


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(ROOT / "specs" / "pdcp.yaml"))
    parser.add_argument("-o", "--output", help="write the prepared document here")
    args = parser.parse_args(argv)
    try:
        prepared = prepare(
            Path(args.spec).read_bytes(),
            _read(OVERLAY),
            source=args.spec,
            additions=_read(ADDITIONS),
        )
    except SpecError as exc:
        print(f"spec_prepare: {exc}", file=sys.stderr)
        return 1
    print("\n".join(prepared.report("pdcp")), file=sys.stderr)
    if args.output:
        Path(args.output).write_bytes(dump_document(prepared.document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
