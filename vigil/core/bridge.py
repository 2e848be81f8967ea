"""Django's WSGI application served over ASGI: bodies read on the event loop, views run
on a fixed pool of threads.

granian reads headers in its Rust event loop with a time limit; this reads each
request's body on the Python event loop (``await receive()``), so a body that never
finishes holds a socket and a coroutine, never a thread. Only a complete request
reaches the threads, which live as long as the process: each keeps its database and
cache connections, as a WSGI server's threads do, and every step of a request runs on
one of them.

Django's own ASGI handler gives the same protection, but it runs every request of a
synchronous site in a thread started for that request: measured on this machine
(``docs/performance.md``), ``/ping`` answered 191 requests a second through it and
9,137 through WSGI.
"""

from __future__ import annotations

import asyncio
import io
import sys
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

MAX_BODY_BYTES = 32 * 1024 * 1024
"""A larger body is refused with 413 before it is all read (the largest legitimate one
is an editor's dataset upload; prayers and API posts are refused far below this)."""


class _Disconnected(Exception):
    """The client went away before its request was complete."""


class WSGIBridge:
    """An ASGI application that runs ``app`` (WSGI) on ``threads`` threads."""

    def __init__(self, app: WSGIApp, *, threads: int, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body
        # One single-thread executor per thread ("lane"): every step of a request (its
        # call, each chunk of a streamed answer, its close) runs on the same thread, as
        # on a WSGI server, so a generator that holds a database cursor, and Django's
        # end-of-request handling, find their thread's connection.
        self.lanes = [
            ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"vigil-wsgi-{n}")
            for n in range(threads)
        ]
        self.busy = [0] * threads  # requests on each lane (touched by the event loop only)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"Only HTTP is served, not {scope['type']!r}.")
        try:
            body = await self._body(scope, receive)
        except _Disconnected:
            return
        if body is None:
            await _plain(send, 413, b"Request body too large.\n")
            return
        lane = self.busy.index(min(self.busy))
        self.busy[lane] += 1
        try:
            await self._respond(self.lanes[lane], _Call(self.app, environ(scope, body)), send)
        finally:
            self.busy[lane] -= 1

    async def _respond(self, lane: ThreadPoolExecutor, call: _Call, send: Send) -> None:
        loop = asyncio.get_running_loop()
        status, headers, first, streaming = await loop.run_in_executor(lane, call.start)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if not streaming:
            await send({"type": "http.response.body", "body": first})
            return
        try:  # a streamed answer (the audit trail's CSV): one chunk per trip to the lane
            await send({"type": "http.response.body", "body": first, "more_body": True})
            while (chunk := await loop.run_in_executor(lane, call.next_chunk)) is not None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            await loop.run_in_executor(lane, call.close)

    async def _body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or ``None`` when it is (or says it will be) over the limit."""
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdecimal() or int(declared) > self.max_body):
            return None
        parts, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            parts.append(chunk)
            if not message.get("more_body", False):
                return b"".join(parts)


class _Call:
    """One WSGI call, run on one lane: start it, then read its answer (all of it, unless
    it streams), and close it (Django's end of request)."""

    def __init__(self, app: WSGIApp, env: dict[str, Any]) -> None:
        self.app, self.env = app, env
        self.status, self.headers = 500, list[tuple[bytes, bytes]]()
        self.result: Iterable[bytes] = ()
        self.chunks: Iterator[bytes] | None = None

    def _start_response(
        self, status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], None]:
        self.status = int(status.split(" ", 1)[0])
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]
        return _no_write

    def start(self) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool]:
        """Status, headers, the body (the first chunk when it streams), and whether it
        streams."""
        self.result = self.app(self.env, self._start_response)
        if getattr(self.result, "streaming", False):
            self.chunks = iter(self.result)
            return self.status, self.headers, self.next_chunk() or b"", True
        try:
            body = b"".join(self.result)
        finally:
            self.close()
        return self.status, self.headers, body, False

    def next_chunk(self) -> bytes | None:
        assert self.chunks is not None
        for chunk in self.chunks:
            if chunk:
                return chunk
        return None

    def close(self) -> None:
        close = getattr(self.result, "close", None)
        self.result = ()
        if close is not None:
            close()


def _no_write(data: bytes) -> None:
    raise NotImplementedError("Write the body as the application's result.")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1").strip()
    return None


def environ(scope: Scope, body: bytes) -> dict[str, Any]:
    """The WSGI environ (PEP 3333) of an ASGI HTTP ``scope`` whose body was ``body``."""
    server = scope.get("server") or ("localhost", 80)
    client = scope.get("client") or ("", 0)
    root = scope.get("root_path", "")
    path = scope["path"]
    if root and path.startswith(root):
        path = path[len(root) :]
    env: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": root.encode("utf-8").decode("latin-1"),
        "PATH_INFO": path.encode("utf-8").decode("latin-1"),
        "QUERY_STRING": bytes(scope.get("query_string", b"")).decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1] if server[1] is not None else 80),
        "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
        "REMOTE_ADDR": str(client[0]),
        "REMOTE_PORT": str(client[1]),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for raw_name, raw_value in scope.get("headers", ()):
        name = bytes(raw_name).decode("latin-1").upper().replace("-", "_")
        value = bytes(raw_value).decode("latin-1")
        key = name if name in {"CONTENT_LENGTH", "CONTENT_TYPE"} else f"HTTP_{name}"
        if key in env:  # a repeated header: one value, as a WSGI server joins them
            value = f"{env[key]}{'; ' if key == 'HTTP_COOKIE' else ','}{value}"
        env[key] = value
    if body and "CONTENT_LENGTH" not in env:
        env["CONTENT_LENGTH"] = str(len(body))
    return env


async def _plain(send: Send, status: int, text: bytes) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
