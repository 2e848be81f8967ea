"""The ASGI bridge ``manage.py serve`` runs: complete requests only reach the threads,
the WSGI environ is what Django expects, and streamed answers stream."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

from django.core.wsgi import get_wsgi_application

from vigil.core.bridge import WSGIBridge, environ

SCOPE = {
    "type": "http",
    "http_version": "1.1",
    "method": "POST",
    "scheme": "https",
    "path": "/countries/kazakhstan/молитва",
    "root_path": "",
    "query_string": b"edition=2014&lang=ru",
    "server": ("vigil.example", 443),
    "client": ("203.0.113.9", 50123),
    "headers": [
        (b"host", b"vigil.example"),
        (b"content-type", b"application/json"),
        (b"accept", b"text/html"),
        (b"accept", b"application/json"),
        (b"cookie", b"a=1"),
        (b"cookie", b"b=2"),
        (b"x-forwarded-for", b"198.51.100.4"),
    ],
}


def run_loop(coroutine: Any) -> None:
    """Run ``coroutine`` on an event loop of its own, in a thread of its own (other
    tests, the browser's, may leave a loop running in this one)."""
    failed: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coroutine)
        except BaseException as error:  # raised again below
            failed.append(error)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the request did not finish"
    if failed:
        raise failed[0]


def run(bridge: WSGIBridge, scope: dict[str, Any], chunks: list[bytes], *, hang: bool = False):
    """Serve one request whose body comes in ``chunks`` (then, with ``hang``, the client
    goes away); the messages sent back."""
    sent: list[dict[str, Any]] = []
    incoming = [
        {"type": "http.request", "body": chunk, "more_body": n < len(chunks) - 1 or hang}
        for n, chunk in enumerate(chunks)
    ]
    incoming.append({"type": "http.disconnect"})

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    run_loop(bridge(scope, receive, send))
    return sent


class Recorder:
    """A WSGI app that keeps what it was called with and where."""

    def __init__(self, body: list[bytes] | None = None) -> None:
        self.calls: list[tuple[dict[str, Any], bytes, str]] = []
        self.body = body or [b"ok"]

    def __call__(self, env: dict[str, Any], start_response: Any) -> list[bytes]:
        read = env["wsgi.input"].read()
        self.calls.append((env, read, threading.current_thread().name))
        start_response("201 Created", [("Content-Type", "text/plain"), ("X-One", "1")])
        return self.body


def test_the_environ_is_the_one_a_wsgi_server_builds():
    env = environ(SCOPE, b"{}")

    assert env["REQUEST_METHOD"] == "POST"
    # PATH_INFO carries the path's UTF-8 bytes as latin-1, as PEP 3333 says.
    assert env["PATH_INFO"].encode("latin-1").decode("utf-8") == "/countries/kazakhstan/молитва"
    assert env["QUERY_STRING"] == "edition=2014&lang=ru"
    assert env["wsgi.url_scheme"] == "https"
    assert (env["SERVER_NAME"], env["SERVER_PORT"]) == ("vigil.example", "443")
    assert env["REMOTE_ADDR"] == "203.0.113.9"
    assert env["CONTENT_TYPE"] == "application/json"
    assert env["CONTENT_LENGTH"] == "2"
    assert "HTTP_CONTENT_TYPE" not in env
    assert env["HTTP_ACCEPT"] == "text/html,application/json"
    assert env["HTTP_COOKIE"] == "a=1; b=2"
    assert env["HTTP_X_FORWARDED_FOR"] == "198.51.100.4"
    assert env["wsgi.input"].read() == b"{}"


def test_the_body_reaches_the_app_whole_and_on_a_pool_thread():
    app = Recorder()
    sent = run(WSGIBridge(app, threads=2), SCOPE, [b'{"te', b'xt": ', b'"Amen"}'])

    [(env, body, thread)] = app.calls
    assert env["CONTENT_LENGTH"] == str(len(body))
    assert body == b'{"text": "Amen"}'
    assert thread.startswith("vigil-wsgi")
    assert sent[0]["status"] == 201
    assert (b"x-one", b"1") in sent[0]["headers"]
    assert sent[1] == {"type": "http.response.body", "body": b"ok"}


def test_a_client_that_leaves_before_its_body_ends_never_reaches_a_thread():
    app = Recorder()

    assert run(WSGIBridge(app, threads=1), SCOPE, [b'{"text": '], hang=True) == []
    assert app.calls == []


def test_a_body_over_the_limit_is_refused_whether_declared_or_not():
    app = Recorder()
    bridge = WSGIBridge(app, threads=1, max_body=10)
    declared = {**SCOPE, "headers": [*SCOPE["headers"], (b"content-length", b"11")]}
    lying = {**SCOPE, "headers": [*SCOPE["headers"], (b"content-length", b"x")]}

    for scope, chunks in ((declared, [b"x"]), (lying, [b"x"]), (SCOPE, [b"123456", b"78901"])):
        sent = run(bridge, scope, chunks)
        assert sent[0]["status"] == 413
    assert app.calls == []


def test_a_streamed_answer_goes_out_chunk_by_chunk_on_one_thread():
    threads: list[str] = []

    class Streamed:
        streaming = True

        def __iter__(self) -> Iterator[bytes]:
            for chunk in (b"time,action\n", b"", b"1,held\n", b"2,published\n"):
                threads.append(threading.current_thread().name)
                yield chunk

        def close(self) -> None:
            threads.append(threading.current_thread().name)

    def app(env: dict[str, Any], start_response: Any) -> Streamed:
        start_response("200 OK", [("Content-Type", "text/csv")])
        return Streamed()

    sent = run(WSGIBridge(app, threads=3), {**SCOPE, "method": "GET"}, [b""])

    bodies = [(m["body"], m.get("more_body", False)) for m in sent[1:]]
    assert bodies == [
        (b"time,action\n", True),
        (b"1,held\n", True),
        (b"2,published\n", True),
        (b"", False),
    ]
    # Every step on one thread (a generator holding a database cursor needs its own).
    assert len(threads) == 5 and len(set(threads)) == 1
    assert threads[0].startswith("vigil-wsgi")


def test_django_answers_through_the_bridge():
    scope = {**SCOPE, "method": "GET", "path": "/ping", "query_string": b"", "scheme": "http"}
    scope["headers"] = [(b"host", b"127.0.0.1")]

    sent = run(WSGIBridge(get_wsgi_application(), threads=1), scope, [b""])

    assert sent[0]["status"] == 200
    assert sent[1]["body"] == b"pong"


def test_lifespan_is_acknowledged():
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    run_loop(WSGIBridge(Recorder(), threads=1)({"type": "lifespan"}, receive, send))

    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
