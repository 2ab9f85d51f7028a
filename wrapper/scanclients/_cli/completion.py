"""`scanclients completion bash|zsh|fish`: the shell completion script, click's own."""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

__all__ = ["completion"]

_SHELLS = ("bash", "zsh", "fish")


@click.command()
@click.argument("shell", type=click.Choice(_SHELLS))
@click.pass_context
def completion(context: click.Context, shell: str) -> None:
    """Print the completion script of SHELL: `eval "$(scanclients completion bash)"` in ~/.bashrc
    (zsh: ~/.zshrc); fish: save it as ~/.config/fish/completions/scanclients.fish."""
    root = context.find_root().command
    kind = get_completion_class(shell)
    assert kind is not None  # click ships all three
    script = kind(root, {}, "scanclients", "_SCANCLIENTS_COMPLETE").source()
    click.echo(script)
