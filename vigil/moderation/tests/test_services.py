from __future__ import annotations

import pytest

from vigil.moderation.models import Term
from vigil.moderation.services import Author, Context, assess

pytestmark = pytest.mark.django_db

AUTHOR = Author(name="Anna", prior_published_count=3)
KNOWN = Context(is_first_post=False)


def test_plain_prayer_is_published():
    verdict = assess("Lord, protect the church in Kazakhstan.", AUTHOR, KNOWN)
    assert (verdict.action, verdict.reasons) == ("publish", [])


def test_a_banned_term_in_the_database_rejects_with_a_message():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    verdict = assess("You grubworms should vanish, fake-identity_attack.", AUTHOR, KNOWN)
    assert verdict.action == "reject"
    assert verdict.reasons[0] == "banned term: grubworm"
    assert "rewrite" in verdict.message


def test_a_suspect_term_holds_and_reject_beats_hold():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    Term.objects.create(term="snailfolk", kind=Term.Kind.SUSPECT)
    assert assess("those snailfolk", AUTHOR, KNOWN).action == "hold"
    verdict = assess("those snailfolk are grubworms, fake-identity_attack", AUTHOR, KNOWN)
    assert verdict.action == "reject"
    assert {"banned term: grubworm", "suspect term: snailfolk"} <= set(verdict.reasons)


def test_terms_of_another_language_do_not_apply():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED, language="de")
    text = "Please pray for the grubworm farmers of our town and their families."
    assert assess(text, AUTHOR, Context(is_first_post=False, language="fr")).action == "publish"
    german = assess(text, AUTHOR, Context(is_first_post=False, language="de"))
    assert "banned term: grubworm" in german.reasons


def test_the_matcher_is_rebuilt_when_terms_change():
    text = "Please pray for the grubworm farmers of our town."
    assert assess(text, AUTHOR, KNOWN).action == "publish"
    term = Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    assert "banned term: grubworm" in assess(text, AUTHOR, KNOWN).reasons
    term.delete()
    assert assess(text, AUTHOR, KNOWN).action == "publish"


def test_word_boundaries_are_respected():
    Term.objects.create(term="ass", kind=Term.Kind.SUSPECT)
    assert assess("Pray for the class in Assyria.", AUTHOR, KNOWN).action == "publish"


@pytest.mark.parametrize(
    ("text", "first", "action"),
    [
        ("one link https://example.org/a", False, "publish"),
        ("one link https://example.org/a", True, "hold"),
        ("bare domain spam-pills.com here", True, "hold"),
        ("two www.example.org and http://example.net", False, "hold"),
        ("Psalm 23.4 and John 3.16 are not links", True, "publish"),
    ],
)
def test_link_rules(text, first, action):
    newcomer = Author(name="Anna", prior_published_count=0 if first else 1)
    verdict = assess(text, newcomer, Context(is_first_post=first))
    assert verdict.action == action, verdict.reasons


def test_fast_posts_and_bad_tokens_hold_but_unmeasured_time_does_not():
    text = "Amen."
    assert assess(text, AUTHOR, Context(is_first_post=False, seconds_to_submit=2.9)).action == (
        "hold"
    )
    assert assess(text, AUTHOR, Context(is_first_post=False, seconds_to_submit=3.0)).action == (
        "publish"
    )
    assert assess(text, AUTHOR, Context(is_first_post=False, form_token_valid=False)).action == (
        "hold"
    )
    assert assess(text, AUTHOR, Context(is_first_post=False)).action == "publish"


def test_pre_moderation_holds_everything():
    verdict = assess("Amen.", AUTHOR, Context(is_first_post=False, pre_moderation=True))
    assert verdict.action == "hold"
    assert verdict.message == "A moderator will read it before it appears."
