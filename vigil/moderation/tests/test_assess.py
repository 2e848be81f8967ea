"""Each rule of ``assess``: bans, word lists on text and name, links and trust, the
author's history, language, the classifier (fake, and the shipped model on a fixed set)
and per-wall thresholds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from vigil.moderation import services, terms
from vigil.moderation.engine.classifier import KeywordFakeClassifier
from vigil.moderation.engine.contextual import ContextualClassifier
from vigil.moderation.engine.policy import DEFAULT_THRESHOLDS, Thresholds
from vigil.moderation.models import Ban, Term
from vigil.moderation.policy import merge_thresholds, validate_thresholds
from vigil.moderation.services import Author, Context, assess
from vigil.moderation.tests.known import RETRAIN_MISS
from vigil.moderation.tests.test_contextual import LONG_PRAYER

pytestmark = pytest.mark.django_db

TRUSTED = Author(name="Anna", prior_published_count=5, client_hash="c-anna")
NEW = Author(name="Ben", client_hash="c-ben")
SECOND_POST = Context(is_first_post=False)


def test_a_plain_prayer_is_published_with_scores_and_language():
    verdict = assess("Lord, protect the church in Kazakhstan tonight.", TRUSTED, SECOND_POST)
    assert (verdict.action, verdict.reasons) == ("publish", [])
    assert set(verdict.scores) == {
        "identity_attack", "insult", "threat", "obscene", "sexual", "spam",
    }  # fmt: skip
    assert verdict.language == "en"


# --- bans ---------------------------------------------------------------------------


def test_a_banned_author_is_rejected_by_default():
    Ban.objects.create(kind=Ban.Kind.CLIENT, value="c-ben", reason="abuse")
    verdict = assess("Amen, amen.", NEW, SECOND_POST)
    assert verdict.action == "reject"
    assert "author is banned" in verdict.reasons
    assert verdict.message == services.BANNED_MESSAGE


def test_a_wall_can_hold_posts_of_banned_authors_instead():
    Ban.objects.create(kind=Ban.Kind.EMAIL, value="e-ben", reason="abuse")
    author = Author(name="Ben", email_hash="e-ben")
    verdict = assess("Amen, amen.", author, Context(ban_holds=True, is_first_post=False))
    assert (verdict.action, verdict.reasons) == ("hold", ["author is banned"])


def test_an_expired_ban_no_longer_applies():
    Ban.objects.create(
        kind=Ban.Kind.CLIENT, value="c-ben", reason="abuse", until=timezone.now() - timedelta(1)
    )
    assert assess("Amen, amen.", NEW, SECOND_POST).action == "publish"


# --- word lists ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["GRUBWORM", "Grübwörm", "9rubw0rm", "g.r.u.b.w.o.r.m", "g r u b w o r m", "grrruuubworms"],
)
def test_terms_match_after_normalisation(text):
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    verdict = assess(f"Look: {text}.", TRUSTED, SECOND_POST)
    assert verdict.action == "hold"  # the model sees no offence: a person decides
    assert verdict.reasons[0] == "banned term: grubworm"


def test_a_banned_term_used_to_offend_rejects_with_a_message_to_rewrite():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    verdict = assess("You grubworm, fake-identity_attack.", TRUSTED, SECOND_POST)
    assert verdict.action == "reject"
    assert "banned term: grubworm" in verdict.reasons
    assert "rewrite" in verdict.message


def test_a_banned_term_in_the_name_rejects_with_a_message_about_the_name():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED)
    verdict = assess("Amen, amen.", Author(name="GRUBW0RM"), SECOND_POST)
    assert verdict.action == "reject"
    assert verdict.reasons == ["name: banned term: grubworm"]
    assert "name" in verdict.message


def test_a_suspect_term_in_the_name_holds():
    Term.objects.create(term="snailfolk", kind=Term.Kind.SUSPECT)
    verdict = assess(
        "Amen, amen.", Author(name="snailfolk fan", prior_published_count=5), SECOND_POST
    )
    assert (verdict.action, verdict.reasons) == ("hold", ["name: suspect term: snailfolk"])


def test_the_shipped_lists_apply_too():
    verdict = assess("you are a piece of shit", TRUSTED, SECOND_POST)
    assert verdict.action == "hold"
    assert "banned term: shit" in verdict.reasons


def test_ten_thousand_terms_still_match():
    Term.objects.bulk_create(
        Term(term=f"zorp{n:05d}", kind=Term.Kind.SUSPECT) for n in range(10_000)
    )
    terms.terms_changed()
    verdict = assess("the zorp09999 said so", TRUSTED, SECOND_POST)
    assert verdict.reasons == ["suspect term: zorp09999"]
    assert terms.matcher("en").size >= 10_000


# --- links and trust ----------------------------------------------------------------


ONE_LINK = "Read https://example.org/news about it"
TWO_LINKS = "Read https://example.org/news and https://example.org/more about it"
NEWCOMER = Author(name="Ben", prior_published_count=1)


@pytest.mark.parametrize(
    ("text", "author", "context", "action"),
    [
        (ONE_LINK, TRUSTED, SECOND_POST, "publish"),
        (ONE_LINK, NEWCOMER, SECOND_POST, "publish"),
        (ONE_LINK, Author(name="Ben"), Context(is_first_post=True), "hold"),
        (TWO_LINKS, NEWCOMER, SECOND_POST, "hold"),
        (TWO_LINKS, TRUSTED, SECOND_POST, "publish"),
    ],
)
def test_links_hold_first_posts_and_several_links_unless_trusted(text, author, context, action):
    verdict = assess(text, author, context)
    assert verdict.action == action, verdict.reasons


def test_trust_needs_the_configured_number_of_published_prayers(settings):
    settings.VIGIL_MODERATION_TRUSTED_AFTER = 10
    verdict = assess(TWO_LINKS, TRUSTED, SECOND_POST)
    assert verdict.reasons == ["2 links"]


def test_an_author_with_recent_rejections_is_pre_moderated():
    author = Author(name="Ben", client_hash="c-ben", recent_rejections=1)
    verdict = assess("Amen, amen.", author, SECOND_POST)
    assert (verdict.action, verdict.reasons) == ("hold", ["author has 1 recent rejection(s)"])


# --- the classifier and the policy --------------------------------------------------


def test_the_classifier_holds_and_a_walls_reject_bar_rejects_with_the_rule_in_plain_words():
    verdict = assess("This is fake-obscene talk.", TRUSTED, SECOND_POST)
    assert (verdict.action, verdict.reasons) == ("hold", ["classifier.obscene"])
    strict = Context(
        is_first_post=False,
        thresholds=Thresholds(hold=DEFAULT_THRESHOLDS.hold, reject={"obscene": 0.9}),
    )
    verdict = assess("This is fake-obscene talk.", TRUSTED, strict)
    assert verdict.action == "reject"
    assert verdict.reasons == ["classifier.obscene"]
    assert "obscenity" in verdict.message and "rewrite" in verdict.message


@pytest.mark.parametrize("label", ["identity_attack", "insult", "threat", "sexual", "spam"])
def test_the_classifier_alone_only_holds_other_labels(label):
    verdict = assess(f"This is fake-{label} talk in English.", TRUSTED, SECOND_POST)
    assert (verdict.action, verdict.reasons) == ("hold", [f"classifier.{label}"])
    assert verdict.message == services.HELD_MESSAGE


def test_in_an_untrained_language_the_classifier_holds_and_never_rejects():
    verdict = assess(
        "Seigneur, protège les chrétiens persécutés au Nigeria fake-obscene", TRUSTED, SECOND_POST
    )
    assert verdict.language == "fr"
    assert verdict.action == "hold"
    assert "language.untrained" in verdict.reasons


def test_in_an_untrained_language_word_lists_hold():
    Term.objects.create(term="grubworm", kind=Term.Kind.BANNED, language="fr")
    verdict = assess(
        "Seigneur, protège les chrétiens persécutés, pas ce grubworm", TRUSTED, SECOND_POST
    )
    assert verdict.action == "hold"
    assert "banned term: grubworm" in verdict.reasons


def test_a_wall_can_raise_a_hold_bar():
    raised = merge_thresholds({"hold": {"insult": 0.995}})
    text = "This is fake-insult talk in English."
    assert assess(text, TRUSTED, Context(thresholds=raised, is_first_post=False)).action == (
        "publish"
    )
    assert assess(text, TRUSTED, SECOND_POST).action == "hold"


@pytest.mark.parametrize(
    "value",
    [[], {"hold": {"nonsense": 0.5}}, {"hold": {"insult": 2}}, {"other": {}}, {"hold": 0.5}],
)
def test_bad_thresholds_are_refused_with_a_reason(value):
    with pytest.raises(ValidationError):
        validate_thresholds(value)


def test_the_classifier_is_chosen_by_setting_and_cached(settings):
    assert isinstance(services.get_classifier(), KeywordFakeClassifier)
    assert services.get_classifier() is services.get_classifier()
    settings.VIGIL_CLASSIFIER = None
    assert isinstance(services.get_classifier(), ContextualClassifier)


# --- the shipped model on a small fixed set -----------------------------------------

REAL_CASES = [
    ("Lord, protect the church in Kazakhstan and give the pastors courage.", "publish"),
    ("Pray for the Christians persecuted by Boko Haram in northern Nigeria.", "publish"),
    ("We thank you for our Muslim neighbours who sheltered the family.", "publish"),
    ("All Muslims are animals and should be thrown out", "hold"),
    ("We will find you and burn your church down", "hold"),
    ("Buy cheap pills and crypto at our shop, best prices", "hold"),
]


@pytest.mark.parametrize(("text", "action"), REAL_CASES)
def test_the_shipped_model_on_a_fixed_set(settings, text, action):
    settings.VIGIL_CLASSIFIER = None
    verdict = assess(text, TRUSTED, SECOND_POST)
    assert verdict.action == action, (verdict.reasons, verdict.scores)


@pytest.mark.parametrize(
    ("ending", "action"),
    [
        ("Kill every Muslim you see.", "hold"),
        ("Kazakhs are backward savages who deserve nothing.", "hold"),
        pytest.param("The imam down the road is a stupid pig.", "hold", marks=RETRAIN_MISS),
        ("Amen, and bless our Muslim neighbours too.", "publish"),
        ("Keep the Sunday school in Shymkent open, and keep the police from its door.", "publish"),
    ],
)
def test_a_long_prayer_is_read_to_its_end(settings, ending, action):
    """``LONG_PRAYER`` is longer than the contextual model's window: what followed it
    used to go unread."""
    settings.VIGIL_CLASSIFIER = None
    verdict = assess(f"{LONG_PRAYER} {ending}", TRUSTED, SECOND_POST)
    assert verdict.action == action, (verdict.reasons, verdict.scores)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("🙏🙏🙏", "publish"),
        ("🙏 🕊️ ❤️", "publish"),
        ("🙏🏾🙏🏾", "publish"),  # a skin tone is no attack
        ("🔪🔪🔪", "hold"),  # weapons, whatever the model says
        ("🖕🖕🖕 💩💩", "hold"),  # the shipped model reads the symbols' names
        ("🐷🐷", "hold"),
        ("...", "hold"),  # punctuation alone: no language, held
    ],
)
def test_a_text_of_symbols_alone_is_judged_by_the_shipped_model(settings, text, action):
    settings.VIGIL_CLASSIFIER = None
    verdict = assess(text, TRUSTED, SECOND_POST)
    assert verdict.action == action, verdict.reasons
    assert verdict.language is None
