"""Pull the OpenAPI document out of a source: a docs page's one fenced ```yaml block, byte for byte,
or a whole OpenAPI document (YAML or JSON), which is its own document.

    python scripts/extract_spec.py SOURCE [-o OUT]      # SOURCE may be - for standard input

The PDCP docs publish each operation as a Markdown page with an OpenAPI 3.1 document in a fenced
block (opened with three or more backticks and the word yaml); ProjectDiscovery also publishes the
complete document. Either way the bytes are written out unchanged, so a spec taken from them stays
the exact text the vendor shipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

# An opening fence of 3+ backticks followed by "yaml" (and, on the PDCP pages, the operation), and
# the closing fence: the same run of backticks alone on its line.
_FENCE_OPEN = re.compile(rb"^(?P<fence>`{3,})[ \t]*yaml\b[^\n]*\n", re.MULTILINE)


class SpecExtractionError(Exception):
    """The page does not hold exactly one fenced yaml block with an OpenAPI document in it."""


def extract(page: bytes, *, source: str = "the page") -> bytes:
    """Return the OpenAPI document of a source: the source itself when it is a whole document
    (YAML or JSON), else the bytes between the fences of the page's only yaml block."""
    if _is_whole_document(page):
        return page
    blocks: list[bytes] = []
    position = 0
    while match := _FENCE_OPEN.search(page, position):
        fence = re.escape(match["fence"])
        closing = re.compile(rb"^" + fence + rb"[ \t]*$", re.MULTILINE)
        end = closing.search(page, match.end())
        if end is None:
            raise SpecExtractionError(
                f"{source}: the yaml block opened on line {_line_of(page, match.start())} is never closed"
            )
        blocks.append(page[match.end() : end.start()])
        position = end.end()
    if not blocks:
        raise SpecExtractionError(f"{source}: no fenced ```yaml block found")
    if len(blocks) > 1:
        raise SpecExtractionError(
            f"{source}: {len(blocks)} fenced yaml blocks found; expected exactly one"
        )
    _check_is_openapi(blocks[0], source)
    return blocks[0]


def _is_whole_document(page: bytes) -> bool:
    # A Markdown page is not a YAML mapping with an `openapi` key; a document is.
    if not re.search(rb"[\"']?openapi[\"']?[ \t]*:", page[:4096]):
        return False
    try:
        document = yaml.load(page, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return False
    return isinstance(document, dict) and isinstance(document.get("openapi"), str)


def _line_of(page: bytes, offset: int) -> int:
    return page.count(b"\n", 0, offset) + 1


def _check_is_openapi(block: bytes, source: str) -> None:
    try:
        document = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        raise SpecExtractionError(f"{source}: the yaml block does not parse: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("openapi"), str):
        raise SpecExtractionError(
            f"{source}: the yaml block is not an OpenAPI document (no top-level 'openapi' version)"
        )
    if not isinstance(document.get("paths"), dict) and not isinstance(
        document.get("webhooks"), dict
    ):
        raise SpecExtractionError(f"{source}: the OpenAPI document has no 'paths'")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="the docs page (a file path, or - for standard input)")
    parser.add_argument("-o", "--output", help="write the spec here instead of standard output")
    args = parser.parse_args(argv)

    if args.page == "-":
        page, source = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            page, source = Path(args.page).read_bytes(), args.page
        except OSError as exc:
            print(f"extract_spec: cannot read {args.page}: {exc.strerror}", file=sys.stderr)
            return 2
    try:
        spec = extract(page, source=source)
    except SpecExtractionError as exc:
        print(f"extract_spec: {exc}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).write_bytes(spec)
    else:
        sys.stdout.buffer.write(spec)
    return 0


if __name__ == "__main__":
    sys.exit(main())
