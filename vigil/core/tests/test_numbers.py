"""Numbers in the page's language, in one style: ``vigil.core.numbers``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from vigil.core import numbers


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (11_392_000, "11.4 million"),
        (25_405_000, "25.4 million"),
        (1_000_000, "1 million"),
        (102_988_000, "103 million"),
        (677_000, "677,000"),
        (999_999, "999,999"),
        (Decimal("4852000"), "4.9 million"),
    ],
)
def test_large_numbers_in_english(value, shown):
    with translation.override("en"):
        assert numbers.large_number(value) == shown


def test_russian_uses_its_decimal_comma_and_grouping():
    with translation.override("ru"):
        assert numbers.millions(11_392_000).startswith("11,4")
        assert numbers.whole(677_000) == "677\xa0000"
        assert numbers.decimal(Decimal("16.1")) == "16,1"


def test_each_language_writes_one_number_its_own_way():
    shown = {}
    for language in ("en", "ru", "es", "ar"):
        with translation.override(language):
            shown[language] = numbers.whole(11_392_000)
    assert shown["en"] == "11,392,000"
    assert shown["ru"] == shown["es"] == "11\xa0392\xa0000"
    assert shown["ar"] == "11392000"  # Django's Arabic formats group no digits


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("25.4 million", "25.4 million"),
        ("11 392 000", "11.4 million"),
        ("677,000", "677,000"),
        ("300 000", "300,000"),
        ("ca. 18.6 million", "ca. 18.6 million"),
        ("4.85 million", "4.85 million"),
        ("26%", "26%"),
        ("300,000 (Open Doors estimate)", "300,000 (Open Doors estimate)"),
        ("12.15% (evangelicals 104,511 = 0.7%)", "12.15% (evangelicals 104,511 = 0.7%)"),
        ("Less than 1%", "Less than 1%"),
        ("estimated in 2019", "estimated in 2019"),
        ("", ""),
    ],
)
def test_published_figures_in_the_one_english_style(published, shown):
    with translation.override("en"):
        assert numbers.figure_text(published) == shown


def test_published_figures_in_russian_style():
    with translation.override("ru"):
        assert numbers.figure_text("11 392 000").startswith("11,4 ")
        assert numbers.figure_text("677,000") == "677\xa0000"
        assert numbers.figure_text("4.85 million").startswith("4,85 ")


def test_template_filters():
    template = Template(
        "{% load numbers %}{{ a|whole }} / {{ b|millions }} / {{ c|large_number }}"
        " / {{ d|figures }} / {{ e|percent }} / {{ f|whole }}"
    )
    context = Context({"a": 677000, "b": 11392000, "c": 500, "d": "18 064 000", "e": 26, "f": None})
    with translation.override("en"):
        rendered = template.render(context)
    assert rendered == "677,000 / 11.4 million / 500 / 18.1 million / 26% / None"
