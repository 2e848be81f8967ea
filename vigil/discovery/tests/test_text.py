"""Folding, terms and snippets: how search compares and quotes text."""

from __future__ import annotations

from vigil.discovery.text import Segment, fold, plain, snippet, terms


def test_fold_ignores_case_accents_and_vowel_marks():
    assert fold("Église ÉVANGÉLIQUE") == "eglise evangelique"
    assert fold("ЁЛКА Казахстан") == "елка казахстан"
    assert fold("Straße") == "strasse"
    assert fold("الْكَنِيسَة") == "الكنيسة"
    assert fold("كـنيسة") == "كنيسة"  # a stretched word (tatweel) is the same word
    assert fold(None) is None


def test_terms_are_folded_words_without_repeats_or_single_letters():
    assert terms("  Pastors, PASTORS and a church!  ") == ["pastors", "church"]
    assert terms("the and") == ["the", "and"]
    assert terms("за церковь", "ru") == ["церковь"]
    assert terms("?!") == []
    assert terms("x") == []
    assert len(terms(" ".join(f"w{n}x" for n in range(20)))) == 8


def test_plain_turns_markdown_into_one_line():
    assert plain("Pray **every day**.\n\n- for [pastors](https://x.example)") == (
        "Pray every day. for pastors"
    )


def test_snippet_marks_what_matched_in_the_original_spelling():
    assert snippet("Une Église évangélique à Almaty", ["eglise"]) == [
        Segment("Une ", False),
        Segment("Église", True),
        Segment(" évangélique à Almaty", False),
    ]


def test_snippet_of_a_long_text_is_a_window_around_the_first_match():
    text = "word " * 100 + "persecution " + "word " * 100

    parts = snippet(text, ["persecution"])

    quoted = "".join(part.text for part in parts)
    assert parts[0] == Segment("…", False)
    assert parts[-1] == Segment("…", False)
    assert Segment("persecution", True) in parts
    assert len(quoted) < 200


def test_snippet_without_a_match_is_the_start_of_the_text():
    parts = snippet("Short text.", ["absent"])

    assert parts == [Segment("Short text.", False)]
