"""Places on watch-list pages that the apps above watchlist fill with their own blocks.

Watchlist owns its pages but never names the apps that add to them: an app
calls ``contribute(slot, template_name)`` from its ``AppConfig.ready()``, and
the page's ``{% slot %}`` tag renders every template contributed to that slot,
in the order the apps are installed, with the page's own context. The registry
is configuration, fixed once the apps are ready, and so the same in every process.

The slots and the context each receives:

``home``           after the top ten on the home page; ``edition`` (may be None).
                   Each block is a ``<section>`` with an ``<h2>``.
``country``        on a country profile after the prayer points; ``country``,
                   ``entry``, ``edition``. Each block is a ``<section>`` with an ``<h2>``.
``edition-links``  inline links about ``edition`` (map and edition pages),
                   separated by `` · ``; no block elements.
"""

from __future__ import annotations

SLOTS = ("home", "country", "edition-links")

_contributed: dict[str, list[str]] = {slot: [] for slot in SLOTS}


def contribute(slot: str, template_name: str) -> None:
    """Render ``template_name`` in ``slot`` on every page that has it; idempotent."""
    if slot not in _contributed:
        raise ValueError(f"No slot named {slot!r}; the slots are {', '.join(SLOTS)}.")
    if template_name not in _contributed[slot]:
        _contributed[slot].append(template_name)


def contributions(slot: str) -> tuple[str, ...]:
    """The templates contributed to ``slot``, in contribution order."""
    return tuple(_contributed[slot])
