"""A wall's overrides of the classifier's thresholds: validated and merged here, stored
by the app that owns walls and passed to ``assess`` in its ``Context``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.policy import DEFAULT_THRESHOLDS, Thresholds


def validate_thresholds(value: Any) -> None:
    """``{"hold": {label: bar}, "reject": {label: bar}, "uncertain_factor": f}``, all optional."""
    if not isinstance(value, dict):
        raise ValidationError(_('Write an object such as {"hold": {"insult": 0.5}}.'))
    unknown = set(value) - {"hold", "reject", "uncertain_factor"}
    if unknown:
        raise ValidationError(
            _("Unknown keys %(keys)s: use hold, reject, uncertain_factor."),
            params={"keys": sorted(unknown)},
        )
    for key in ("hold", "reject"):
        bars = value.get(key, {})
        if not isinstance(bars, dict):
            raise ValidationError(
                _('"%(key)s" must map labels to numbers between 0 and 1.'), params={"key": key}
            )
        for label, bar in bars.items():
            if label not in LABELS:
                raise ValidationError(
                    _("Unknown label %(label)r; labels are %(labels)s."),
                    params={"label": label, "labels": ", ".join(LABELS)},
                )
            if isinstance(bar, bool) or not isinstance(bar, int | float) or not 0 <= bar <= 1:
                raise ValidationError(
                    _("%(key)s.%(label)s must be a number between 0 and 1."),
                    params={"key": key, "label": label},
                )
    factor = value.get("uncertain_factor", DEFAULT_THRESHOLDS.uncertain_factor)
    if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 < factor <= 1:
        raise ValidationError(_("uncertain_factor must be a number above 0 and at most 1."))


def merge_thresholds(overrides: dict[str, Any]) -> Thresholds:
    """The defaults with ``overrides`` applied label by label."""
    return Thresholds(
        hold={**DEFAULT_THRESHOLDS.hold, **overrides.get("hold", {})},
        reject={**DEFAULT_THRESHOLDS.reject, **overrides.get("reject", {})},
        uncertain_factor=overrides.get("uncertain_factor", DEFAULT_THRESHOLDS.uncertain_factor),
    )
