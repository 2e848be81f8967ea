"""Argument types for the management commands: a wrong value is named in one line
("'99999' is not a whole number from 1 to 65535") before the command does anything."""

from __future__ import annotations

import argparse
import ipaddress
from collections.abc import Callable


def whole_number(low: int, high: int | None = None) -> Callable[[str], int]:
    """An ``argparse`` type: a whole number from ``low`` to ``high`` (or of ``low`` or more)."""
    wanted = f"from {low} to {high}" if high is not None else f"of {low} or more"

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = low - 1
        if number < low or (high is not None and number > high):
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number {wanted}")
        return number

    return parse


def ip_address(value: str) -> str:
    """An ``argparse`` type: an IPv4 or IPv6 address, as written by ``ipaddress``."""
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an IP address (127.0.0.1 for this machine, 0.0.0.0 for all)"
        ) from None
