"""The console log of the settings: what it leaves out."""

from __future__ import annotations

import logging

from django.utils.log import CallbackFilter


def _console() -> logging.Handler:
    return next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(each, CallbackFilter) for each in handler.filters)
    )


def _warning(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("weasyprint", logging.WARNING, __file__, 1, message, args, None)


def test_weasyprints_font_subsetting_notice_is_left_out_and_its_other_warnings_kept():
    console = _console()
    notice = _warning(
        'Using fontTools instead of HarfBuzz-Subset for font "%s". This will be unsupported '
        "in future versions of WeasyPrint.",
        "DejaVu Serif",
    )
    assert not console.filter(notice)
    assert console.filter(_warning("Failed to load image at %r", "/media/map.png"))
    assert console.filter(_warning("Ignored `%s` at %d:%d, unknown property.", "x: y", 1, 2))
