"""Waiting for a local (Unix) socket that another process is about to open."""

from __future__ import annotations

import socket
import time


def wait_for_unix_socket(path: str, timeout: float) -> bool:
    """True once something accepts connections at ``path``, False after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            try:
                sock.connect(path)
                return True
            except OSError:
                pass
        time.sleep(0.1)
    return False
