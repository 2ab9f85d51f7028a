"""The table `make bench` prints for B1-B6: each figure, its ratio to the baseline measured in the
same run, and whether the goal is met (goals are reported, never asserted). B7 is bench_cold's,
B8 and B9 bench_pdcp's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Row = tuple[str, str, str, str]


def print_table(table: list[Row]) -> None:
    width = max(len(row[0]) for row in table)
    for name, value, ratio, goal in table:
        print(f"{name:<{width}}  {value:>22}  {ratio:>8}  {goal}")


def report(table: list[Row], figures: Any, json_file: str | None) -> None:
    """What each bench script ends with: its table printed, its figures kept in `json_file`."""
    print_table(table)
    if json_file:
        Path(json_file).write_text(json.dumps(figures, indent=2) + "\n")


def _goal(met: bool, goal: str) -> str:
    return f"{goal}  {'met' if met else 'MISSED'}"


def _compared(name: str, figures: dict[str, float], form: str, limit: str) -> list[Row]:
    """raw httpx, then scanclients with its ratio to it; the goal is a ratio of at most `limit`."""
    base, ours = figures["raw httpx"], figures["scanclients"]
    ratio = ours / base
    return [
        (f"{name}: raw httpx", form.format(base), "1.00x", ""),
        (
            f"{name}: scanclients",
            form.format(ours),
            f"{ratio:.2f}x",
            _goal(ratio <= float(limit), f"<= {limit}x"),
        ),
    ]


def rows(figures: dict[str, Any], after_b1: list[Row] | None = None) -> list[Row]:
    """B1-B6; `after_b1`: rows shown with B1's (its instruction counts)."""
    table: list[Row] = [("benchmark", "figure", "ratio", "goal")]
    for operation, by_client in figures["B1"].items():
        raw = by_client["raw httpx"]["median_us"]
        for client, summary in by_client.items():
            ratio = summary["median_us"] / raw
            table.append(
                (
                    f"B1 {operation}: {client}",
                    f"{summary['median_us']:.0f} us (p99 {summary['p99_us']:.0f})",
                    f"{ratio:.2f}x",
                    "" if client == "raw httpx" else _goal(ratio <= 1.05, "<= 1.05x"),
                )
            )
    table += after_b1 or []
    b2 = figures["B2"]
    b2_ratio = b2["scanclients"] / b2["raw httpx"]
    table += [
        ("B2 async creates: raw httpx", f"{b2['raw httpx']:.0f}/s", "1.00x", ""),
        (
            "B2 async creates: scanclients",
            f"{b2['scanclients']:.0f}/s",
            f"{b2_ratio:.2f}x",
            _goal(b2_ratio >= 0.9, ">= 0.90x"),
        ),
    ]
    b3 = figures["B3"]
    for name in ("httpx", "scanclients", "PDCP", "HostedScan"):
        ratio = b3[name] / b3["httpx"]
        label = (
            f"B3 import {name}"
            if name in ("httpx", "scanclients")
            else (f"B3 from scanclients import {name}")
        )
        goal = {"httpx": "", "scanclients": _goal(ratio <= 1.5, "<= 1.5x")}.get(
            name, "(informative)"
        )
        table.append((label, f"{b3[name]:.0f} ms", f"{ratio:.2f}x", goal))
    table += _compared("B4 100k targets", figures["B4"], "{:.1f} ms", "1.5")
    b5, b6 = figures["B5"], figures["B6"]
    table += [
        (
            "B5 regeneration, both specs (PDCP: 125 operations)",
            f"{b5:.1f} s (CPU {figures['B5 cpu']:.1f} s)",
            "",
            _goal(b5 < 15, "< 15 s"),
        ),
        ("B6 RSS growth, 20k creates", f"{b6:.1f} MB", "", _goal(b6 < 10, "< 10 MB")),
    ]
    return table
