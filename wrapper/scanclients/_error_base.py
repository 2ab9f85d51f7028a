"""The root of the error tree, `ScanClientsError`, and how every error pickles.

Apart from `errors` so that the APIError family (`_api_errors`) can derive from it without an
import cycle; `errors` re-exports both under their public path.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "MAYBE_APPLIED_ADVICE",
    "MAYBE_CREATED_ADVICE",
    "ScanClientsError",
    "_rebuild",
    "_restore",
    "sentence",
]

MAYBE_CREATED_ADVICE = " The scan may have been created: list your scans before creating it again."
MAYBE_APPLIED_ADVICE = (
    " The request may have been applied: check its effect before sending it again."
)


def sentence(message: str) -> str:
    """`message` ending in a full stop, so that advice can follow it."""
    message = message.rstrip()
    return message if message.endswith((".", "!", "?")) else message + "."


class ScanClientsError(Exception):
    """The base of every error scanclients raises."""

    created_id: str | None = None
    """The id of what a compound helper created before this error (else None)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword arguments, which Exception's own pickling cannot replay:
        # rebuild from the message and the attributes instead.
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def note_created(self, created_id: str, kind: str = "scan") -> None:
        """Record that a compound helper created `created_id` before this error."""
        self.created_id = created_id
        text = str(self.args[0]) if self.args else self.message
        text = text.replace(MAYBE_CREATED_ADVICE, "")
        text = sentence(text) + (
            f" The {kind} {created_id} was created: follow it with its id instead of creating"
            " it again."
        )
        self.args = (text,)


def _restore(cls: type[ScanClientsError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _rebuild(cls: type[Exception], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
    """Unpickle an error whose constructor takes keyword-only arguments, by calling it again."""
    return cls(*args, **kwargs)
