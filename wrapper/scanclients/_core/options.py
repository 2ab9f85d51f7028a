"""Client options: arguments first, then the environment; checked once, at construction.

A service whose operations may go without a key (PDCP's vulnerability database) is built without
one when none is found (`resolve_options(key_optional=True)`): its options then carry no key, and
`no_key` says every place looked, for the error of each call that needs one (`_core.send`).
"""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, TypedDict, Unpack
from urllib.parse import urlsplit

import httpx

from .._version import __version__
from ..errors import ConfigurationError
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientArguments",
    "ClientOptions",
    "KeyFallback",
    "Secret",
    "ServiceSettings",
    "resolve_options",
]

# 10 s to connect, 60 s for each read, write and wait for a pooled connection.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
# The whole of one call (its retries and the waits between them included) ends by this.
DEFAULT_DEADLINE: Final = 300.0
# The most decoded bytes of a body that is parsed, or read into memory by `results.read`.
DEFAULT_MAX_BODY_SIZE: Final = 32 * 1024 * 1024
# How often a request that may be retried is sent again (see `_core.retry`); every signature uses it.
DEFAULT_MAX_RETRIES: Final = 2

USER_AGENT: Final = (
    f"scanclients/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)


class Secret:
    """An API key that never shows itself in a repr, a str, a log line or a traceback's locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class ServiceSettings:
    """What differs between the two services, for the options and the transport."""

    name: str
    key_header: str
    key_variable: str
    base_url_variable: str
    default_base_url: str


@dataclass(frozen=True)
class ClientOptions:
    """Everything a request needs besides its own arguments. The key is a `Secret`."""

    service: ServiceSettings
    api_key: Secret | None
    """None: no key was found (only a service with `key_optional` gets this far)."""
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    extra_headers: tuple[tuple[str, str], ...] = ()
    deadline: float = DEFAULT_DEADLINE
    """Seconds one call may take in all: every attempt, read and wait between them."""
    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    """The most decoded bytes of an answer that is parsed or kept in memory."""
    key_source: str = "argument"
    """Where the key came from: "argument", "environment (VAR)" or "file (PATH)"; never the key."""
    retry_policy: RetryPolicy | None = None
    """The waits between retries; None: `_core.retry.DEFAULT_POLICY`, looked up when a call retries."""
    no_key: str = ""
    """Without a key: every place it was looked for, said by each call that needs one."""

    def with_changes(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> ClientOptions:
        return dataclasses.replace(
            self,
            timeout=self.timeout if timeout is None else _timeout(timeout),
            max_retries=self.max_retries if max_retries is None else _max_retries(max_retries),
            deadline=self.deadline if deadline is None else seconds("deadline", deadline),
            max_body_size=(
                self.max_body_size if max_body_size is None else _body_size(max_body_size)
            ),
        )

    def headers(self, key_header: str | None = None) -> dict[str, str]:
        """The headers every API call carries, the key among them when there is one (in
        `key_header` when the operation names its own, else in the service's)."""
        name = key_header or self.service.key_header
        key = {} if self.api_key is None else {name: self.api_key.reveal()}
        return {
            **key,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Only what the drivers decode in bounded steps themselves (see `_core.flow._Body`).
            "Accept-Encoding": "gzip",
            **dict(self.extra_headers),
        }


@dataclass(frozen=True)
class KeyFallback:
    """Where to look for a key when neither the argument nor the environment has one."""

    where: str
    """Said in the "no API key" error: the file looked at, e.g. "/home/me/.pdcp/credentials.yaml"."""
    load: Callable[[], tuple[str, str | None, str] | None]
    """The key, the server that goes with it (or None) and the source; None when there is none."""


class ClientArguments(TypedDict):
    """The constructor arguments both services' clients take (besides `http_client`), as given."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    allow_insecure_http: bool
    deadline: float | None
    max_body_size: int | None


def resolve_options(
    service: ServiceSettings,
    *,
    extra_headers: tuple[tuple[str, str], ...] = (),
    key_fallback: KeyFallback | None = None,
    key_optional: bool = False,
    **arguments: Unpack[ClientArguments],
) -> ClientOptions:
    """The options of a client, checked: each argument, else its environment variable, else
    `key_fallback` for the key, else the default. A `ConfigurationError` names what is wrong.

    No key anywhere is that error too, unless `key_optional`: the options then carry none, and
    `no_key` says where it was looked for."""
    api_key, base_url = arguments["api_key"], arguments["base_url"]
    allow_insecure_http, deadline = arguments["allow_insecure_http"], arguments["deadline"]
    timeout, max_body_size = arguments["timeout"], arguments["max_body_size"]
    if not isinstance(allow_insecure_http, bool):
        # "false" is a true value in Python: only a real bool says what the caller meant.
        raise ConfigurationError(
            f"allow_insecure_http: expected True or False, got {allow_insecure_http!r}"
        )
    if api_key is not None and not isinstance(api_key, str):
        raise ConfigurationError(f"api_key: expected a string, got {type(api_key).__name__}")
    key, source, stored_url = api_key, "argument", None
    if key is None and os.environ.get(service.key_variable) is not None:
        key, source = os.environ[service.key_variable], f"environment ({service.key_variable})"
    if key is None and key_fallback is not None and (stored := key_fallback.load()) is not None:
        key, stored_url, source = stored
    no_key = ""
    if key is None or not key.strip():
        no_key = _no_key(service, key_fallback, base_url)
        if not key_optional or key is not None:  # a blank key given is a mistake, not none
            raise ConfigurationError(no_key)
    elif key != key.strip() or not _is_header_text(key):
        # Never echo the key: the message names where it came from, not what it is.
        raise ConfigurationError(
            f"{service.name}: the API key has surrounding white space, control or non-ASCII"
            f" characters; check api_key or {service.key_variable}."
        )
    for name, value in extra_headers:
        if not _is_header_text(value):
            raise ConfigurationError(
                f"{service.name}: the {name} header value {value!r} has control or non-ASCII"
                " characters"
            )
    if base_url is not None and not isinstance(base_url, str):
        raise ConfigurationError(f"base_url: expected a string, got {type(base_url).__name__}")
    url = (
        base_url
        or os.environ.get(service.base_url_variable)
        or stored_url  # the server a stored key belongs to, when the key came from there
        or service.default_base_url
    )
    return ClientOptions(
        service=service,
        api_key=Secret(key) if key is not None and not no_key else None,
        base_url=_base_url(url, service, allow_insecure_http),
        timeout=DEFAULT_TIMEOUT if timeout is None else _timeout(timeout),
        max_retries=_max_retries(arguments["max_retries"]),
        extra_headers=extra_headers,
        deadline=DEFAULT_DEADLINE if deadline is None else seconds("deadline", deadline),
        max_body_size=DEFAULT_MAX_BODY_SIZE if max_body_size is None else _body_size(max_body_size),
        key_source="none" if no_key else source,
        no_key=no_key,
    )


def _no_key(service: ServiceSettings, fallback: KeyFallback | None, base_url: str | None) -> str:
    """The "no API key" message: every place looked, in the order they are read."""
    looked = [
        "the argument api_key=...",
        f"the environment variable {service.key_variable}",
        *([f"the file {fallback.where}"] if fallback is not None else []),
    ]
    server = (
        "base_url="
        if base_url
        else service.base_url_variable
        if os.environ.get(service.base_url_variable)
        else None
    )
    for_server = f" (the server was set by {server}; a key belongs to its server)" if server else ""
    also = ", or write the file" if fallback is not None else ""
    return (
        f"{service.name}: no API key. Looked in, in this order: {'; '.join(looked)}: none"
        f" had one{for_server}. Pass api_key=... or set {service.key_variable}{also}."
    )


def _is_header_text(value: str) -> bool:
    # Printable ASCII (and spaces inside): what every HTTP stack sends unchanged.
    return value.isascii() and all(" " <= ch < "\x7f" for ch in value)


def _base_url(url: str, service: ServiceSettings, allow_insecure_http: bool) -> str:
    where = f"(from base_url or {service.base_url_variable})"
    if any(ch < " " or ch == "\x7f" for ch in url.strip()) or not url.isascii():
        raise ConfigurationError(
            f"{service.name}: base_url {url!r} has control or non-ASCII characters {where}."
        )
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{service.name}: base_url {url!r} is not an http(s) URL {where}.")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port outside 0-65535
    except ValueError:
        raise ConfigurationError(
            f"{service.name}: base_url {url!r} has an invalid port {where}."
        ) from None
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{service.name}: base_url {url!r} would send the API key over plain HTTP to a"
            " remote host. Use https, or pass allow_insecure_http=True if you mean it."
        )
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise ConfigurationError(f"timeout: expected seconds or an httpx.Timeout, got {timeout!r}")
    if not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout: must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


def seconds(name: str, value: float) -> float:
    """A positive, finite number of seconds, or `ConfigurationError` naming the option."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name}: expected a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name}: must be a positive number of seconds, got {value!r}")
    return float(value)


def _body_size(size: int) -> int:
    if isinstance(size, bool) or not isinstance(size, int) or size < 1024:
        raise ConfigurationError(f"max_body_size: must be a whole number >= 1024, got {size!r}")
    return size


def _max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries: must be a whole number >= 0, got {max_retries!r}")
    return max_retries
