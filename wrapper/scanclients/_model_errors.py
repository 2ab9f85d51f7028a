"""Pydantic's refusals, said the one way every error of scanclients says them.

A request argument the generated model refuses becomes a `ValidationError` naming the field
(`targets[2]`); an answer the model refuses becomes one line (`data.risks[0].id: Field required`)
in the `UnexpectedResponseError` or `WebhookVerificationError` that reports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pydantic

__all__ = ["field_path", "first_problem"]


def field_path(location: Iterable[str | int]) -> str:
    """A pydantic location as the caller writes it: `targets[2].name` (empty for the root)."""
    return "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in location
    ).lstrip(".")


def first_problem(error: pydantic.ValidationError, root: str = "body") -> str:
    """`where: what` for the first of pydantic's errors, e.g. `data.state: Field required`."""
    problem = error.errors()[0]
    return f"{field_path(problem['loc']) or root}: {problem['msg']}"
