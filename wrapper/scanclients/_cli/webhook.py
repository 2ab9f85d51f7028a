"""`scanclients webhook verify`: check a captured webhook request, for debugging a receiver."""

from __future__ import annotations

import os
from typing import Any

import click

from .. import webhooks
from ..errors import ValidationError
from .app import command_options
from .output import emit

__all__ = ["verify"]


@click.command()
@click.argument("request_file", type=click.File("rb"), default="-")
@click.option(
    "--secret-env",
    required=True,
    metavar="VAR",
    help="The environment variable holding the endpoint's signing secret.",
)
@click.option(
    "--tolerance",
    type=float,
    default=webhooks.DEFAULT_TOLERANCE,
    show_default=True,
    help="Seconds a timestamp may be off before it counts as a replay.",
)
@command_options
def verify(request_file: Any, secret_env: str, tolerance: float, as_json: bool) -> None:
    """Verify a raw webhook request read from REQUEST_FILE (- for stdin).

    The file holds the headers, one `Name: value` a line (a leading request line such as
    `POST /hook HTTP/1.1` is skipped), a blank line, then the body exactly as received.
    """
    secret = os.environ.get(secret_env)
    if not secret:
        raise ValidationError("--secret-env", f"the environment variable {secret_env} is not set")
    headers, body = _split_request(request_file.read())
    event = webhooks.verify(headers=headers, body=body, secret=secret, tolerance=tolerance)
    emit(
        {"verified": True, "event": event.model_dump(mode="json")},
        as_json=as_json,
        title="Webhook verified",
        rows=[("event", event.id), ("type", event.type), ("created_at", event.created_at)],
    )


def _split_request(raw: bytes) -> tuple[list[tuple[str, str]], bytes]:
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(separator)
        if found:
            break
    else:
        raise ValidationError("request", "no blank line between the headers and the body")
    headers = []
    for number, line in enumerate(head.decode("latin-1").splitlines(), start=1):
        if number == 1 and " HTTP/" in line:
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise ValidationError("request", f"header line {number} is not 'Name: value': {line!r}")
        headers.append((name.strip(), value.strip()))
    return headers, body
