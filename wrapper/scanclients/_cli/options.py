"""The options and groups that several commands share, each written once."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypedDict, TypeVar, cast

import click

from .app import (
    command_options,
    json_options,
    key_options,
    remember,
    remembered,
    with_options,
)

__all__ = [
    "WaitOptions",
    "at_least_one",
    "client_options",
    "output_option",
    "pdcp_options",
    "service_group",
    "takes_id",
    "targets_options",
    "team_anywhere",
    "team_option",
    "wait_options",
]

F = TypeVar("F", bound=Callable[..., Any])

team_option = click.option(
    "--team-id", envvar="PDCP_TEAM_ID", callback=remember, help="The team (env PDCP_TEAM_ID)."
)
team_anywhere = click.option(
    "--team-id",
    expose_value=False,
    callback=remember,
    help="The team (env PDCP_TEAM_ID); also accepted on the groups above.",
)


def client_options(context: click.Context) -> dict[str, Any]:
    """The client's keywords from the options given at any level: `api_key`, `base_url`
    (else the group's, which reads the environment), `allow_insecure_http`."""
    given = remembered(context)
    found: dict[str, Any] = {
        "base_url": given.get("base_url") or (context.obj or {}).get("base_url")
    }
    if given.get("api_key") is not None:
        found["api_key"] = given["api_key"]
    if given.get("allow_insecure_http"):
        found["allow_insecure_http"] = True
    return found


def pdcp_options(context: click.Context, team_id: str | None = None) -> dict[str, Any]:
    """`client_options` and the team: given at any level, else this command's or the group's
    (from PDCP_TEAM_ID)."""
    given = remembered(context).get("team_id")
    fallback = team_id if team_id is not None else (context.obj or {}).get("team_id")
    return {**client_options(context), "team_id": given if given is not None else fallback}


targets_options = with_options(
    click.option("-t", "--target", "targets", multiple=True, help="A target (repeatable)."),
    click.option(
        "--targets-file",
        type=click.File("r", encoding="utf-8"),
        help="Targets, one per line (- for stdin; blank lines and # comments skipped).",
    ),
)


def takes_id(argument: str, *options: Callable[[Any], Any]) -> Callable[[F], F]:
    """A command on one thing named by its id: the argument, the `options` given, --json and
    --debug, and the context."""

    def apply(function: F) -> F:
        with_context: Any = click.pass_context(function)
        decorated = with_options(click.argument(argument), *options)(command_options(with_context))
        return cast(F, decorated)

    return apply


def output_option(help: str, *, required: bool = False) -> Callable[[F], F]:
    """-o FILE: where a command writes the file it fetched."""
    return click.option(
        "-o", "--output", required=required, type=click.Path(dir_okay=False), help=help
    )


def at_least_one(*declarations: str, default: int, help: str) -> Callable[[F], F]:
    """A count option: a whole number from 1 up."""
    return click.option(
        *declarations, type=click.IntRange(min=1), default=default, show_default=True, help=help
    )


def service_group(name: str, envvar: str, help: str) -> click.Group:
    """A service's group: its --base-url (from `envvar`) goes to every command below it."""

    @click.group(name, help=help)
    @click.option(
        "--base-url",
        envvar=envvar,
        callback=remember,
        help=f"API server (default: production; env {envvar}).",
    )
    @key_options
    @json_options
    @click.pass_context
    def group(context: click.Context, base_url: str | None) -> None:
        context.obj = {"base_url": base_url}

    return group


class WaitOptions(TypedDict, total=False):
    """The wait options given, as keyword arguments of the library's `wait`: an option left out
    is left out here too, so that the library's own default applies (one default, not two)."""

    timeout: float
    poll_interval: float


def wait_options(*, final: str) -> Callable[[F], F]:
    """--timeout and --poll-interval, handed to the command as one `wait: WaitOptions`. The
    help says the library's defaults (both services share them; a test holds the two together),
    which apply when an option is left out."""

    def apply(function: F) -> F:
        @click.option(
            "--timeout",
            type=float,
            help=f"Seconds to wait for a final {final} (default 3600).",
        )
        @click.option(
            "--poll-interval",
            type=float,
            help="Seconds between the first two polls (default 1); each next is 1.5 times"
            " longer, up to 30 s.",
        )
        @functools.wraps(function)
        def wrapper(
            *args: Any, timeout: float | None, poll_interval: float | None, **kwargs: Any
        ) -> Any:
            wait = WaitOptions()
            if timeout is not None:
                wait["timeout"] = timeout
            if poll_interval is not None:
                wait["poll_interval"] = poll_interval
            return function(*args, wait=wait, **kwargs)

        return wrapper  # type: ignore[return-value]

    return apply
