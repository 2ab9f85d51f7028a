"""A response as a model, or the typed error that says why not. Every answer is read here.

A 2xx body becomes the generated model its operation documents (`parse`, `as_model`), or an
`UnexpectedResponseError` that keeps the response; a non-2xx answer becomes its `APIStatusError`
subclass with the service's message (`status_error`); a failure to get an answer becomes an
`APIConnectionError` or `APITimeoutError` (`connection_error`). JSON is read by `loads`, which
refuses pathological nesting, and a model's refusal is told in one line (`model_problem`), for
the webhooks' events too.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import httpx

from .._api_errors import status_error_class
from ..errors import APIConnectionError, APIStatusError, APITimeoutError, UnexpectedResponseError
from . import retry as _retry
from .deadline import Deadline, DeadlineExceeded
from .operation_spec import Answer, Operation, from_document, load_model
from .text import message_of_page

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    import pydantic

__all__ = [
    "NestedTooDeeply",
    "as_model",
    "connection_error",
    "field_path",
    "first_problem",
    "json_body",
    "loads",
    "model_problem",
    "parse",
    "request_id",
    "status_error",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


class NestedTooDeeply(ValueError):
    """A JSON document nested past what the parser can follow (a RecursionError, tamed)."""


def loads(content: bytes | str) -> Any:
    """JSON, with pathological nesting refused as `NestedTooDeeply` instead of a RecursionError.

    Bytes go first to pydantic's parser when a model has loaded it (never imported for this):
    several times faster on a small answer. What it refuses goes to `json.loads`, which takes
    what it alone takes (a lone surrogate, deep nesting) or says why not, as before."""
    # getattr: a module another thread is still importing has no `from_json` yet.
    fast = getattr(sys.modules.get("pydantic_core"), "from_json", None)
    if fast is not None and type(content) is bytes:
        try:
            return fast(content)
        except ValueError:
            pass
    try:
        return json.loads(content)
    except RecursionError:
        raise NestedTooDeeply("nested too deeply") from None


def model_problem(error: Exception) -> str:
    """Why a document is not a model, in one line: pydantic's first error as `where: what`
    (`data.state: Field required`), anything else as `Type: message`."""
    import pydantic

    if isinstance(error, pydantic.ValidationError):
        return first_problem(error)
    return f"{type(error).__name__}: {error}"


def request_id(headers: Mapping[str, str]) -> str | None:
    """The service's id for this request/answer, from whichever header it uses."""
    return next((headers[name] for name in _REQUEST_ID_HEADERS if name in headers), None)


# --- 2xx answers --------------------------------------------------------------------------------


def json_body(
    response: httpx.Response,
    service: str,
    *,
    maybe_created: bool = False,
    maybe_applied: bool = False,
) -> Any:
    """The JSON document of a 2xx response, or `UnexpectedResponseError` keeping the response."""
    media_type = _media_type(response)
    cause: Exception | None = None
    if not _is_json(media_type):
        problem = f"expected a JSON body, got {media_type} ({len(response.content)} bytes)"
    else:
        try:
            return loads(response.content)
        except (ValueError, UnicodeDecodeError) as error:
            problem, cause = f"the {response.status_code} body is not valid JSON: {error}", error
    raise UnexpectedResponseError(
        problem,
        service=service,
        response=response,
        maybe_created=maybe_created,
        maybe_applied=maybe_applied,
    ) from cause


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    # No content type at all is read as JSON too.
    return not media_type or media_type == "application/json" or media_type.endswith("+json")


def _straight(model: Any, response: httpx.Response) -> Any:
    """A pydantic model validated straight from the body's bytes, in one pass of pydantic's own
    parser; None when it is not that simple (an attrs model, not JSON, any refusal), and then
    `parse` reads the body as before, so that what it returns or raises is unchanged."""
    content = response.content
    # A JSON object, as `as_model` asks of the general path (no root model takes an array here).
    if not hasattr(model, "model_validate_json") or content[:1] != b"{":
        return None
    if not _is_json(_media_type(response)):
        return None
    try:
        # What `model_validate_json` runs, without its Python layer.
        return model.__pydantic_validator__.validate_json(content)
    except Exception:  # the general path finds the same problem, and says it the same way
        return None


def parse(op: Operation, response: httpx.Response, service: str) -> Any:
    """The 2xx answer of `op` as its generated model; a body that does not fit is a typed error."""
    answer = _answer(op, response.status_code)
    if answer is None or answer.kind == "empty":
        return None if not response.content else json_body(response, service)
    if answer.kind == "file":
        return response.content
    model = load_model(op, answer.model) if answer.kind == "model" else None
    if model is not None and (fast := _straight(model, response)) is not None:
        return fast
    body = json_body(response, service, maybe_created=op.creates, maybe_applied=op.writes)
    if answer.kind == "json":
        return body
    return as_model(
        model if model is not None else load_model(op, answer.model),
        body,
        f"the {response.status_code} answer of {op.operation_id}",
        response,
        service,
        many=answer.kind == "models",
        maybe_created=op.creates,
        maybe_applied=op.writes,
    )


def as_model(
    model: Any,
    body: Any,
    about: str,
    response: httpx.Response,
    service: str,
    *,
    many: bool = False,
    check: Callable[[Any], str | None] | None = None,
    maybe_created: bool = False,
    maybe_applied: bool = False,
) -> Any:
    """`body` as `model` (a list of them, `many`), or the error saying why `about` is not one.

    `check` looks further than the model does: the problem it finds, if any, is the error's."""
    problem = check(body) if check is not None else None
    if problem is None:
        try:
            if many:
                if not isinstance(body, list):
                    raise TypeError(f"expected a JSON array, got {type(body).__name__}")
                return [from_document(model, item) for item in body]
            if not isinstance(body, dict):
                raise TypeError(f"expected a JSON object, got {type(body).__name__}")
            return from_document(model, body)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
            problem = f"is not a {model.__name__}: {model_problem(error)}"
    raise UnexpectedResponseError(
        f"{about} {problem}",
        service=service,
        response=response,
        maybe_created=maybe_created,
        maybe_applied=maybe_applied,
    ) from None


def _answer(op: Operation, status: int) -> Answer | None:
    for answer in op.answers:
        if answer.status == status:
            return answer
    # An undocumented 2xx is read like the first documented one.
    return op.answers[0] if op.answers else None


# --- failures -----------------------------------------------------------------------------------


def status_error(
    response: httpx.Response, service: str, *, creates: bool, applied: bool = False
) -> APIStatusError:
    """The typed error for a non-2xx response; a non-JSON body (an HTML page) is kept as text.

    `applied`: the request was a write other than a create (its error says `maybe_applied`).
    """
    body = _json_or_text(response)
    maybe = _retry.maybe_created_after_status(response.status_code, creates=creates or applied)
    return status_error_class(response.status_code)(
        _message(body, response),
        service=service,
        response=response,
        body=body,
        request_id=request_id(response.headers),
        maybe_created=maybe and not applied,
        maybe_applied=maybe,
    )


def _json_or_text(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return response.content.decode("utf-8", "replace")


def _message(body: Any, response: httpx.Response) -> str:
    if isinstance(body, dict):
        problem = _problem_message(body)
        if problem:
            return problem
        for key in ("message", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return _short(value.strip())
    elif isinstance(body, str) and body.strip():
        # An HTML page from a proxy: its words, not its markup, nor the status said again.
        text = message_of_page(body, response.status_code, response.reason_phrase)
        if text:
            return _short(text)
    if response.status_code in (301, 302, 303, 307, 308):
        where = response.headers.get("location", "?")
        return f"redirect to {_short(where)} not followed (check base_url)"
    return response.reason_phrase or "error"


def _problem_message(body: dict[str, Any]) -> str | None:
    """RFC 9457 problem details: "title: detail" (either alone when the other is missing)."""
    title, detail = body.get("title"), body.get("detail")
    if not isinstance(title, str) or not title.strip() or "message" in body:
        return None
    if isinstance(detail, str) and detail.strip() and detail.strip() != title.strip():
        return _short(f"{title.strip()}: {detail.strip()}")
    return _short(title.strip())


def _short(text: str) -> str:
    return text if len(text) <= 200 else text[:200] + "..."


def connection_error(
    error: httpx.HTTPError,
    request: httpx.Request,
    service: str,
    *,
    creates: bool = False,
    applied: bool = False,
    deadline: Deadline | None = None,
) -> APIConnectionError:
    """The typed error for a failure to get (all of) an answer.

    `applied`: the request was a write other than a create (its error says `maybe_applied`).
    """
    maybe = _retry.maybe_created_after_error(error, creates=creates or applied)
    path = f"{request.method} {request.url.path}"
    kind: Callable[..., APIConnectionError] = APIConnectionError
    if isinstance(error, httpx.TimeoutException):
        kind = APITimeoutError
        passed = deadline is not None and deadline.remaining() <= 0.05
        if passed or "overall deadline" in str(error):
            seconds = deadline.seconds if deadline is not None else 0
            reason = str(error) if isinstance(error, DeadlineExceeded) else None
            message = f"{path} {reason or f'exceeded the overall deadline of {seconds:g} s'}"
        else:
            message = f"{path} timed out ({type(error).__name__})"
    else:
        message = f"{path} failed: {str(error) or type(error).__name__}"
    return kind(
        message,
        service=service,
        request=request,
        maybe_created=maybe and not applied,
        maybe_applied=maybe,
    )


def field_path(location: Iterable[str | int]) -> str:
    """A pydantic location as the caller writes it: `targets[2].name` (empty for the root)."""
    return "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in location
    ).lstrip(".")


def first_problem(error: pydantic.ValidationError, root: str = "body") -> str:
    """`where: what` for the first of pydantic's errors, e.g. `data.state: Field required`."""
    problem = error.errors()[0]
    return f"{field_path(problem['loc']) or root}: {problem['msg']}"
