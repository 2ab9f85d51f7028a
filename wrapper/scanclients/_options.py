"""Client options: arguments first, then the environment; checked once, at construction."""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

import httpx

from . import __version__
from .errors import ConfigurationError

__all__ = [
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "KeyFallback",
    "Secret",
    "ServiceSettings",
    "resolve_options",
]

# 10 s to connect, 60 s for each read, write and wait for a pooled connection.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
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
    api_key: Secret
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    extra_headers: tuple[tuple[str, str], ...] = ()
    key_source: str = "argument"
    """Where the key came from: "argument", "environment (VAR)" or "file (PATH)"; never the key."""

    def with_changes(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> ClientOptions:
        return dataclasses.replace(
            self,
            timeout=self.timeout if timeout is None else _timeout(timeout),
            max_retries=self.max_retries if max_retries is None else _max_retries(max_retries),
        )

    def headers(self) -> dict[str, str]:
        """The headers every API call carries, the key among them."""
        return {
            self.service.key_header: self.api_key.reveal(),
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **dict(self.extra_headers),
        }


@dataclass(frozen=True)
class KeyFallback:
    """Where to look for a key when neither the argument nor the environment has one."""

    where: str
    """Said in the "no API key" error, e.g. "~/.pdcp/credentials.yaml"."""
    load: Callable[[], tuple[str, str | None, str] | None]
    """The key, the server that goes with it (or None) and the source; None when there is none."""


def resolve_options(
    service: ServiceSettings,
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    allow_insecure_http: bool,
    extra_headers: tuple[tuple[str, str], ...] = (),
    key_fallback: KeyFallback | None = None,
) -> ClientOptions:
    key, source, stored_url = api_key, "argument", None
    if key is None and os.environ.get(service.key_variable) is not None:
        key, source = os.environ[service.key_variable], f"environment ({service.key_variable})"
    if key is None and key_fallback is not None and (stored := key_fallback.load()) is not None:
        key, stored_url, source = stored
    if key is None or not key.strip():
        also = f", or write {key_fallback.where}" if key_fallback is not None else ""
        raise ConfigurationError(
            f"{service.name}: no API key. Pass api_key=... or set the environment variable"
            f" {service.key_variable}{also}."
        )
    if key != key.strip() or any(ch in key for ch in "\r\n\0"):
        raise ConfigurationError(
            f"{service.name}: the API key has surrounding white space or control characters;"
            f" check api_key or {service.key_variable}."
        )
    url = (
        base_url
        or os.environ.get(service.base_url_variable)
        or stored_url  # the server a stored key belongs to, when the key came from there
        or service.default_base_url
    )
    return ClientOptions(
        service=service,
        api_key=Secret(key),
        base_url=_base_url(url, service, allow_insecure_http),
        timeout=DEFAULT_TIMEOUT if timeout is None else _timeout(timeout),
        max_retries=_max_retries(max_retries),
        extra_headers=extra_headers,
        key_source=source,
    )


def _base_url(url: str, service: ServiceSettings, allow_insecure_http: bool) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"{service.name}: base_url {url!r} is not an http(s) URL"
            f" (from base_url or {service.base_url_variable})."
        )
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


def _max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries: must be a whole number >= 0, got {max_retries!r}")
    return max_retries
