"""One line for why a document is not a valid model, for the errors that report it."""

from __future__ import annotations

import pydantic

__all__ = ["first_problem"]


def first_problem(error: pydantic.ValidationError) -> str:
    """`where: what`, e.g. `data.state: Field required`; the first of pydantic's errors."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "body"
    return f"{where}: {problem['msg']}"
