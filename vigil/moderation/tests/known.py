"""Texts the contextual model of 2026-12-06 decides wrongly where the model before it did
not (``CONTEXTUAL_MODEL_CARD.md``, "Retrained on the read sets"). Its tests are marked,
not deleted: strictly, so that a model or a form of words that mends one fails here until
its mark is taken off."""

from __future__ import annotations

import pytest

RETRAIN_MISS = pytest.mark.xfail(
    strict=True,
    reason="decided wrongly by the contextual model of 2026-12-06 (see its model card)",
)

HELD_DOMAIN_PRAYERS = frozenset(
    {
        "Dear Jesus, hold the little ones who watched their church burn. Take away their "
        "nightmares.",
        "Pray for the Fulani herders, that they would know the Prince of Peace.",
        "Lord, bring every kidnapped girl home.",
        "Lord, bless those who curse us.",
    }
)
"""The domain prayers that model holds: every other one is published."""
