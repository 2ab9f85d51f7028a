"""Take a new version of the PDCP document: replace the spec, record where it came from, regenerate,
and print what changed.

    python scripts/update_spec.py SOURCE [--repository R --file F --commit C --date YYYY-MM-DD]
    make update-spec SOURCE=path [COMMIT=... DATE=...]

SOURCE is an OpenAPI 3.x document (YAML or JSON) or a docs page with one fenced yaml block; `-`
reads standard input. Everything is generated in a scratch directory first: when SOURCE is not
OpenAPI 3.x, or cannot be generated, the command fails with the reason and specs/ and generated/
are left as they were. On success specs/pdcp.yaml holds SOURCE's document byte for byte,
specs/pdcp.provenance.toml its provenance, generated/ the new client, and the spec diff
(scripts/spec_diff.py) is printed: read it before upgrading.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from extract_spec import SpecExtractionError, extract
from generate import ERRORS, SPECS, generate_into, install_packages
from spec_diff import diff_documents, format_changes
from spec_names import METHODS
from spec_prepare import load_document

__all__ = ["provenance_text", "update"]

SPEC = SPECS / "pdcp.yaml"
PROVENANCE = SPECS / "pdcp.provenance.toml"


class UpdateError(Exception):
    """The source cannot become the PDCP spec; nothing was changed."""


def provenance_text(raw: bytes, document: dict, fields: dict[str, str]) -> str:
    """The provenance record of a document, as TOML (strings quoted as JSON, which TOML reads)."""
    operations = sum(
        1
        for item in document["paths"].values()
        if isinstance(item, dict)
        for m in item
        if m in METHODS
    )
    lines = [
        "# Where specs/pdcp.yaml comes from. Written by scripts/update_spec.py; checked by",
        "# tests/generators/test_specs.py. The file is the document of the source, byte for byte.",
        *(f"{key} = {json.dumps(value)}" for key, value in fields.items() if value),
        f'sha256 = "{hashlib.sha256(raw).hexdigest()}"',
        f"operations = {operations}",
        f"schemas = {len(document.get('components', {}).get('schemas', {}))}",
    ]
    return "\n".join(lines) + "\n"


def update(source: bytes, source_name: str, fields: dict[str, str]) -> str:
    """Replace the spec with `source`'s document and regenerate; return the spec diff."""
    try:
        raw = extract(source, source=source_name)
    except SpecExtractionError as exc:
        raise UpdateError(str(exc)) from exc
    new = load_document(raw, source=source_name)
    old = load_document(SPEC.read_bytes(), source=f"specs/{SPEC.name}")
    with tempfile.TemporaryDirectory(prefix="scanclients-update-") as scratch:
        trial = Path(scratch) / "specs"
        shutil.copytree(SPECS, trial, ignore=shutil.ignore_patterns("sources"))
        (trial / SPEC.name).write_bytes(raw)
        out = Path(scratch) / "generated"
        generate_into(out, Path(scratch), specs=trial)
        # Generated in full: only now is anything in the repository replaced.
        SPEC.write_bytes(raw)
        PROVENANCE.write_text(provenance_text(raw, new, fields))
        install_packages(out)
    return format_changes(diff_documents(old, new), old, new)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="an OpenAPI document or a docs page (- for standard input)")
    parser.add_argument("--repository", default="", help="where it was published, e.g. owner/name")
    parser.add_argument("--file", default="", help="its path in that repository")
    parser.add_argument("--commit", default="", help="the commit it was taken from")
    parser.add_argument("--date", default="", help="that commit's date (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    if args.date:
        try:
            datetime.date.fromisoformat(args.date)
        except ValueError:
            print(f"update_spec: --date {args.date!r} is not YYYY-MM-DD", file=sys.stderr)
            return 2
    if args.source == "-":
        source, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            source, name = Path(args.source).read_bytes(), args.source
        except OSError as exc:
            print(f"update_spec: cannot read {args.source}: {exc.strerror}", file=sys.stderr)
            return 2
    fields = {
        "repository": args.repository,
        "file": args.file,
        "commit": args.commit,
        "date": args.date,
        "source": Path(name).name,
    }
    try:
        print(update(source, name, fields))
    except (UpdateError, *ERRORS) as exc:
        print(f"update_spec: {exc}", file=sys.stderr)
        print(
            "update_spec: nothing changed (specs/ and generated/ are as they were)", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
