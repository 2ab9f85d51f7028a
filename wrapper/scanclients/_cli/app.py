"""The root command group, the options of every command (--json, --debug), and the mapping of
errors to exit codes. Commands are placed below the root in `tree.py`."""

from __future__ import annotations

import functools
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from .. import __version__, errors
from .lazy import ListedGroup

__all__ = [
    "EXIT_API",
    "EXIT_FAILED",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "OutputChoice",
    "command_options",
    "connection_options",
    "json_options",
    "key_options",
    "main",
    "output_choice",
    "remember",
    "remembered",
    "with_options",
]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_TIMEOUT = 4

F = TypeVar("F", bound=Callable[..., Any])

EPILOG = """\b
Exit codes:
  0  success
  1  API, network or webhook-verification error
  2  usage or validation error
  3  the scan ended FAILED or OVER_LIMIT
  4  waiting for the scan timed out
  5  the findings gate tripped (--fail-on): a new severe finding
Keys come from PDCP_API_KEY and HOSTEDSCAN_API_KEY; they are never printed."""


def with_options(*options: Callable[[F], F]) -> Callable[[F], F]:
    """Apply several click options at once, in the order written (shared option sets)."""

    def apply(function: F) -> F:
        for option in reversed(options):
            function = option(function)
        return function

    return apply


@dataclass(frozen=True)
class OutputChoice:
    """What the command line was asked to print: `--fields` and `--quiet` (see `output.emit`)."""

    fields: tuple[str, ...] = ()
    quiet: bool = False


_PLAIN = OutputChoice()
_OUTPUT: ContextVar[OutputChoice | None] = ContextVar("scanclients_output", default=None)


def output_choice() -> OutputChoice:
    """The running command's `--fields` and `--quiet`."""
    return _OUTPUT.get() or _PLAIN


def _fields(text: str | None) -> tuple[str, ...]:
    names = tuple(part.strip() for part in (text or "").split(",") if part.strip())
    if text is not None and not names:
        raise click.BadParameter(
            "name at least one field, e.g. --fields id,status", param_hint="--fields"
        )
    return names


_GIVEN = "scanclients.given"


def remember(context: click.Context, param: click.Parameter, value: Any) -> Any:
    """A connection option (`--api-key`, `--base-url`, `--team-id`, `--allow-insecure-http`)
    given on the command line at any level of the tree: the deepest level wins, as the levels are
    read root first. A value from the environment is not remembered (the client reads it)."""
    given = context.get_parameter_source(param.name or "") == click.core.ParameterSource.COMMANDLINE
    if given and value not in (None, False) and param.name:
        context.meta.setdefault(_GIVEN, {})[param.name] = value
    return value


def remembered(context: click.Context) -> dict[str, Any]:
    """The connection options given on the command line, at any level (see `remember`)."""
    return dict(context.meta.get(_GIVEN, {}))


_insecure_option = click.option(
    "--allow-insecure-http",
    is_flag=True,
    expose_value=False,
    callback=remember,
    help="Allow an http:// server (a local mock; never a real service).",
)
_key_option = click.option(
    "--api-key",
    expose_value=False,
    callback=remember,
    help="The API key (better: the environment; a key in argv is visible to ps).",
)
_base_url_option = click.option(
    "--base-url", expose_value=False, callback=remember, help="The API server."
)


def json_options(function: F) -> F:
    """--json and -q/--quiet on a group: they hold for every command below it."""
    for option in (
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            expose_value=False,
            callback=remember,
            help="Print no table and no progress (every command below).",
        ),
        click.option(
            "--json",
            "as_json",
            is_flag=True,
            expose_value=False,
            callback=remember,
            help="Print one JSON document (every command below).",
        ),
    ):
        function = option(function)
    return function


def key_options(function: F) -> F:
    """--api-key and --allow-insecure-http, accepted at any level (see `remember`)."""
    return _key_option(_insecure_option(function))


def connection_options(function: F) -> F:
    """`key_options` and --base-url, accepted at any level (see `remember`)."""
    return _key_option(_base_url_option(_insecure_option(function)))


def command_options(function: F) -> F:
    """--json, --fields, --quiet and --debug on every command, and errors turned into one line
    and an exit code."""

    @click.option("--json", "as_json", is_flag=True, help="Print one JSON document for scripts.")
    @click.option(
        "--fields",
        metavar="A,B",
        help="Only these fields (JSON keys, or table columns), comma-separated.",
    )
    @click.option("-q", "--quiet", is_flag=True, help="Print no table and no progress.")
    @click.option("--debug", is_flag=True, help="Log each HTTP attempt; show tracebacks.")
    @connection_options
    @functools.wraps(function)
    def wrapper(
        *args: Any, as_json: bool, fields: str | None, quiet: bool, debug: bool, **kwargs: Any
    ) -> Any:
        context = click.get_current_context(silent=True)
        above = remembered(context) if context is not None else {}
        as_json = as_json or bool(above.get("as_json"))
        quiet = quiet or bool(above.get("quiet"))
        _OUTPUT.set(OutputChoice(fields=_fields(fields), quiet=quiet))
        logger = logging.getLogger("scanclients")
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        if debug:
            logger.addHandler(handler)
            logger.setLevel(logging.DEBUG)
        try:
            caught: list[warnings.WarningMessage] = []
            try:
                with warnings.catch_warnings(record=True) as recording:
                    for category in (errors.TruncatedTargetsWarning, errors.CredentialsFileWarning):
                        warnings.simplefilter("always", category)
                    caught = recording
                    return function(*args, as_json=as_json, **kwargs)
            finally:
                _print_warnings(caught)
        except errors.ScanClientsError as error:
            if debug:
                traceback.print_exc()
            click.echo(f"error: {error}", err=True)
            advice = _advice(error, click.get_current_context(silent=True))
            if advice:
                click.echo(f"hint: {advice}", err=True)
            if error.created_id is not None:
                # Said on its own line too, so that a script (or a person) re-running the
                # command follows the scan instead of creating a second one.
                click.echo(f"created: {error.created_id}", err=True)
            sys.exit(_exit_code(error))
        finally:
            logger.removeHandler(handler)

    return wrapper  # type: ignore[return-value]


def _print_warnings(caught: list[warnings.WarningMessage]) -> None:
    """One line per warning ("warning: ..."), each distinct message once, on stderr.

    Called after `catch_warnings` has been left, and it only echoes: `warnings.showwarning` inside
    a recording `catch_warnings` appends to the very list being read, and never ends.
    """
    seen: set[tuple[type[Warning], str]] = set()
    for warning in list(caught):
        key = (warning.category, str(warning.message))
        if key not in seen:
            seen.add(key)
            click.echo(f"warning: {warning.message}", err=True)


_KEY_VARIABLES = {"PDCP": "PDCP_API_KEY", "HostedScan": "HOSTEDSCAN_API_KEY"}
_SERVER_VARIABLES = {"PDCP": "PDCP_API_SERVER", "HostedScan": "HOSTEDSCAN_BASE_URL"}


def _advice(error: errors.ScanClientsError, context: click.Context | None) -> str | None:
    """What to do about a refused, missing key or an unreachable server: where the key came
    from, which host was tried (never the key itself); the flag for what the library calls an
    argument."""
    service = getattr(error, "service", "")
    if isinstance(error, errors.ConfigurationError):
        return _configuration_advice(str(error), context)
    if isinstance(error, errors.AuthenticationError):
        variable = _KEY_VARIABLES.get(service, "the key variable")
        if context is not None and remembered(context).get("api_key") is not None:
            source = "the --api-key option"
        elif os.environ.get(variable, "").strip():
            source = f"the environment ({variable})"
        elif service == "PDCP":
            source = "~/.pdcp/credentials.yaml (see `scanclients pdcp whoami`)"
        else:
            source = "the client's default"
        return f"the key came from {source}; check it, or give another with --api-key or {variable}"
    if isinstance(error, errors.APIConnectionError) and not isinstance(
        error, errors.APITimeoutError
    ):
        request = getattr(error, "request", None)
        if request is None:
            return None
        url = request.url
        variable = _SERVER_VARIABLES.get(service, "the server variable")
        where = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
        return (
            f"could not reach {where}: is the server up? The server comes from --base-url,"
            f" else {variable}, else the service's own"
        )
    return None


_SERVICE_OF_GROUP = {"pdcp": "PDCP", "hostedscan": "HostedScan"}


def _configuration_advice(message: str, context: click.Context | None) -> str | None:
    """The command line's way to what a client's `ConfigurationError` asks for. The message
    itself (the library's, which says every place it looked for a key) is printed as it is."""
    if "allow_insecure_http" in message:
        return "on the command line that is --allow-insecure-http (for a local mock only)"
    if context is None or "api key" not in message.lower():
        return None
    words = context.command_path.split()
    service = _SERVICE_OF_GROUP.get(words[1] if len(words) > 1 else "", "")
    variable = _KEY_VARIABLES.get(service)
    given = remembered(context).get("api_key") is not None
    if variable is None or given or os.environ.get(variable, "").strip():
        return None  # a key was given: the message says what is wrong with it
    return f"give the key with --api-key KEY (visible to ps), or set {variable}"


def _exit_code(error: errors.ScanClientsError) -> int:
    if isinstance(error, errors.ValidationError | errors.ConfigurationError):
        return EXIT_USAGE
    if isinstance(error, errors.ScanFailedError):
        return EXIT_FAILED
    if isinstance(error, errors.WaitTimeoutError):
        return EXIT_TIMEOUT
    return EXIT_API


@click.group(
    cls=ListedGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="scanclients")
def cli() -> None:
    """Create, follow and fetch vulnerability scans on PDCP and HostedScan."""


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="scanclients")
