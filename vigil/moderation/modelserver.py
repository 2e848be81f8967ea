"""The moderation models in one process per machine, asked over a Unix socket.

Language detection and the two classifiers take about 120 MB once loaded. Loaded in
every app worker, they took each worker from about 105 MB to over 200 MB; asked of one
model process (``manage.py moderation_models``, which ``manage.py serve`` starts beside
its workers), they are loaded once, and the author still learns the outcome in the
request. ``VIGIL_MODERATION_MODELS_SOCKET`` names the socket; empty, every process
loads the models it needs itself.

The protocol is a frame each way: four bytes of length (big-endian), then UTF-8 JSON.
A request is ``{"text": ..., "default_language": ...}``; the answer is what the models
said (``{"language", "scores", "trusted"}``) or ``{"error": ...}``. A process that cannot
reach the model process, or gets an error, scores the text itself and logs why, so a
post is never lost or left undecided for want of the model process.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MAX_FRAME = 1 << 20
"""Bytes in one frame; a prayer is at most a few thousand characters."""
TIMEOUT = 10.0
"""Seconds a worker waits for the model process before scoring the text itself."""
_HEADER = struct.Struct(">I")

Score = Callable[[str, str], dict[str, Any]]
"""The models' answer for (text, default language) as a JSON-ready mapping."""


class FrameError(ValueError):
    """A frame that is too large, cut short or not JSON."""


def send_frame(sock: socket.socket, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode()
    if len(body) > MAX_FRAME:
        raise FrameError(f"a frame of {len(body)} bytes is over {MAX_FRAME}")
    sock.sendall(_HEADER.pack(len(body)) + body)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 65536))
        if not chunk:
            raise EOFError("the other side closed the connection")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(sock: socket.socket) -> dict[str, Any]:
    (size,) = _HEADER.unpack(_read_exactly(sock, _HEADER.size))
    if size > MAX_FRAME:
        raise FrameError(f"a frame of {size} bytes is over {MAX_FRAME}")
    try:
        payload = json.loads(_read_exactly(sock, size))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FrameError(f"a frame that is not JSON: {error}") from None
    if not isinstance(payload, dict):
        raise FrameError("a frame that is not a JSON object")
    return payload


# --- the client: one connection per thread of each worker --------------------------------

_local = threading.local()


def _connection(path: str) -> socket.socket:
    held = getattr(_local, "held", None)
    if held is not None and held[0] == os.getpid() and held[1] == path:
        return held[2]  # type: ignore[no-any-return]
    deadline = time.monotonic() + TIMEOUT
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(TIMEOUT)
        try:
            sock.connect(path)
        except BlockingIOError:
            # The model process's queue of connections not yet accepted is full (every
            # worker thread asking at once while it is busy): a Unix socket refuses at
            # once instead of waiting, so wait here, within the same bound.
            sock.close()
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.005)
            continue
        except OSError:
            sock.close()
            raise
        _local.held = (os.getpid(), path, sock)
        return sock


def _drop_connection() -> None:
    held = getattr(_local, "held", None)
    _local.held = None
    if held is not None and held[0] == os.getpid():
        with contextlib.suppress(OSError):
            held[2].close()


def ask(path: str, text: str, default_language: str) -> dict[str, Any] | None:
    """The model process's answer for ``text``, or ``None`` (logged) when it cannot give
    one: the caller then runs the models itself. A connection broken since the last
    question (the model process restarted) is opened again once."""
    request = {"text": text, "default_language": default_language}
    problem: Exception | None = None
    for _attempt in range(2):
        try:
            sock = _connection(path)
            send_frame(sock, request)
            answer = read_frame(sock)
        except (OSError, EOFError, FrameError) as error:
            _drop_connection()
            problem = error
            continue
        if "error" in answer:
            logger.warning("the moderation model process failed: %s", answer["error"])
            return None
        return answer
    logger.warning("the moderation model process at %s did not answer: %s", path, problem)
    return None


# --- the server ----------------------------------------------------------------------------


class _Handler(socketserver.BaseRequestHandler):
    server: ModelServer

    def setup(self) -> None:
        with self.server.lock:
            self.server.connections.add(self.request)

    def finish(self) -> None:
        with self.server.lock:
            self.server.connections.discard(self.request)

    def handle(self) -> None:
        sock: socket.socket = self.request
        while True:
            try:
                request = read_frame(sock)
            except (OSError, EOFError):
                return
            except FrameError as error:
                with contextlib.suppress(OSError):
                    send_frame(sock, {"error": str(error)})
                return  # the stream is out of step: close it
            try:
                answer = self.server.score(str(request["text"]), str(request["default_language"]))
            except Exception as error:  # reported to the worker, which then scores the text itself
                logger.exception("scoring a text failed")
                answer = {"error": f"{type(error).__name__}: {error}"}
            try:
                send_frame(sock, answer)
            except OSError:
                return


class ModelServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """One thread per connected worker thread; the models are shared (onnxruntime and
    lingua release the GIL while they work)."""

    daemon_threads = True
    request_queue_size = socket.SOMAXCONN
    """Connections waiting to be accepted (socketserver's default is 5, fewer than the
    threads of two app servers asking at once)."""

    def __init__(self, path: str, score: Score) -> None:
        self.score = score
        self.lock = threading.Lock()
        self.connections: set[socket.socket] = set()
        _claim(path)
        super().__init__(path, _Handler)
        os.chmod(path, 0o600)  # only the site's own user

    def server_close(self) -> None:
        """Stop listening and end every worker's connection (they connect again to the
        next model process, or score texts themselves)."""
        super().server_close()
        with self.lock:
            for sock in self.connections:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _claim(path: str) -> None:
    """Remove a socket file left by a model process that is gone; refuse to take the
    place of one that still answers."""
    if not os.path.exists(path):
        return
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.connect(path)
        except OSError:
            os.unlink(path)
            return
    raise OSError(f"a model process already listens at {path}")


def watch_parent(parent: int, server: ModelServer) -> threading.Thread:
    """Stop ``server`` when the process that started it (``parent``) is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        server.shutdown()

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread


def serve(path: str, score: Score, *, parent: int | None = None) -> None:
    """Answer on ``path`` until stopped (SIGTERM, SIGINT, or ``parent`` gone)."""
    server = ModelServer(path, score)
    if parent is not None:
        watch_parent(parent, server)
    try:
        server.serve_forever(poll_interval=0.5)
    finally:
        server.server_close()
        with contextlib.suppress(FileNotFoundError):
            Path(path).unlink()
