"""Edits of a spec's text for the tests that regenerate a copy of the repository."""

from __future__ import annotations


def insert_after(
    text: str, section: str, anchor: str, insertion: str, *, before: bool = True
) -> str:
    """Insert `insertion` at the first `anchor` line after `section` (before or after the anchor).

    The complete PDCP document repeats property names across schemas; the section (a component's
    header line) says which one is meant.
    """
    start = text.index(section)
    at = text.index(anchor, start)
    if not before:
        at += len(anchor)
    return text[:at] + insertion + text[at:]
