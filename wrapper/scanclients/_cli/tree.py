"""Every command of `scanclients`, in one place: which group holds which command.

The command modules define commands and nothing registers itself; a new command is added here.
Nothing below is imported until it is run (see `lazy`): each entry names the module and the
attribute a command lives at, so `scanclients pdcp scans get` imports PDCP's commands only, and
`scanclients --help` lists the groups from the short help written here (a test checks it is
each group's own). Click lists a group's commands by name, so the order below is for people
reading this file.
"""

from __future__ import annotations

import click

from .lazy import Lazy, LazyCommands, lazy_group

__all__ = ["register"]

_PDCP_SCANS = {
    "create": Lazy("pdcp.scan_create", "create"),  # with --wait: a report and the gate
    "list": Lazy("pdcp.scans", "list_command"),
    "get": Lazy("pdcp.scans", "get"),
    "wait": Lazy("pdcp.scans", "wait"),
    "stop": Lazy("pdcp.scans", "stop"),
    "rescan": Lazy("pdcp.scans", "rescan"),
    "delete": Lazy("pdcp.scans", "delete"),
    "export": Lazy("pdcp.scans", "export"),
    "findings": Lazy("pdcp.findings", "findings"),
    "import": Lazy("pdcp.findings", "import_command"),
}

_PDCP = Lazy(
    "pdcp.group",
    "pdcp",
    help="ProjectDiscovery Cloud Platform (key: PDCP_API_KEY).",
    commands={
        "create": Lazy("pdcp.group", "create"),
        "scope": Lazy("pdcp.group", "scope_command"),
        "whoami": Lazy("pdcp.account", "whoami"),
        "call": Lazy("pdcp.call", "call"),
        "scans": Lazy("pdcp.scans", "scans", commands=_PDCP_SCANS),
    },
)

_HOSTEDSCAN_SCAN_COMMANDS = {
    "create": Lazy("hostedscan.scan_create", "create"),  # with --wait: a report and the gate
    "get": Lazy("hostedscan.group", "get"),
    "list": Lazy("hostedscan.group", "list_command"),
    "wait": Lazy("hostedscan.group", "wait"),
}


def _hostedscan() -> Lazy:
    # `hostedscan scans ...` groups the scan commands as `pdcp scans` groups them, so that the
    # two services read alike; the same commands stay directly under `hostedscan` as well, and
    # `hostedscan scans risks` is `hostedscan risks scan`.
    scans = lazy_group(
        "scans",
        "Scans: create (--wait, then a report and the gate), get, list, wait, and a scan's risks.",
        {**_HOSTEDSCAN_SCAN_COMMANDS, "risks": Lazy("hostedscan.risks", "scan_risks")},
    )
    targets = lazy_group(
        "targets",
        "Saved targets: list, get, create (or upsert), update, delete, upload-recording.",
        {
            "list": Lazy("hostedscan.targets", "list_targets"),
            "get": Lazy("hostedscan.targets", "get_target"),
            "create": Lazy("hostedscan.targets", "create_target"),
            "update": Lazy("hostedscan.targets", "update_target"),
            "delete": Lazy("hostedscan.targets", "delete_target"),
            "upload-recording": Lazy("hostedscan.targets", "upload_recording"),
        },
    )
    risks = lazy_group(
        "risks",
        "Risks (the findings): list with filters, get, or the risks of one scan.",
        {
            "list": Lazy("hostedscan.risks", "list_risks"),
            "get": Lazy("hostedscan.risks", "get_risk"),
            "scan": Lazy("hostedscan.risks", "scan_risks"),
        },
    )
    reports = lazy_group(
        "reports",
        "Reports of risks, as PDF or HTML: create, download, or both at once.",
        {
            "create": Lazy("hostedscan.risks", "create_report"),
            "download": Lazy("hostedscan.risks", "download_report"),
        },
    )
    return Lazy(
        "hostedscan.group",
        "hostedscan",
        help="HostedScan (key: HOSTEDSCAN_API_KEY).",
        commands={
            **_HOSTEDSCAN_SCAN_COMMANDS,
            "download": Lazy("hostedscan.group", "download"),
            "scans": scans,
            "targets": targets,
            "risks": risks,
            "reports": reports,
        },
    )


def register(root: click.Group) -> None:
    """Put every group and command in its place below `root` (the `scanclients` command)."""
    root.commands = LazyCommands(
        {
            "pdcp": _PDCP,
            "hostedscan": _hostedscan(),
            "findings": lazy_group(
                "findings",
                "Findings reports and the CI gate, from files (nuclei output, HostedScan risks).",
                {"convert": Lazy("findings", "convert")},
            ),
            "webhook": lazy_group(
                "webhook", "HostedScan webhooks.", {"verify": Lazy("webhook", "verify")}
            ),
            "mock": Lazy(
                "mock",
                "mock",
                help="Serve local mock PDCP and HostedScan APIs that check every request against"
                " their specs (needs the mock extra), until Ctrl-C or SIGTERM.",
            ),
            "completion": Lazy(
                "completion",
                "completion",
                help='Print the completion script of SHELL: `eval "$(scanclients completion bash)"`'
                " in ~/.bashrc (zsh: ~/.zshrc); fish: save it as"
                " ~/.config/fish/completions/scanclients.fish.",
            ),
        },
        loaded=root.commands,
    )
