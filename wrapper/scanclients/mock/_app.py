"""The request pipeline both mock services share: auth, contract checks, faults, answers.

A service is a list of routes; each handler gets a `Call` and returns a `Reply`. The pipeline
around it answers 401 without a key (or with the wrong one; no key is fine for an operation whose
security allows none, `{}`, as PDCP's vulnerability database), 400 for a request that breaks the
spec, injects the chosen fault, and (when asked) checks every normal answer against the spec.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as StarletteRoute

from ._contract import Contract, Violation
from ._faults import FAULT_HEADER, Fault, faulted_reply, parse_fault
from ._handler import Call, Reply, Route
from ._limits import MAX_REQUEST_BODY, bounded_body, unreadable_json
from ._settings import Settings

__all__ = ["ServiceApp"]


class ServiceApp:
    """One mock service as an ASGI application."""

    def __init__(
        self,
        *,
        name: str,
        contract: Contract,
        key_header: str,
        settings: Settings,
        routes: list[Route],
        error_body: Callable[[int, str, str | None], Any],
    ) -> None:
        self.name = name
        self.contract = contract
        self.settings = settings
        self.violations: list[str] = []
        self.requests = 0
        """Requests received since the start or the last reset, whatever became of them."""
        self._key_header = key_header.lower()
        self._security = _key_security(contract.document, self._key_header)
        self._routes = routes
        self._error_body = error_body
        self._fault_counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._fault_counts.clear()
            self.violations.clear()
            self.requests = 0

    def asgi(self) -> Starlette:
        """The ASGI application: starlette routing, this pipeline around every route.

        One starlette route a path, with every method the spec gives it, so that a method it
        lacks is a 405 whose `Allow` lists them all (one route a method would name only the
        first); a 405 or an unknown path answers in the service's error shape.
        """
        by_path: dict[str, dict[str, Route]] = {}
        for route in self._routes:  # in routing order: a literal segment before a {parameter}
            by_path.setdefault(route.pattern, {})[route.method] = route
        return Starlette(
            routes=[
                StarletteRoute(pattern, self._dispatch(methods), methods=list(methods))
                for pattern, methods in by_path.items()
            ],
            exception_handlers={404: self._refused, 405: self._refused},
        )

    def _dispatch(self, methods: dict[str, Route]) -> Callable[[Request], Awaitable[Response]]:
        endpoints = {method: self._endpoint(route) for method, route in methods.items()}
        fallback = endpoints.get("GET") or next(iter(endpoints.values()))

        async def endpoint(request: Request) -> Response:
            # HEAD is starlette's, on a path with a GET: answered as the GET.
            return await endpoints.get(request.method, fallback)(request)

        return endpoint

    async def _refused(self, request: Request, error: Exception) -> Response:
        status = int(getattr(error, "status_code", 404))
        headers = dict(getattr(error, "headers", None) or {})
        message = "method not allowed" if status == 405 else f"no such path: {request.url.path}"
        reply = self._error(status, message)
        reply.headers.extend(headers.items())
        return _ReplyResponse(reply)

    def _endpoint(self, route: Route) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            with self._lock:
                self.requests += 1
            body = await bounded_body(request)
            if body is None:
                reply = self._error(
                    413, f"the request body is larger than {MAX_REQUEST_BODY} bytes"
                )
                return _ReplyResponse(reply)
            call = Call(
                method=request.method,
                path=request.url.path,
                query=list(request.query_params.multi_items()),
                headers={k.lower(): v for k, v in request.headers.items()},
                body=body,
                params={k: str(v) for k, v in request.path_params.items()},
            )
            reply = await self._answer(route, call)
            if self.settings.check_responses and not reply.faulted:
                self._check(call, reply)
            return _ReplyResponse(reply)

        return endpoint

    async def _answer(self, route: Route, call: Call) -> Reply:
        headers, keyless = self._security.get(
            (route.method, route.pattern), ((self._key_header,), False)
        )
        key = next((call.headers[h] for h in headers if call.headers.get(h, "").strip()), "")
        if not key.strip() and not keyless:
            return self._error(401, f"missing {headers[0]} header")
        if key.strip() and self.settings.api_key is not None and key != self.settings.api_key:
            return self._error(401, "invalid API key")
        unreadable = unreadable_json(call.headers, call.body)
        if unreadable is not None:
            return self._error(400, unreadable, "body")
        try:
            violations = self.contract.request_violations(
                call.method, call.path, call.query, call.headers, _checked_body(call)
            )
        # AssertionError: openapi-core's multipart reader asserts every part has a name, so a
        # part without one (a malformed body, which the service refuses) cannot be checked.
        except (AssertionError, RecursionError, ValueError) as error:
            return self._error(400, f"the request cannot be checked: {type(error).__name__}")
        if violations:
            return self._error(400, violations[0].message, violations[0].field)
        try:
            fault = self._fault(call)
        except ValueError as error:
            return self._error(400, str(error), FAULT_HEADER)
        if fault is not None and fault.before_work:
            return faulted_reply(fault, None, self._error)
        reply = await route.handler(call)
        if fault is None:
            return reply
        if fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
            return reply
        return faulted_reply(fault, reply, self._error)

    def _fault(self, call: Call) -> Fault | None:
        text = call.headers.get(FAULT_HEADER) or self.settings.fault
        if not text:
            return None
        fault = parse_fault(text)
        if fault.first is None:
            return fault
        with self._lock:
            seen = self._fault_counts.get(fault.text, 0)
            self._fault_counts[fault.text] = seen + 1
        return fault if seen < fault.first else None

    def _error(self, status: int, message: str, param: str | None = None) -> Reply:
        return Reply.json(status, self._error_body(status, message, param))

    def _check(self, call: Call, reply: Reply) -> None:
        content_type = [("content-type", reply.content_type)] if reply.content_type else []
        headers = [*content_type, *reply.headers]
        body = reply.body
        if reply.chunks is not None:
            # A streamed body (a file export) is checked by its first piece, not read whole.
            pieces = iter(reply.chunks)
            body = next(pieces, b"")
            reply.chunks = itertools.chain([body], pieces)
        problems: list[Violation] = self.contract.response_violations(
            call.method, call.path, reply.status, headers, body
        )
        with self._lock:
            self.violations.extend(
                f"{self.name} {call.method} {call.path} -> {reply.status}: {p.message}"
                for p in problems
            )


def _checked_body(call: Call) -> bytes | None:
    """The body as the spec is asked about it: none when empty, except a zero-length upload
    (`application/octet-stream`, a file): an empty file is still the body a `required` asks for."""
    if call.body:
        return call.body
    media_type = call.headers.get("content-type", "").split(";")[0].strip().lower()
    return b"" if media_type == "application/octet-stream" else None


class _ReplyResponse(Response):
    """Sends a `Reply` over raw ASGI, which is what lets a fault cut or drop the answer."""

    def __init__(self, reply: Reply) -> None:
        super().__init__()
        self.reply = reply

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await _send(self.reply, send, receive)


async def _send(reply: Reply, send: Any, receive: Any) -> None:
    headers = [(k.encode(), v.encode()) for k, v in reply.headers]
    if reply.content_type:
        headers.insert(0, (b"content-type", reply.content_type.encode()))
    if reply.chunks is None:
        headers.append((b"content-length", str(len(reply.body)).encode()))
    if reply.cut == "disconnect":
        # An illegal header makes the HTTP layer refuse the answer and close the connection
        # before writing a byte: the client sees the request vanish.
        headers.append((b"x-mock disconnect", b"1"))
        try:
            await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        except Exception:  # the refusal is the point
            return
        return
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    if reply.chunks is not None:
        await _send_chunks(reply, send, receive)
        return
    if reply.cut == "truncated":
        await send(
            {
                "type": "http.response.body",
                "body": reply.body[: len(reply.body) // 2],
                "more_body": True,
            }
        )
        return  # the server closes the connection on an incomplete answer
    await send({"type": "http.response.body", "body": reply.body})


async def _send_chunks(reply: Reply, send: Any, receive: Any) -> None:
    """A streamed body: each piece made, sent, and the event loop let go between pieces, so that
    a 600,000-finding export neither sits in memory nor stops the other requests; a client that
    hangs up stops the making (the server would drop the rest without a word)."""
    assert reply.chunks is not None
    gone = asyncio.Event()

    async def watch() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass
        gone.set()

    watcher = asyncio.create_task(watch())
    try:
        for chunk in reply.chunks:
            if gone.is_set():
                return
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if reply.cut == "truncated":
                return  # the server closes the connection on an incomplete answer
            await asyncio.sleep(0)
        await send({"type": "http.response.body", "body": b""})
    finally:
        watcher.cancel()


def _key_security(
    document: Any, default_header: str
) -> dict[tuple[str, str], tuple[tuple[str, ...], bool]]:
    """Per (method, path): the headers the key may come in (the operation's API-key schemes, else
    the service's) and whether it may come in none (no security, or `{}` among it)."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    default = document.get("security")
    found = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not (isinstance(operation, dict) and "responses" in operation):
                continue
            security = operation.get("security", default) or []
            named = [schemes.get(name, {}) for requirement in security for name in requirement]
            headers = tuple(
                s["name"].lower()
                for s in named
                if s.get("type") == "apiKey" and s.get("in") == "header"
            )
            found[(method.upper(), path)] = (
                headers or (default_header,),
                not security or {} in security,
            )
    return found
