from __future__ import annotations

import pytest

from vigil.core.text import clean_line, clean_text, sort_key


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Cafe\u0301", "Café"),  # NFC
        ("a\u200bb\u2060c\ufeffd", "abcd"),  # zero-width characters
        ("bell\x07 and\x00 null", "bell and null"),  # control characters
        ("rtl\u202eoverride", "rtloverride"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("para\n\n\n\n  \n\npara", "para\n\npara"),
        ("  tabs\tand   spaces  \n", "tabs and spaces"),
        ("\u200d", ""),
        ("family \U0001f468\u200d\U0001f469", "family \U0001f468\u200d\U0001f469"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_clean_line_folds_line_breaks():
    assert clean_line("  Anna\n\nMaria\u200b ") == "Anna Maria"


def test_confusable_letters_fold_only_inside_latin_words():
    from vigil.core.text import fold_confusables

    assert fold_confusables("Muslіms") == "Muslims"  # Cyrillic і
    assert fold_confusables("Господи, помилуй") == "Господи, помилуй"
    assert fold_confusables("ｐｒａｙ") == "pray"  # fullwidth


def test_comparison_key_ignores_case_punctuation_spacing_and_lookalikes():
    from vigil.core.text import comparison_key

    assert comparison_key("Lord, protect them!") == comparison_key("lord protect   them")
    assert comparison_key("Lord, protect them") == comparison_key("Lоrd, prоtect them.")
    assert comparison_key("Lord, protect them") != comparison_key("Lord, protect us")


def test_sort_key_orders_names_alphabetically_whatever_their_accents():
    names = ["Zambia", "Ómán", "Argelia", "Írak", "Irán", "Ёмен", "Египет", "árabe"]
    assert sorted(names, key=sort_key) == [
        "árabe",
        "Argelia",
        "Írak",
        "Irán",
        "Ómán",
        "Zambia",
        "Египет",
        "Ёмен",
    ]
