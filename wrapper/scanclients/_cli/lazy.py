"""Commands imported when they are run: a group holds names and where each command lives.

`scanclients pdcp scans get` imports the `pdcp` group's module, then `pdcp.scans`, and nothing of
HostedScan, the findings reports or the mock; `scanclients --help` lists the groups from the
short help written beside them in `tree.py`, importing none. A `Lazy` entry names a module below
`scanclients._cli` and an attribute of it; an entry with `commands` is a group whose own commands
are lazy in turn (given to the group object when its module is first imported).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field

import click

__all__ = ["Lazy", "LazyCommands", "ListedGroup", "lazy_group"]


@dataclass(frozen=True)
class Lazy:
    """Where a command lives: `module` (below `scanclients._cli`) and its `attribute`."""

    module: str
    attribute: str
    help: str = ""
    """The short help a listing shows without importing the module (root groups only)."""
    commands: Mapping[str, Lazy | click.Command] = field(default_factory=dict)
    """The group's own commands, lazy too (empty for a plain command); a group made in the tree
    itself is given as it is."""

    def load(self) -> click.Command:
        module = importlib.import_module(f"scanclients._cli.{self.module}")
        command: object = getattr(module, self.attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"scanclients._cli.{self.module}.{self.attribute} is not a command")
        if self.commands:
            if not isinstance(command, click.Group):
                raise TypeError(f"scanclients._cli.{self.module}.{self.attribute} is no group")
            if not isinstance(command.commands, LazyCommands):
                command.commands = LazyCommands(self.commands, loaded=command.commands)
        return command


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each imported on first lookup (click looks one up to run it)."""

    def __init__(
        self,
        entries: Mapping[str, Lazy | click.Command],
        loaded: Mapping[str, click.Command] | None = None,
    ) -> None:
        self.loaded: dict[str, click.Command] = dict(loaded or {})
        self.pending: dict[str, Lazy] = {}
        for name, entry in entries.items():
            if isinstance(entry, Lazy):
                self.pending[name] = entry
            else:
                self.loaded[name] = entry

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            entry = self.pending[name]  # KeyError for an unknown name, as a dict
            self.loaded[name] = entry.load()
            del self.pending[name]
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.pending.pop(name, None)
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name in self.pending:
            del self.pending[name]
        else:
            del self.loaded[name]

    def __contains__(self, name: object) -> bool:
        return name in self.loaded or name in self.pending

    def __iter__(self) -> Iterator[str]:
        # A snapshot: walking the values imports (moves) the pending ones as it goes.
        return iter([*self.loaded, *self.pending])

    def __len__(self) -> int:
        return len(self.loaded) + len(self.pending)

    def pending_help(self, name: str) -> str | None:
        """The short help written for a command not imported yet (None once it is, or if none
        was written: then the listing imports it to read its own)."""
        entry = self.pending.get(name)
        return (entry.help or None) if entry is not None else None


class ListedGroup(click.Group):
    """A group whose `--help` lists its commands from the help written in the tree, importing
    none of them (a command already imported, or with no help written, speaks for itself)."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        listed: list[tuple[str, str]] = []
        limit = (
            formatter.width - 6 - max((len(name) for name in self.list_commands(ctx)), default=0)
        )
        for name in self.list_commands(ctx):
            written = (
                self.commands.pending_help(name)
                if isinstance(self.commands, LazyCommands)
                else None
            )
            if written is not None:
                # Shortened as click shortens a command's own help.
                listed.append((name, click.Command(name, help=written).get_short_help_str(limit)))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                listed.append((name, command.get_short_help_str(limit)))
        if listed:
            with formatter.section("Commands"):
                formatter.write_dl(listed)


def lazy_group(name: str, help: str, commands: Mapping[str, Lazy | click.Command]) -> click.Group:
    """A group made in the tree itself (no module of its own), its commands lazy."""
    return ListedGroup(name, commands=LazyCommands(commands), help=help)
