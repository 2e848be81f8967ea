"""Tests for the Django-free moderation engine (run with ``-p no:django``)."""

from __future__ import annotations

import random
import re
import string

import pytest

from vigil.moderation.engine.classifier import (
    LABELS,
    KeywordFakeClassifier,
    load,
    load_default,
)
from vigil.moderation.engine.contextual import load_contextual
from vigil.moderation.engine.evaluate import Case, evaluate, format_report
from vigil.moderation.engine.features import hashed_features
from vigil.moderation.engine.homonyms import in_plain_senses, innocent_sense
from vigil.moderation.engine.language import detect_language
from vigil.moderation.engine.linear import HashedLinearClassifier
from vigil.moderation.engine.normalize import normalize, normalize_with_offsets
from vigil.moderation.engine.policy import (
    DEFAULT_THRESHOLDS,
    HELD_MESSAGE,
    Circumstances,
    Thresholds,
    Verdict,
    assess_text,
    decide,
    model_scores,
)
from vigil.moderation.engine.terms import (
    ORDINARY_WORDS,
    TermHit,
    TermMatcher,
    in_plain_words,
    shipped_terms,
)
from vigil.moderation.tests.known import HELD_DOMAIN_PRAYERS, RETRAIN_MISS

# Stand-in vocabulary so the tests need no real slurs: the matcher treats any
# string alike, and the shipped lists are exercised through ordinary profanity.
BANNED = ["fuck", "shit", "zorblax", "kill all"]
SUSPECT = ["ass", "damn", "grimwort"]


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Override the project-wide autouse fixture that clears Django's cache: the
    engine never touches Django, and these tests must run without settings
    (``-p no:django``)."""


@pytest.fixture(autouse=True)
def _fake_classifier_and_plain_static() -> None:
    """Override the moderation app's autouse fixture, which needs pytest-django's
    ``settings``; nothing here reads Django settings."""


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(BANNED, SUSPECT)


# --- normalisation ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sh1t", "shit"),
        ("$h!t happens!", "shit happens"),
        ("@ss", "ass"),
        ("k i l l them", "kill them"),
        ("k.i.l.l", "kill"),
        ("k-i-l-l", "kill"),
        ("k_i_l_l", "kill"),
        ("k*i*l*l", "kill"),
        ("f*ck", "fck"),
        ("fuuuuuck", "fuuck"),
        ("Goooood morning", "good morning"),
        ("Çöçük CAFÉ", "cocuk cafe"),
        ("Psalm 23, 3 kids!!", "psalm 23 3 kids"),
        ("  many   spaces\there ", "many spaces here"),
        ("I am a man", "i am a man"),
        ("U.S.A.", "usa"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_with_offsets_points_into_the_original() -> None:
    raw = "Go f.u.c.k yourself"
    norm, origins = normalize_with_offsets(raw)
    assert norm == normalize(raw)
    assert len(origins) == len(norm)
    start = norm.index("fuck")
    assert raw[origins[start] : origins[start + 3] + 1] == "f.u.c.k"


# --- term matching -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The class will assist the Assyrian Christians.",
        "Scunthorpe is a town in England.",
        "As you wish, brother.",
        "Pass the bass, we have grass.",
        "Pray for the Dickens family in Essex.",
    ],
)
def test_word_boundaries_prevent_false_hits(text: str) -> None:
    assert TermMatcher.default("en").find(text) == []


@pytest.mark.parametrize(
    ("text", "term", "kind", "span"),
    [
        ("what the FUUUUCK", "fuck", "banned", "FUUUUCK"),
        ("you f-u-c-k-i-n-g liar", "fuck", "banned", "f-u-c-k-i-n-g"),
        ("this is $h1t", "shit", "banned", "$h1t"),
        ("kiss my a$$", "ass", "suspect", "a$$"),
        ("K i l l   A L L", "kill all", "banned", "K i l l   A L L"),
        ("damned zorblaxes", "damn", "suspect", "damned"),
    ],
)
def test_finds_obfuscated_terms_with_offsets(
    matcher: TermMatcher, text: str, term: str, kind: str, span: str
) -> None:
    hits = [hit for hit in matcher.find(text) if hit.term == term]
    assert hits and hits[0].kind == kind
    assert text[hits[0].start : hits[0].end] == span


def test_run_lengths_keep_ass_and_as_apart(matcher: TermMatcher) -> None:
    assert [hit.term for hit in matcher.find("asssss")] == ["ass"]
    assert matcher.find("as") == []


def test_banned_beats_suspect_for_the_same_term() -> None:
    hits = TermMatcher(["grimwort"], ["grimwort"]).find("grimwort")
    assert [hit.kind for hit in hits] == ["banned"]


def test_empty_matcher_finds_nothing() -> None:
    assert TermMatcher([], []).find("anything at all") == []


def test_default_lists_load_and_catch_profanity() -> None:
    default = TermMatcher.default("en")
    assert default.size > 50
    assert any(hit.kind == "banned" for hit in default.find("what the f*cking sh1t"))
    assert default.find("Assyrian Christians gathered in Scunthorpe for class") == []
    assert TermMatcher.default("fr").find("putain") != []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("F*** the Taliban and f*** everyone who watches.", ["F***", "f***"]),
        ("What the f**k is wrong with people?", ["f**k"]),
        ("Those b******s burned the church.", ["b******s"]),
        ("What an a**hole.", ["a**hole"]),
        ("S*** happens.", ["S***"]),
        ("F***!", ["F***"]),
        ('"F*** you, Christian," they shouted at him.', ["F***"]),
    ],
)
def test_masked_spellings_of_listed_words_are_suspect_hits(text: str, masked: list[str]) -> None:
    hits = TermMatcher.default("en").find(text)
    assert [(text[hit.start : hit.end], hit.kind) for hit in hits] == [
        (word, "suspect") for word in masked
    ]
    assert [hit.term for hit in hits] == masked


@pytest.mark.parametrize(
    "text",
    [
        # names kept private: after a title or "of", inside a sentence, or opening one
        # before what a name does
        "Pastor S*** was arrested last week in Iran.",
        "Please pray for the believers in the village of K***.",
        "Praying for Sister M*** and her children.",
        "S*** and his wife were arrested. Lord, protect them.",
        "D*** was released today, praise God!",
        "The church in A*** city was raided.",
        # stars that mask no listed word, emphasis, ratings and tags
        "**Pray** for Nigeria.",
        "*Pray* for them, everyone.",
        "G*d is good.",
        "Rated ***** by everyone.",
        "#PrayForNigeria #Nigeria",
        "Footnote* below; q*** z***.",
    ],
)
def test_stars_that_hide_no_listed_word_or_a_name_are_not_hits(text: str) -> None:
    assert TermMatcher.default("en").find(text) == []


def test_a_masked_word_already_found_as_listed_is_one_hit() -> None:
    hits = TermMatcher.default("en").find("Sh*t, this is awful.")
    assert [(hit.term, hit.kind) for hit in hits] == [("sht", "banned")]


def test_masked_profanity_holds_and_never_rejects() -> None:
    verdict = assess_text("F*** the Taliban and f*** everyone who stands by and watches.")
    assert verdict.action == "hold"
    assert "suspect term: F***" in verdict.reasons


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I love spicy food; the spices of Almaty, spiced lamb.", []),
        ("A damning report; the horse was spooked; he cocked his head; add cumin.", []),
        # the listed words themselves and their inflections as slurs still hit
        ("He is a spic, spics go home.", ["spic", "spic"]),
        ("Suck my cock, you damned spook.", ["cock", "damn", "spook"]),
    ],
)
def test_ordinary_words_spelled_as_a_term_and_an_inflection_are_not_hits(
    text: str, words: list[str]
) -> None:
    assert [hit.term for hit in TermMatcher.default("en").find(text)] == words


def test_every_ordinary_word_would_otherwise_be_a_hit() -> None:
    """Each word of ``ORDINARY_WORDS`` is a listed term and an inflection, so the list
    holds no word that needs no exception."""
    plain = TermMatcher(*shipped_terms("en"))
    plain._ordinary = frozenset()
    for word in ORDINARY_WORDS:
        assert plain.find(word), word


def test_ordinary_words_the_model_misreads_are_read_plainly() -> None:
    assert in_plain_words("A DAMNING report; Cumin and a cocker spaniel.") == (
        "A scathing report; caraway and a springer spaniel."
    )
    assert in_plain_words("Damn, damned cum.") == "Damn, damned cum."


def test_ten_thousand_terms_over_a_thousand_texts() -> None:
    """Correctness at scale (timing is measured by the evaluation, not asserted)."""
    rng = random.Random(7)
    terms = sorted(
        {"".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10))) for _ in range(10_000)}
    )
    big = TermMatcher(terms[:5_000], terms[5_000:])
    filler = ["pray", "for", "the", "church", "in", "iran", "lord", "protect", "them"]
    for index in range(1_000):
        planted = terms[index * 10 % len(terms)]
        words = [*rng.choices(filler, k=12), planted.upper(), *rng.choices(filler, k=5)]
        hits = big.find(" ".join(words))
        assert planted in {hit.term for hit in hits}
        assert {hit.kind for hit in hits if hit.term == planted} == {
            "banned" if planted in terms[:5_000] else "suspect"
        }


# --- policy ---------------------------------------------------------------------

CALM = dict.fromkeys(LABELS, 0.01)


def _hit(kind: str) -> TermHit:
    return TermHit(term="x", kind=kind, start=0, end=1)


def test_banned_term_used_to_offend_rejects_with_a_message() -> None:
    scores = {**CALM, "identity_attack": 0.99}
    decision = decide(text="x", scores=scores, hits=[_hit("banned")], language="en")
    assert decision.action == "reject"
    assert decision.reasons == ["banned term: x", "classifier.identity_attack"]
    assert "rewrite" in decision.message


def test_banned_profanity_that_only_insults_holds() -> None:
    scores = {**CALM, "insult": 0.99, "obscene": 0.99}
    decision = decide(text="x", scores=scores, hits=[_hit("banned")], language="en")
    assert decision.action == "hold"


def test_banned_term_rejects_only_at_the_confirming_bar_above_the_hold_bar() -> None:
    """Over the hold bar but under the bar that confirms an attack: held for a person,
    not rejected; at that bar, rejected."""
    bars = Thresholds(hold=DEFAULT_THRESHOLDS.hold, reject={}, term_reject=0.95)
    circumstances = Circumstances(thresholds=bars)
    likely = {**CALM, "identity_attack": 0.9}
    held = decide(text="x", scores=likely, hits=[_hit("banned")], language="en",
                  circumstances=circumstances)  # fmt: skip
    assert held.action == "hold"
    assert held.message == HELD_MESSAGE
    sure = {**CALM, "threat": 0.96}
    rejected = decide(text="x", scores=sure, hits=[_hit("banned")], language="en",
                      circumstances=circumstances)  # fmt: skip
    assert rejected.action == "reject"


def test_shipped_model_confirms_a_banned_term_above_its_hold_bar() -> None:
    """The shipped bar for rejecting a banned term is stricter than the hold bars of the
    labels that confirm it (chosen on the dev split, see the model card)."""
    bar = DEFAULT_THRESHOLDS.term_reject
    assert bar is not None
    assert bar > max(DEFAULT_THRESHOLDS.hold["identity_attack"], DEFAULT_THRESHOLDS.hold["threat"])


def test_banned_term_the_model_reads_as_no_offence_holds() -> None:
    """Quoted to condemn it, or reclaimed: a person decides."""
    decision = decide(text="x", scores=CALM, hits=[_hit("banned")], language="en")
    assert (decision.action, decision.reasons) == ("hold", ["banned term: x"])


def test_banned_term_in_the_name_rejects() -> None:
    decision = decide(
        text="Amen",
        scores=CALM,
        hits=[],
        language="en",
        name_hits=[_hit("banned")],
    )
    assert (decision.action, decision.reasons) == ("reject", ["name: banned term: x"])


def test_suspect_term_holds() -> None:
    decision = decide(text="x", scores=CALM, hits=[_hit("suspect")], language="en")
    assert (decision.action, decision.reasons) == ("hold", ["suspect term: x"])


def test_nothing_found_publishes() -> None:
    assert decide(text="x", scores=CALM, hits=[], language="en").action == "publish"


def test_a_text_whose_language_cannot_be_told_is_held() -> None:
    decision = decide(text="x", scores=None, hits=[], language=None)
    assert (decision.action, decision.reasons) == ("hold", ["language.unknown"])


def test_a_text_of_symbols_alone_is_read_by_the_models_not_held_for_its_language() -> None:
    prayer = decide(text="🙏🙏🙏", scores=CALM, hits=[], language=None)
    assert prayer.action == "publish"
    attack = decide(text="🖕🖕", scores={**CALM, "insult": 0.99}, hits=[], language=None)
    assert (attack.action, attack.reasons) == ("hold", ["classifier.insult (uncertain)"])
    # Symbols are read less surely than words: the lower bars of an untrained language.
    label = "identity_attack"
    between = DEFAULT_THRESHOLDS.hold[label] * (DEFAULT_THRESHOLDS.uncertain_factor + 1) / 2
    lean = decide(text="🙏", scores={**CALM, label: between}, hits=[], language=None)
    assert lean.reasons == [f"classifier.{label} (uncertain)"]
    weapon = decide(text="🔪🔪", scores=CALM, hits=[], language=None)
    assert (weapon.action, weapon.reasons) == ("hold", ["symbols.weapon"])
    # Punctuation or digits alone say nothing a model can read: unknown, held.
    for text in ("...", "123", "🙏 amen"):
        held = decide(text=text, scores=CALM, hits=[], language=None)
        assert held.reasons == ["language.unknown"], text
    # Nor when no model's languages are trusted.
    untrusted = decide(
        text="🙏", scores=CALM, hits=[], language=None, trained_languages=frozenset()
    )
    assert untrusted.action == "hold"


@pytest.mark.parametrize("label", LABELS)
def test_the_classifier_alone_never_rejects(label: str) -> None:
    decision = decide(text="x", scores={**CALM, label: 0.999}, hits=[], language="en")
    assert (decision.action, decision.reasons) == ("hold", [f"classifier.{label}"])


def test_a_walls_reject_bar_rejects_and_names_the_rule() -> None:
    strict = Circumstances(
        thresholds=Thresholds(hold=DEFAULT_THRESHOLDS.hold, reject={"obscene": 0.97})
    )
    decision = decide(
        text="x", scores={**CALM, "obscene": 0.99}, hits=[], language="en", circumstances=strict
    )
    assert (decision.action, decision.reasons) == ("reject", ["classifier.obscene"])
    assert "obscenity" in decision.message
    moderate = decide(
        text="x", scores={**CALM, "obscene": 0.9}, hits=[], language="en", circumstances=strict
    )
    assert moderate.action == "hold"


def test_untrained_language_is_never_rejected_by_the_classifier() -> None:
    decision = decide(text="x", scores={**CALM, "obscene": 0.999}, hits=[], language="fr")
    assert decision.action == "hold"
    assert "language.untrained" in decision.reasons


def test_untrained_language_is_held_whatever_the_scores() -> None:
    label = "identity_attack"
    between = DEFAULT_THRESHOLDS.hold[label] * (DEFAULT_THRESHOLDS.uncertain_factor + 1) / 2
    scores = {**CALM, label: between}
    assert decide(text="x", scores=scores, hits=[], language="en").action == "publish"
    unknown = decide(text="x", scores=scores, hits=[], language=None)
    assert (unknown.action, unknown.reasons) == (
        "hold",
        ["language.unknown", f"classifier.{label} (uncertain)"],
    )
    calm = decide(text="x", scores=CALM, hits=[], language="pl")
    assert (calm.action, calm.reasons) == ("hold", ["language.untrained"])


def test_word_lists_hold_in_untrained_languages() -> None:
    decision = decide(text="x", scores=CALM, hits=[_hit("banned")], language="fa")
    assert (decision.action, decision.reasons[0]) == ("hold", "banned term: x")


def test_assess_text_with_fakes() -> None:
    fake = KeywordFakeClassifier()
    words = TermMatcher(BANNED, SUSPECT)
    assert (
        assess_text("Lord, bless Iran", classifier=fake, matcher=words, detect=None).action
        == "publish"
    )
    assert (
        assess_text("fake-insult here", classifier=fake, matcher=words, detect=None).action
        == "hold"
    )
    assert (
        assess_text("zorblax fake-threat", classifier=fake, matcher=words, detect=None).action
        == "reject"
    )
    assert assess_text("Amen", "grimwort", classifier=fake, matcher=words, detect=None).reasons == [
        "name: suspect term: grimwort"
    ]


# --- classifiers ------------------------------------------------------------------


def test_keyword_fake_classifier() -> None:
    fake = KeywordFakeClassifier({"boom": "threat"})
    [scores, calm] = fake.predict(["BOOM goes the", "peace"])
    assert scores["threat"] == 0.99 and scores["insult"] == 0.01
    assert set(calm.values()) == {0.01}
    assert fake.labels == LABELS


def test_load_by_dotted_path() -> None:
    assert isinstance(
        load("vigil.moderation.engine.classifier.KeywordFakeClassifier"), KeywordFakeClassifier
    )
    assert isinstance(
        load("vigil.moderation.engine.classifier:load_default"), HashedLinearClassifier
    )
    with pytest.raises(ImportError):
        load("nodots")
    with pytest.raises(TypeError):
        load("vigil.moderation.engine.normalize.normalize")


def test_features_are_stable_across_processes() -> None:
    """Serving must hash exactly as training did: a change needs a retrain and
    a new FEATURES_VERSION."""
    docs, buckets = hashed_features(["fuck you", "", "the fuuuck you"], 20)
    assert buckets[:6].tolist() == [115254, 887864, 362323, 291682, 1047493, 279958]
    assert set(docs.tolist()) == {0, 2}


def test_shipped_model_loads_small_and_scores_batches() -> None:
    model = load_default()
    assert model.labels == LABELS
    assert model.weights.nbytes < 20_000_000
    batch = model.predict(["Lord, protect the church in Iran.", "", "you are a worthless idiot"])
    assert len(batch) == 3 and all(0.0 <= p <= 1.0 for scores in batch for p in scores.values())
    assert batch[0] == pytest.approx(model.predict(["Lord, protect the church in Iran."])[0])


CLEAR_BENIGN = [
    "Lord, protect the believers in North Korea.",
    "Comfort the families of the pastors killed in Nigeria.",
    "We pray for the Muslim families who sheltered Christians during the riots.",
    "Soften the hearts of the police who arrest house church members.",
    "Bless our Jewish neighbours this Shabbat.",
    "Heal my mother, she is in hospital.",
    "Give peace to the people of Sudan.",
    "Thank you for the Hindu doctor who treated our pastor.",
    "We forgive the men who burned our church.",
    "Pray for the converts rejected by their families in Iran.",
    "May the atheist students in my class find kindness from Christians.",
    "Protect the Rohingya refugees in Bangladesh.",
    "Keep the Coptic Christians in Egypt safe this Christmas.",
    "Strengthen the believers imprisoned in Eritrea.",
]
# Counter-speech that quotes a slur-like claim is the model's known weak spot (see the
# model card): it is held for a moderator, never rejected. Strict, so a fix shows.
COUNTER_SPEECH = ["Calling Muslims terrorists is wrong; they are our neighbours."]
CLEAR_HATEFUL = [
    "Muslims are filthy animals who should be driven out.",
    "Jews are greedy parasites.",
    "I will kill you and your whole family.",
    "We will burn your church to the ground.",
    "You are a pathetic worthless idiot.",
    "Shut up, you stupid moron.",
    "Send me nudes, sexy girl.",
    "Earn $500 a day from home, click here.",
    "Buy cheap followers now, DM me on WhatsApp.",
    "Lord, wipe the Hindus off the face of the earth.",
    "God, let every atheist burn alive.",
    "Black people are subhuman trash.",
    "f u c k this wall",
    "What the sh1t is this.",
    "Refugees are rats and should be gassed.",
]


@pytest.mark.parametrize("text", COUNTER_SPEECH)
def test_counter_speech_is_published(text: str) -> None:
    """The contextual stage reads who says what: condemning an attack is not one."""
    assert assess_text(text, detect=None).action == "publish"


@pytest.mark.parametrize("text", CLEAR_BENIGN)
def test_shipped_model_publishes_clear_benign_prayers(text: str) -> None:
    decision = assess_text(text, detect=None)
    assert decision.action == "publish", decision


@pytest.mark.parametrize("text", CLEAR_HATEFUL)
def test_shipped_model_stops_clear_attacks(text: str) -> None:
    decision = assess_text(text, detect=None)
    assert decision.action in {"hold", "reject"}, decision


# --- language and evaluation ------------------------------------------------------


def test_detect_language() -> None:
    assert detect_language("Lord, protect the persecuted believers in our country.") == "en"
    assert detect_language("Seigneur, protège les chrétiens persécutés dans notre pays.") == "fr"
    assert detect_language("Amen") == "en"
    assert detect_language("Xqzt") is None


def test_evaluate_tallies_categories() -> None:
    cases = [
        Case("good", "benign", "a"),
        Case("bad", "hateful", "b"),
        Case("worse", "hateful", "b"),
        Case("fine", "benign", "a"),
    ]
    actions = {"good": "publish", "bad": "hold", "worse": "publish", "fine": "reject"}
    report = evaluate(cases, lambda text: Verdict(actions[text]))
    assert (report.categories["a"].published, report.categories["a"].benign_rejected) == (1, 1)
    assert (report.categories["b"].caught, report.categories["b"].hateful) == (1, 2)
    assert report.overall.n == 4 and report.throughput > 0
    assert "OVERALL" in format_report(report, failures=5)


@pytest.mark.parametrize(
    "text",
    [
        "I'll find you and hurt you.",
        "We know where your pastor lives.",
        "You are going to die for this.",
        "I bought a knife this morning.",
        "The Sikhs round here had better watch their backs.",
        "They will pay in blood for this.",
        "Keep posting and I'll make sure everyone knows where you live.",
        "I found your home address, Priya.",
        # killing called for against a people, in the writer's own voice, whatever follows
        "Hang every Hindu in that village, let them feel what our people felt.",
        "Atheists who mock God should have their throats cut.",
        "Muslims should all be killed.",
        "Let's go down to the Black neighbourhood tonight and teach them a lesson they won't "
        "forget.",
        "Somebody should teach those immigrants a lesson.",
    ],
)
def test_threat_forms_are_found(text: str) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert threat_phrases(text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers said they would kill anyone who prayed.",
        "Lord, you will never leave them.",
        "We will pray for the men who burned the church.",
        "Protect the family whose son was shot last year.",
        "They told us to watch our backs, Lord. Keep us safe.",
        "Jesus paid for our sins in blood.",
        "Christians should not be killed for their faith.",
        "Kill every mosquito in the house.",
        "Those who killed Christians should be punished.",
        # the call reported or quoted, as counter-speech tells of it
        "The extremist video said all Christians must be killed. We pray its makers find mercy.",
        'Statements like "Muslims should all be killed" are deeply hurtful.',
        "Someone shouted that Jews should be gassed at the march.",
        "'Hang every Christian' is what the mob chanted. Lord, have mercy.",
        "We should teach them a lesson in love: invite the Muslim family next door to dinner.",
        "Somebody needs to teach the kids a lesson about kindness.",
    ],
)
def test_reported_violence_and_prayers_are_not_threat_forms(text: str) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert threat_phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I hate Hindus.",
        "Honestly, I really can't stand immigrants.",
        "I’m sick of refugees.",
        "I despise Jews and everything they stand for.",
        "Muslims are animals, not people.",
        "Those filthy Arabs are nothing but vermin.",
        "Trans people are not human.",
        "Jews are not just as human as anyone else.",
        "Gay people disgust me.",
        "Women who speak up in church should be beaten.",
        "I have met many Sikhs, and I hate every single one of them.",
        "I will never trust Jews.",
        "Black lives don't matter.",
        "I would love to see Hindus suffer.",
        "Refugees belong in a zoo.",
        "Immigrants are a burden on society.",
        "Our street was safer before the Roma moved in.",
        "I'm sorry but I genuinely can't bear refugees.",
        "I have nothing but contempt for Hindus.",
        "No refugees allowed.",
        "Gay people are not welcome here.",
        "Hindus have no place in this country.",
        "Women don't deserve to live.",
        "Women should know their place.",
        "Immigrants should just be grateful and keep their mouths shut!",
        "Refugees should be grateful and keep quiet.",
        "Our town was nice before the Somalis moved in.",
        "Hindus are fine, as long as they don't cook near us.",
        "Gay people can come to church, as long as they sit at the back.",
        "A Jewish family moved in next door. They will take over the whole street.",
        "My colleague is a Christian. People like him are so stupid.",
        "Our church hired a trans secretary. It is a freak.",
        "Women belong in the kitchen, not in the pulpit.",
        "Atheists have no morals at all.",
        "Gay people are perverted and should be ashamed to exist.",
        "Disabled people are defective products that should have been recalled.",
        "Women were happier when they stayed home.",
        "A Sikh family opened a shop here. I hope they go bust.",
        "Christians held a vigil. Someone should shut them up for good.",
        "Pakistanis are a tumour on this country that needs cutting out.",
        "Refugees are a burden on all of us.",
        # a place of punishment or a harm said to be what a people deserve
        "The labour camps of North Korea are where Christians belong.",
        "Iran's prisons are the right place for Christians.",
        "The prisons of Iran are too good for those converts.",
        "Human rights violations are what Jews deserve.",
        "Religious freedom violations are fine when they target Muslims.",
        "Honest question: why do we let disabled people have kids when they're a burden on all "
        "of us?",
    ],
)
def test_contempt_forms_are_found(text: str) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert contempt_phrases(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will never hate Muslims.",
        "I used to hate Muslims. I was wrong, Lord, forgive me.",
        "Why do people hate Jews? It makes no sense.",
        'He wrote "I hate Jews" on the wall of the synagogue.',
        "Someone told me: I hate Jews. I reported him.",
        "Saying Muslims are animals is wicked.",
        "Muslims are not animals.",
        "Refugees are people, not animals.",
        "I hate it when people mock Muslims.",
        "I hate Christians being killed for their faith.",
        "I hate that Christians are persecuted.",
        "No one should be killed for their faith.",
        "I fucking hate chinese burns.",
        "The soldiers came for the Christians. I will never trust the regime.",
        "I pray that the refugees suffer no more.",
        "I would love to see Muslims and Christians pray together.",
        "Refugees are not a burden on society.",
        "Muslims are just as human as anyone else.",
        "Christians belong in our prayers.",
        "I am sickened by the attacks on Muslims.",
        "I have nothing but love for refugees.",
        "Christians are not welcome in Iran, so they meet in secret.",
        "In North Korea no Christians are allowed to meet.",
        "Christians don't deserve to die for their faith.",
        "Converts must keep quiet or face prison.",
        "Converts must stay quiet to survive.",
        "Nobody should tell women to know their place.",
        "Refugees are welcome here as long as they need a home.",
        "Muslims can pray in our hall as long as they like.",
        "A Muslim family moved in next door. They brought us bread.",
        "My colleague is a Christian. People like him are so kind.",
        "A trans woman spoke at our church. It was a beautiful thing.",
        "They will take over the world.",  # no people named before it
        "Christians belong in prison, according to the judge.",
        "Women belong in the kitchen, the imam said.",
        "Christians in Eritrea have no rights.",
        "Christian prisoners in Iran are suffering. I pray they suffer no more.",
        "Refugees are not mistakes that should be erased.",
        "Christians are persecuted in Iran. It is an abomination.",
        "A Muslim woman opened a bakery. It is a thing of beauty.",
        "A Christian bus driver died on the road. It's a freak accident.",
        "Refugees live in camps in Lebanon. They are filthy and overcrowded.",
        "Pakistanis are a blessing to this country.",
        "The regime says prison is where converts belong.",
        "Anyone who thinks prison is where Christians belong is sick.",
        "Prison is too good for the men who killed Christians.",
        "Freedom is what Christians deserve.",
        "Church is where Christians belong.",
        "The right place for Christians is in church.",
        "People claim refugees should leave because they are parasites. That is a lie.",
        "We welcome refugees because they are a blessing.",
    ],
)
def test_reported_negated_and_other_contempt_is_not_a_contempt_form(text: str) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert contempt_phrases(text) == []


def test_a_contempt_form_holds_what_the_scores_would_publish() -> None:
    low = {"identity_attack": 0.1, "insult": 0.05, "threat": 0.01}
    held = decide(text="I despise Sikhs.", scores=low, language="en")
    assert (held.action, held.reasons) == ("hold", ["pattern.contempt"])
    assert decide(text="I despise cold coffee.", scores=low, language="en").action == "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Muslims deserve the same rights as everyone else.",
        "Trans people deserve equal rights and respect.",
        "Jews are just as human as anyone else.",
        "Refugees are human beings too.",
        "Muslims are just people like everyone else.",
        "Gay people are just like everyone else.",
        "Gay people are just people.",
        "Refugees are ordinary people.",
        "Most refugees just want to be safe.",
        "Refugees are not numbers, they are people.",
        "Muslims have contributed a lot to science.",
        "Muslim women choose to wear the hijab for many reasons.",
        "Muslims have the right to build mosques.",
        "There are Muslims in every profession.",
        "There is nothing wrong with immigrants.",
        "What is life like for trans people in Russia?",
        "Trans rights are human rights.",
        "Black history should be taught in every school.",
        "Why do some people hate immigrants so much?",
        "Women make up half the population.",
        "The Taliban are hunting down converts in Afghanistan. Hide them, Lord.",
        "Militants are killing Muslims in Myanmar. Protect them, Lord.",
        "I could never hate someone because they're trans.",
        "All this talk about immigrants being criminals is racist nonsense.",
        "Muslims are not a threat, they're our neighbours.",
        "Refugees are no different from the rest of us.",
        "Roma deserve respect, just like everyone else.",
        "saying muslims are animals is disgusting",
        "Hating Jews is wrong.",
        "it is never okay to insult jews",
        "Stereotyping Arabs as violent is racism, plain and simple.",
        "Why do people hate Arabs? It makes no sense.",
        "If you hate Black people, you are the problem.",
        "You can't say Muslims are animals, that is hate.",
        "We should celebrate Jews.",
        "Muslim women should be free to wear a headscarf at work.",
        "Roma children have every right to attend school alongside everyone else.",
        "Jewish people have enriched our culture beyond measure.",
        # a share of a population, or how many live where, stated
        "Muslims make up most of the population of Kazakhstan.",
        "Christians are about 2 % of the people of Iran.",
        "There are about 2 million Christians in Egypt.",
        # a question about a people's persecution
        "Why are so many Christians persecuted in Muslim-majority countries?",
        # curiosity about a practice
        "Why do Jewish people not eat pork? Genuinely curious.",
        "Why do some atheists become Christians later in life?",
        "Why do Hindus celebrate Diwali?",
        # a people's faith, stated, and that a people exists
        "Most Kazakhs are Muslim.",
        "Most Iranians are Shia Muslims.",
        "Uyghurs are mainly Sunni Muslims in Xinjiang.",
        "Most North Koreans are atheists.",
        "About 10% of Egyptians are Coptic Christians.",
        "Trans people exist.",
        "Muslims exist too.",
        # a slogan of worth, a greeting, what most of a people do, how long they have lived
        # somewhere, and nothing wrong with being one of them
        "Muslim lives matter.",
        "Jewish lives matter.",
        "Eid Mubarak to all our Muslim neighbours!",
        "Chag sameach to our Jewish friends.",
        "Most immigrants work hard.",
        "Most Jews reject violence.",
        "Trans women are women.",
        "Jews have lived in Europe for two thousand years.",
        "Christians have worshipped in Iraq since the 1st century AD.",
        "There's nothing wrong with being a Muslim.",
        "There is nothing disgusting about being trans.",
        # nothing held against a people, and no patience with those who attack them
        "I have nothing against Hindus.",
        "We've got absolutely nothing against refugees.",
        "I can't stand people who hate Jews.",
        "I hate people who hate black people",
        "You can't just say that Arabs are terrorists.",
        # questions: how to help, a country's place on the list
        "What can we do to help persecuted Jews?",
        "What's the best way to support trans teens in a youth group?",
        "What's the best way to support Uyghur Muslims and Chinese Christians at the same time?",
        "Why is Kazakhstan on the watch list?",
        "Why is Iran ranked so high on the list this year?",
        # what a people suffers, stated
        "Muslims in China face terrible persecution.",
        "Jews in Europe face rising hatred.",
        "Rohingya Muslims suffered genocide.",
        "Trans people face violence every day.",
        "Uyghur Muslims face mass surveillance.",
        "Telling Jews to go back to where they came from is antisemitic.",
        "whats the difference between coptic and greek orthodox? sorry if dumb question",
        "Chinese people are not the same thing as the Chinese Communist Party.",
        "Afghans are not the Taliban.",
        # a people praised in good words and nothing else, or the equal of others
        "Immigrants are honest, hardworking people.",
        "Most Jews are decent, ordinary people.",
        "Muslims are law-abiding citizens like the rest of us.",
        "Mexicans are hard workers.",
        "Immigrants are honest, hard working neighbours.",
        "Most refugees just want to raise their kids in peace.",
        "Most Muslims are kind, just like most people.",
        "Refugees in our town are such welcoming neighbours.",
        "Women are just as smart as men.",
        "Black people are just as intelligent as white people.",
        "Gay people are just as normal as straight people.",
        "Most Muslims want peace, just like everyone else.",
        "Immigrants pay taxes like everyone else.",
        "Trans people are just trying to live their lives.",
        "Christians are human beings.",
        # a rite of a faith told as a plain statement
        "Muslims break their fast at sunset.",
        "Hindus cremate their dead.",
        "Jews break a glass at weddings.",
        "Muslims slaughter a sheep at Eid al-Adha.",
        "Sikhs carry a small sword called a kirpan.",
        "Jewish boys are circumcised at eight days old.",
        "Muslims do not eat pork.",
        "Muslims face Mecca when they pray.",
        "Orthodox Jews do not drive on the Sabbath.",
        # one's own faith kept, said of oneself
        "I am a Muslim woman and I wear a headscarf.",
        "As a Jewish man, I keep kosher.",
        "I wear a turban because I am a Sikh.",
        "I am a Muslim woman. I wear a headscarf.",
    ],
)
def test_affirmations_of_a_group_are_found(text: str) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text)


@pytest.mark.parametrize(
    "text",
    [
        # something else said beside the affirmation
        "Muslims deserve the same rights as everyone else. Just not in my street.",
        "Jews are just as human as anyone else, but they should all leave.",
        "Refugees are human beings too. Send them back anyway.",
        "Jews are just people like everyone else, but they control the banks.",
        "Gay people are just like everyone else, sick.",
        "Gay people are just people who chose sin.",
        "Most refugees just want to take our jobs.",
        "Refugees are not numbers, they are vermin.",
        "Muslims have contributed a lot to terrorism.",
        "Muslim women wear the hijab because their men force them.",
        "Muslims pray five times a day but still hate us.",
        "Muslims usually wear bombs.",
        "There are Muslims in every profession, sadly.",
        "Jews have the right to leave.",
        "There is nothing wrong with immigrants, except all of them.",
        "What is life like for trans people in Russia? Hell, I hope.",
        "Black history should be taught in every school, as a warning.",
        "Why do some people hate immigrants so much? Because they're vermin.",
        "Muslims make up most the population, sadly.",
        "The Taliban are hunting down Muslims in Afghanistan. Good.",
        "The Taliban are hunting down converts in Afghanistan. Hide them, Lord. Kill the Muslims.",
        "Muslims are hunting down converts. Kill them, Lord.",
        "I could never hate someone because they're trans, but I hate trans people.",
        "Saying Muslims are animals is disgusting. They are.",
        "Hating Jews is wrong, but they deserve it.",
        "Saying Muslims are animals is true.",
        "It is never okay to insult Jews, except on Sundays.",
        "Blaming Muslims is justified.",
        "Muslims are just people like everyone else. Rats.",
        # worded like one, not one
        "Women deserve the same rights as animals.",
        "Gay people deserve to die.",
        "Muslims deserve the rope.",
        "Why do people love Jews? They are vermin.",
        "We should deport Muslims.",
        "You can say Muslims are animals, that is fine.",
        # a freedom that excludes, or no freedom at all
        "Muslims should be free to pray, but not here.",
        "Muslims should be allowed to live in their own countries.",
        "Immigrants have every right to go back home.",
        "Jews have every right to leave.",
        "Muslims should be allowed to be killed.",
        "Muslims should be free to pray, and then they should be deported.",
        "Jews have enriched the banks at our expense.",
        # a share that is a stereotype, or a count with a complaint beside it
        "Immigrants make up 90% of the prison population.",
        "Muslims make up most of the criminals in this city.",
        "Muslims make up most of the population, but not for long.",
        "There are 3 million Muslims in France and that is too many.",
        "There are 3 million Muslims in France, too many.",
        "Why are Jews hated everywhere they go?",
        "Why do Muslims pray to a false god?",
        "Why do Jews wear those stupid hats?",
        "Why do Muslims always cover their women?",
        "Why do black people eat so much chicken?",
        "Why do Muslims marry their cousins?",
        # a vice, not a faith, as what a people is; or more said beside the faith
        "Most Muslims are terrorists.",
        "Most Arabs are Muslims and terrorists.",
        "Most Jews are Zionists.",
        "Muslims are infidels.",
        "Most Kazakhs are Muslim, so they cannot be trusted.",
        "Most immigrants are Muslims and they will outbreed us.",
        "Trans people shouldn't exist.",
        "Trans people exist, sadly.",
        "Muslims exist to be killed.",
        "White lives matter.",
        "Muslim lives don't matter.",
        "Jewish lives matter less.",
        "Trans lives matter in no way whatsoever!",
        "I have nothing against Hindus, but they should go home.",
        "I have nothing against Muslims but I don't want them here.",
        "I have nothing against Jews. They just control too much.",
        "I've got nothing against gays as long as they keep it private.",
        "I can't stand people who defend Muslims.",
        "I can't stand people who hate Jews. Jews are the best.",
        "There is nothing disgusting about being trans, except everything.",
        "There is nothing human about being a Muslim.",
        "You can't even say that Muslims are terrorists anymore.",
        "Jews face hatred because they deserve it.",
        "Muslims in Europe deserve to face violence.",
        "Jews in Israel should face genocide.",
        "Muslims face violence in Europe and they deserve it.",
        "Gays face prison in Uganda as they should.",
        "Jews suffered genocide at the hands of heroes",
        "Why are Muslims on the list?",
        "Why is Israel even on the list?",
        "Why is the Jew on the list?",
        "Why is islam on the list?",
        "What do Muslims believe? Nothing but violence.",
        "What can we do to help deport Muslims?",
        "What's the best way to help Jews disappear?",
        "What's the best way to protect our children from Muslims?",
        "What's the best way to support the deportation of Muslims?",
        "What's the best way to help rid our town of Jews?",
        "What should we do to help the Jews find their way to the ovens?",
        "What's the best way to help stupid Muslims?",
        "What can we do to help them leave?",
        "How do Muslims keep getting away with it?",
        "When do Muslims become human?",
        "What do Jews say when they see money?",
        "Where do refugees go to steal?",
        "When do women become smart?",
        "Why do Muslims keep getting away with it?",
        "Trans people face violence, as they should.",
        "Muslims face violence because they are violent.",
        "Muslims face persecution and they deserve it.",
        "Jews face rising hatred. Good.",
        "Muslims should face prison.",
        "Gays suffer from a mental illness.",
        "muslims face genocide lol",
        "You can't say Jews are greedy, but they are.",
        "You can't just say that Muslims are peaceful.",
        "You can't say that blacks are human",
        "You can't say gays are perverts these days.",
        "Eid Mubarak to all our Muslim neighbours, now leave.",
        "Most immigrants work hard at stealing our jobs.",
        "Most Jews reject violence, they prefer money.",
        "Most Muslims are peaceful but Islam is not.",
        "Jews have lived in Europe for too long.",
        "Jews have lived in Europe since forever and ruined it.",
        "Jews have lived in Europe for two thousand years, too long.",
        "Trans women are women? No.",
        "What's the difference between Muslims and terrorists? sorry if dumb question",
        "Muslims are not the same as humans.",
        "Russians are not the same as Putin, they are worse.",
        # praise with anything else in it, or in words a stereotype uses
        "Mexicans are great at cleaning toilets.",
        "Jews are good with money.",
        "Jews are rich and powerful.",
        "Jews are clever people.",
        "Jews are great bankers.",
        "Immigrants are hard workers, when they bother to work.",
        "Muslims are peaceful until they get the numbers.",
        "Gay people are nice people, but they shouldn't teach kids.",
        "Muslims are kind people. Kind of dangerous.",
        "Muslims are good people. Dead ones.",
        "Black people are just as intelligent as apes.",
        "Women are just as capable as men at making sandwiches.",
        "Muslims are ordinary people, ordinary terrorists.",
        "Most Muslims are decent people, the rest should be deported.",
        "Immigrants are lovely people, in their own countries.",
        "Most Jews want peace, like the rest of the parasites.",
        "Trans people are just trying to live their lives. Pathetic.",
        # a rite, and then something more
        "Muslims slaughter a sheep at every Christian's door.",
        "Jews break a glass at weddings and steal the rest.",
        "Muslims break their fast at sunset and riot by midnight.",
        "Muslims face Mecca when they pray for our deaths.",
        "Hindus cremate their dead in our rivers.",
        "Muslims slaughter a lamb in the street.",
        "Muslims slaughter a sheep at Eid, then a Christian.",
        "Muslims do not eat pork because they are pigs.",
        "Sikhs carry a kirpan to stab people.",
        "Jews drink blood.",
        "Muslims slaughter cows.",
        "Muslims slaughter a cow at Eid.",
        "Christian converts must be circumcised.",
        # one's own faith, and then something more
        "I am a Christian and I wear a cross to scare Muslims.",
        "I'm a Jew and I keep kosher, unlike the filthy Arabs.",
        "I am a Muslim and I hate Jews.",
        "I am a Muslim. Jews are pigs.",
        "I am a proud racist and I wear a cross.",
        "I am a Christian and I go to church to pray for the death of all Muslims.",
        "",
    ],
)
def test_anything_more_or_else_is_not_an_affirmation(text: str) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert not affirms_a_group(text)


def test_an_affirmation_is_not_held_on_the_attack_scores_alone() -> None:
    text = "Muslims are just as human as anyone else."
    high = {"identity_attack": 0.94, "insult": 0.64, "threat": 0.2}
    assert decide(text=text, scores=high, language="en").action == "publish"
    # with something else said, the same scores hold
    other = text + " Still, keep them out."
    assert decide(text=other, scores=high, language="en").action == "hold"
    # the other labels and the language rule still apply
    sexual = {**high, "sexual": 0.99}
    assert decide(text=text, scores=sexual, language="en").action != "publish"
    assert decide(text=text, scores=high, language="pl").action == "hold"


@pytest.mark.parametrize(
    "text",
    [
        "Burning churches is a barbaric crime.",
        "Kidnapping schoolgirls is a monstrous, cowardly act.",
        "Forced conversions and forced marriages are an abomination.",
        "The regime's blasphemy laws are evil and should be scrapped.",
        "Torture in prisons is evil, whoever does it.",
        "Genocide is a crime against humanity.",
        "The abuse Muslim women receive for wearing hijabs is horrible.",
    ],
)
def test_condemnations_of_an_act_are_found(text: str) -> None:
    from vigil.moderation.engine.condemnation import condemns_an_act

    assert condemns_an_act(text)


@pytest.mark.parametrize(
    "text",
    [
        "Being gay is an abomination.",  # being something is no act
        "Converting to Islam is an abomination.",
        "Practising Hinduism is evil.",
        "Terrorism by Muslims is evil.",  # names a group as who does it: left to the model
        "Burning churches is wrong, but they had it coming.",
        "Burning churches is not a crime.",
        "Killing them is a duty.",
        'Burning churches is "a crime", they say.',
        "The abuse Muslim women receive is deserved.",
        "The abuse Muslim women receive from their husbands is horrible, Muslims are animals.",
        "",
    ],
)
def test_anything_else_is_not_a_condemnation(text: str) -> None:
    from vigil.moderation.engine.condemnation import condemns_an_act

    assert not condemns_an_act(text)


def test_a_condemnation_is_not_held_on_the_attack_scores_alone() -> None:
    text = "Kidnapping schoolgirls is a monstrous, cowardly act."
    high = {"identity_attack": 0.98, "insult": 0.9, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"
    assert decide(text=text, scores={**high, "threat": 0.95}, language="en").action == "hold"
    assert decide(text=text + " Good.", scores=high, language="en").action == "hold"


@pytest.mark.parametrize(
    "text",
    [
        "I hate mayo it's gross",
        "That film was a vile waste of two hours.",
        "I hate this printer. It's a worthless pile of junk.",
        "Pineapple on pizza is an abomination.",
        "Mondays are the worst. Honestly!",
        # evils and ills, which a wall about persecution condemns
        "Persecution is a vile evil and I loathe it.",
        "Hatred is poison. Get rid of it.",
        "Cancer is a monster. I hate it so much.",
        "Slavery is a filthy, wicked institution and must be wiped out.",
        "THIS PRINTER IS GARBAGE",
        "French fries are horrible",
        "These cockroaches in the kitchen need to die, poison every single one.",
        "Corruption is a cancer eating away at this nation.",  # the evil, at a country
        "Poverty is a disgrace in a country this rich.",
        "This lasagne is revolting.",
        "The new stadium is an ugly concrete monstrosity.",
        "This cheap plastic toy broke in a day. Junk.",
        # a country's law or prisons, a city where the weather is, rights violated, and an
        # evil called a loser
        "Kazakhstan's religion law is a pathetic, cowardly piece of legislation.",
        "The labour camps of North Korea are an abomination.",
        "Ugh this heat is disgusting, 43 degrees today in Lahore 🥵",
        "Religious freedom violations are a cancer on the world.",
        "Sin is vile and death is a defeated loser. Hallelujah!",
        # words ending like a follower's that are not people
        "Slavery is disgusting and should be wiped out wherever it still exists.",
        "My playlists are a mess and this app is garbage.",
        # pets, platforms, and what a thing is full of
        "Cats are evil little creatures.",
        "Social media is poison.",
        "The new iPhone is overpriced rubbish.",
        "This printer is full of junk.",
        "Those new uniforms look absolutely hideous.",  # a plural of the list
    ],
)
def test_complaints_about_things_are_found(text: str) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese food is disgusting.",  # a people's word: left to the model
        "Their food stinks.",  # a pronoun for people
        "They are vermin and I want them all dead.",  # "them" before any thing is named
        "This city is full of rats, cockroaches, spiders and p0ll0cks.",
        "@david your coffee is disgusting",
        "Muslims are disgusting. So is mayo.",
        "Their mosque is a pile of junk.",  # a place of worship
        'The film said "Jews are vermin".',
        "This weather is awful and it reminds me of how much I despise that lot.",
        # a belief, a way of life or a people's country named in a people's place
        "Homosexuality is a sin.",
        "Sharia is evil.",
        "Israel is a terror state, wipe it out.",
        "The war Pakistan wages is evil.",  # a name inside the sentence
        "I hate Mark's cooking, the food is awful.",
        "Evil scum.",
        "Cruelty= LGBT",
        "Yes, it's science, it's gender dysphoria, a mental illness.",
        "Jes are a disease.",  # an evil said of whoever comes before it
        "If the peasants die, then we are lowering the numbers in poverty.",
        "Rats in the shed again. Time to poison them all, and the neighbours.",
        "Corruption is a cancer, and the Jews spread it through this country.",
        "This country is a disgrace.",  # a country, not an evil, opens the sentence
        "To hell with curry munchers, pasta rocks!",  # people named by what they eat
        "This hotel is full of filthy foreigners.",
        "Those puppet masters at head office pull the strings, like always.",
        # "them" after camps or prisons still points at people
        "Bring back the camps for them.",
        "Prisons are too good for them, hang them.",
        "The food of Mexicans is disgusting.",
        "The food in China is disgusting, like the Chinese.",
        "Why do blasphemy laws in Pakistan hit religious minorities so hard?",
        # followers of a creed, after an evil that opens the sentence
        "Death to all communists.",
        "Death to all capitalists.",
        "Death is too good for journalists.",
        "TWITTER IS JUST LIKE REAL LIFE...filled with pussies.",  # full of what is no thing
        "Over 70s shouldn't be allowed to drive cars.",  # people by their age
        "Boomers ruined the housing market and the planet.",
        "Muslims and their cats are filthy.",
        "Facebook is full of filthy Muslims.",
        "",
    ],
)
def test_anything_that_names_people_is_not_about_things(text: str) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert not only_about_things(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees are not vermin; they are human beings made in God's image.",
        "Roma are not thieves. That's a myth.",
        "It is simply not true that Christians are stupid.",
        "Women are in no way less capable than men.",
        "Muslims aren't terrorists.",
        "I would never say that immigrants are scum.",
        "We will never agree that refugees are parasites.",
        "Jews are not greedy, that is a hateful stereotype.",
        "Roma aren't thieves, that's a racist lie.",
        "Muslims are nothing like terrorists!",
        "Immigrants are by no means criminals.",
        "Muslims are far from terrorists.",
        "Comparing Muslims to rats is disgusting.",
        "Don't compare Jews to vermin, ever.",
        "So sick of hearing that immigrants are leeches.",
    ],
)
def test_denials_of_a_slur_are_found(text: str) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text)


@pytest.mark.parametrize(
    "text",
    [
        "Latins are not smart.",  # denies something good: an attack
        "Lesbians are not clean.",
        "Immigrants are not welcome here.",
        "Muslims are not human.",
        "Muslims are not the problem, Islam is.",
        "I would never say that immigrants are scum, but they are.",
        "I would never say that immigrants are welcome here.",  # something good
        "Roma are thieves. That's a fact.",
        "Jews are not greedy, that is a hateful stereotype. They are thieves.",
        "Refugees are not criminals; they are parasites.",
        "Refugees are not criminals at all, they are parasites.",
        "Women are in no way less capable than men, but they belong at home.",
        'He said "Jews are not liars" and laughed.',
        "Muslims are far from human.",  # nothing bad denied
        "Muslims are nothing like us.",
        "Comparing Muslims to rats is fair.",
        "Don't compare Jews to rats, rats are cleaner.",
        "",
    ],
)
def test_anything_else_is_not_a_denial(text: str) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert not denies_a_slur(text)


def test_a_denial_is_not_held_on_the_attack_scores_alone() -> None:
    text = "Roma are not thieves. That's a myth."
    high = {"identity_attack": 0.9, "insult": 0.5, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"
    assert decide(text=text, scores={**high, "threat": 0.95}, language="en").action == "hold"
    assert decide(text=text + " But keep them out.", scores=high, language="en").action == "hold"


def test_a_complaint_about_things_is_not_held_on_the_attack_scores_alone() -> None:
    text = "Cold coffee is a crime against humanity."
    high = {"identity_attack": 0.9, "insult": 0.8, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"
    # nor on a threat score: force wished on a thing threatens no one
    assert decide(text=text, scores={**high, "threat": 0.95}, language="en").action == "publish"
    burn = "Burn every last unjust blasphemy law to ashes."
    assert decide(text=burn, scores={**high, "threat": 0.95}, language="en").action == "publish"
    # another label, another sentence, or force wished on people leaves it held
    assert decide(text=text, scores={**high, "sexual": 0.99}, language="en").action != "publish"
    other = text + " And so are the people who drink it."
    assert decide(text=other, scores=high, language="en").action == "hold"
    people = "Burn every last one of those blasphemers to ashes."
    assert decide(text=people, scores={**high, "threat": 0.95}, language="en").action == "hold"


@pytest.mark.parametrize(
    "text",
    [
        "I really can't stand lawyers.",
        "Politicians are all liars.",
        "Journalists are pathetic. They only care about clicks.",
        "All referees are corrupt!",
        "Those bureaucrats are lazy and incompetent.",
        "Gamers are disgusting slobs.",
        "Hipsters are pathetic. They ruin every cafe.",
        # words of contempt said of a trade attack no one's religion, ethnicity or belief
        "Football fans are animals.",
        "Landlords are leeches on society.",
        "Politicians are vermin who should be locked up.",
        # a country's government is an office, not its people
        "The Chinese government is evil.",
        "The North Korean regime is monstrous.",
        "Iran's authorities are cowards.",
        "This government is corrupt and useless.",
    ],
)
def test_complaints_about_roles_are_found(text: str) -> None:
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Capitalists are scum.",  # a belief: left to the model
        "Liberal journalists are traitors.",
        "Bankers are parasites.",  # a coded target and a word of dehumanisation
        "Those footballers are monkeys.",  # likened to apes: racist abuse of players
        "My neighbourhood is full of bomb-builders.",  # the tail of a compound
        "You're a disgusting little troll and I hope you get banned forever.",
        "The government lets kids change their gender.",
        "Doctors from India are useless.",
        "Muslim politicians are all liars.",
        "Muslim students are lazy.",
        "Baby boomers are the dumbest generation ever.",  # an age, not a role
        "Politicians are liars. Immigrants are worse.",
        "Politicians are liars. Send them all back to Africa.",
        'The lawyer said "Jews are vermin".',
        "@judge_dave lawyers are scum",
        # death wished, or the words of an attack on migrants
        "Journalists are vermin who should be shot.",
        "Cops are scum and deserve to die.",
        "Lawyers are liars who should hang.",
        "Those drivers are idiots, they came here on boats.",
        "Landlords are an infestation.",
        # a people beside its government, and a state named for a faith
        "The Chinese government is evil. Chinese people are rats.",
        "The Israeli government is evil and Israelis are too.",
        "The Jewish state is evil.",
        "The Chinese are evil.",
        "",
    ],
)
def test_anything_that_names_a_people_or_a_belief_is_not_about_roles(text: str) -> None:
    from vigil.moderation.engine.roles import only_about_roles

    assert not only_about_roles(text)


def test_a_complaint_about_a_role_is_not_held_on_the_attack_scores_alone() -> None:
    high = {"identity_attack": 0.9, "insult": 0.8, "threat": 0.1}
    # (people as what the role is called, not a people)
    text = "Estate agents are the most dishonest people alive."
    assert decide(text=text, scores=high, language="en").action == "publish"
    text = "Estate agents are the most dishonest people alive, like all Albanians."
    assert decide(text=text, scores=high, language="en").action == "hold"
    text = "Estate agents are the most dishonest creatures alive."
    assert decide(text=text, scores=high, language="en").action == "publish"
    assert decide(text=text, scores={**high, "threat": 0.95}, language="en").action == "hold"
    # (a line of prayer after it leaves it a complaint; a sentence about something else
    # leaves the text to the model)
    other = text + " Pray for my family."
    assert decide(text=other, scores=high, language="en").action == "publish"
    other = text + " The weather was awful all week."
    assert decide(text=other, scores=high, language="en").action == "hold"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("I think Muslims are disgusting.", "Muslims are disgusting."),
        ("I honestly believe that women are inferior.", "women are inferior."),
        ("In my opinion, immigrants are vermin.", "immigrants are vermin."),
        ("Honestly, I think trans people are freaks.", "trans people are freaks."),
        ("I\u2019m convinced that Jews are liars.", "Jews are liars."),
        ("Personally I feel Muslims are scum.", "Muslims are scum."),
        ("I feel Muslims have no place here.", "Muslims have no place here."),
        ("Lord, keep them. Imo they are brave.", "Lord, keep them. they are brave."),
        ("am i the only one who thinks nigerians are born liars??", "nigerians are born liars??"),
        ("Don't you think Roma are all thieves?", "Roma are all thieves?"),
        ("Unpopular opinion: women can't lead.", "women can't lead."),
        # not a frame that introduces a claim: left as it is
        ("I think of Muslims as family.", None),
        ("I believe in equal rights for all.", None),
        ("I don't think Muslims are bad.", None),
        ("Some people think Muslims are scum.", None),
        ("I feel sorry for refugees who are cold.", None),
        ("I think so.", None),
        ("I think.", None),
    ],
)
def test_frames_of_opinion_are_removed(text: str, reading: str | None) -> None:
    from vigil.moderation.engine.opinion import without_opinion_frames

    assert without_opinion_frames(text) == (reading if reading is not None else text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("I despise Musims and everything they stand for.", "I despise muslims and"),
        ("Honestly, Jwes make me want to throw up.", "Honestly, jews make"),
        ("Gy people deserve the same rights.", "gay people deserve"),
        ("I hate tr4n5 people.", "I hate trans people."),
        ("I can't stand r3fug335, they make me sick.", "I can't stand refugees,"),
        ("I suggest $h00ting them", "I suggest shooting them"),
        ("I h8 muslms so much.", "I hate muslims so much."),
        ("I hate d i s a b l e d people.", "I hate disabled people."),
        ("I despise Muslimsand everything", "I despise muslims and everything"),
        ("Black peopleare animals", "Black people are animals"),
        # a sentence run together, cut into the fewest known words
        ("Blackpeoplearestupidandlazy.", "black people are stupid and lazy."),
        ("IhateChristians", "i hate christians"),
        ("Womenbelonginazoo.", "women belong in a zoo."),
        ("Ican'tstandJews", "i can't stand jews"),
        ("Idon'twantgaysnearmykids", "i don't want gays near my kids"),
        # a charged word with two letters swapped or one dropped
        ("Muslims are disugsting vermn", "Muslims are disgusting vermin"),
        ("I haet Jews", "I hate Jews"),
        # a real word the model does not know, a name, or a word with a letter changed
        ("Christians work in brick kilns.", None),
        ("Bless the believers in Bastar", None),
        ("Slurs against Roma", None),
        # a compound, a hashtag or a run with no word of a sentence in it stays
        ("#BlackLivesMatter", None),
        ("transvestites are wrong", None),
        ("Iamwithyou, amen", None),
        # known words, names, numbers, handles and punctuation stay as they are
        ("Jes is my best friend; Jaws is a film in Hindi.", None),
        ("go to bed whitey", None),  # a slur, not a misspelling
        ("Over 70s, 15% and 11:11 on ITV C4 at 5pm.", None),
        ("@M_A_Larson follows me!", None),
        ("Plan A B C", "Plan ABC"),
        ("Lord, bless Kazakhstan today 🙏", None),
    ],
)
def test_misspelt_words_for_peoples_are_mended(text: str, reading: str | None) -> None:
    from vigil.moderation.engine.spelling import mend_spelling

    mended = mend_spelling(text)
    if reading is None:
        assert mended == text
    else:
        assert mended.startswith(reading)


def test_the_language_is_told_from_the_mended_text() -> None:
    from vigil.moderation.engine.policy import assess_text

    seen: list[str] = []

    def detect(text: str) -> str | None:
        seen.append(text)
        return "en" if "christians" in text else None

    verdict = assess_text("I love Chrisians.", classifier=_ByText({}), detect=detect)
    assert seen == ["I love Chrisians.", "I love christians."]
    assert verdict.action == "publish" and verdict.language == "en"
    assert detect_language("I love christians.") == "en"
    # a language the detector tells is kept; a text hiding its letters is not mended
    from vigil.moderation.engine.policy import detect_language_mended

    assert detect_language_mended("l'expulsion des arabe en question, c'est la honte") == "fr"
    assert detect_language_mended("0ld p3opl3 are s!ck") is None
    # two words are too few for mending to make English of them: "dirty Arab" in French
    assert detect_language("Sale arabe") is None
    assert detect_language_mended("Sale arabe") is None


def test_a_word_in_another_script_inside_english_is_not_read_as_english() -> None:
    assert detect_language("Pray for Kazakhstan ❤️ Спасибо") is None
    assert detect_language("Pray for the church in Kazakhstan 🙏") == "en"


def test_emphasis_is_calmed_before_the_model_reads_it() -> None:
    from vigil.moderation.engine.policy import score
    from vigil.moderation.engine.spelling import calm_emphasis

    assert calm_emphasis("god bless eritrea!!!! really?!?") == "god bless eritrea! really?"
    assert calm_emphasis("Wait...... for it. Amen.") == "Wait... for it. Amen."
    model = _ByText({"Jews are wonderful people!": {"identity_attack": 0.16}})
    scores, _ = score("Jews are wonderful people!!!", "en", model=model)
    assert scores["identity_attack"] == 0.16


def test_a_misspelt_attack_is_scored_as_the_attack() -> None:
    from vigil.moderation.engine.policy import score

    model = _ByText({"I despise muslims and everything they stand for.": {"identity_attack": 0.9}})
    scores, _ = score("I despise Musims and everything they stand for.", "en", model=model)
    assert scores["identity_attack"] == 0.9
    text = "Immigants deserve the same rights as everyone else."
    high = {"identity_attack": 0.9, "insult": 0.2, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ('I can\'t believe someone wrote "Muslims are vermin" on our wall.', True),
        ('You really think "Jews are parasites"? That is disgusting.', True),
        ('Nobody should ever say "women are worthless"', True),
        ('People say "Muslims are terrorists" but that is not true.', True),
        ("It is disgusting to see so much hate for 'dirty migrants'", True),
        # siding with the quote, or attacking outside it: left to the model
        ('My uncle always says "Muslims are vermin" and he is right.', False),
        ('I can\'t believe people deny that "Muslims are vermin"', False),
        ('"Jews are parasites" and anyone who disagrees is wrong.', False),
        ('The media lies, but "Muslims are vermin"', False),
        ('Muslims are scum, and people who say "Muslims are great" are wrong.', False),
        ('"Women are worthless" 👍', False),
        ('Statements like "X" are wrong.', False),  # one word quoted
        ("Saying Muslims are vermin is wrong.", True),  # an opening "Saying …" is a quote
        ("Muslims are vermin, and that is wrong.", False),  # nothing quoted
        # speech reported without quotation marks
        ("People keep posting that Black people are criminals. It's racist.", True),
        ("Why do people still say Muslims are terrorists? It's hurtful.", True),
        ("My uncle says immigrants are rats, and that is disgusting.", True),
        ("I say that Muslims are terrorists. It's hateful but true.", False),  # own voice
        ("He said Muslims are vermin, and that was wrong.", True),
        ("I said Muslims are vermin, and that was wrong.", False),  # one's own words
        ("So that we said Muslims are vermin, and that was wrong.", False),
        ("You say Muslims are terrorists. That's racist.", True),  # another's words
        ("You say Muslims are terrorists, and you're right.", False),
        ("We say immigrants are rats. Disgusting, right?", False),
        ("They say Jews control the banks. Disgusting, but look it up.", False),
        ("People say immigrants are criminals. Shocking but accurate.", False),
    ],
)
def test_a_quote_condemned(text: str, condemned: bool) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


def test_a_quote_sided_with_is_scored_as_said() -> None:
    from vigil.moderation.engine.policy import score
    from vigil.moderation.engine.quotes import quotes_sided_with

    text = "My uncle always says \u201cMuslims are vermin\u201d and he is right."
    assert quotes_sided_with(text) == ["muslims are vermin"]
    assert quotes_sided_with('Saying "Muslims are vermin" is not right.') == []
    assert quotes_sided_with("Saying 'all Russians are orcs' denies the image of God.") == []
    # speech reported without quotation marks
    said = "People keep posting that Black people are criminals. I agree."
    assert quotes_sided_with(said) == ["black people are criminals"]
    said = "My uncle says immigrants are rats, and he is right."
    assert quotes_sided_with(said) == ["immigrants are rats"]
    assert quotes_sided_with("People say immigrants are criminals. Shocking but accurate.")
    assert quotes_sided_with("My uncle says immigrants are rats, and he is wrong.") == []
    assert quotes_sided_with("My uncle says immigrants are rats, and he knows.")
    assert quotes_sided_with('I say "I love it" to them. Luckily they know I joke.') == []
    model = _ByText({"muslims are vermin": {"identity_attack": 0.97}})
    scores, _ = score(text, "en", model=model)
    assert scores["identity_attack"] == 0.97
    text = 'Statements like "Muslims are vermin" are deeply hurtful.'
    high = {"identity_attack": 0.9, "insult": 0.5, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"
    assert decide(text=text, scores={**high, "threat": 0.95}, language="en").action == "hold"


class _ByText:
    """A classifier whose scores are looked up by the exact text it is given."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        self.table = table
        self.seen: list[str] = []

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        self.seen += texts
        quiet = dict.fromkeys(LABELS, 0.0)
        return [{**quiet, **self.table.get(text, {})} for text in texts]


def test_an_attack_stated_as_an_opinion_is_scored_as_the_attack() -> None:
    from vigil.moderation.engine.policy import score

    model = _ByText({"Muslims are disgusting.": {"identity_attack": 0.98}})
    scores, trained = score("I think Muslims are disgusting.", "en", model=model)
    assert trained and scores["identity_attack"] == 0.98
    # the frame can move the model the other way too: the higher score counts
    model = _ByText({"I think Roma are born thieves.": {"identity_attack": 0.58}})
    scores, _ = score("I think Roma are born thieves.", "en", model=model)
    assert scores["identity_attack"] == 0.58
    # a text without a frame is scored once, as written
    model = _ByText({})
    score("They keep going.", "en", model=model)
    assert model.seen == ["They keep going."]
    # a prayer is read without its words of prayer too (``prayerframes``)
    model = _ByText({})
    score("Lord, keep them.", "en", model=model)
    assert model.seen == ["Lord, keep them.", "keep them."]


def test_forms_of_words_read_the_text_without_its_frame() -> None:
    text = "I think Muslims deserve the same rights as everyone else."
    high = {"identity_attack": 0.9, "insult": 0.2, "threat": 0.1}
    assert decide(text=text, scores=high, language="en").action == "publish"
    text = "Honestly, I hate Muslims."
    assert "pattern.contempt" in decide(text=text, scores={}, language="en").reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shooting the imam was a good thing.", True),
        ("Bombing that church was justified.", True),
        ("Burning churches is wrong, but they had it coming.", True),
        ("Killing them would be the right thing to do.", True),
        ("Burning churches is a barbaric crime.", False),
        ("Killing is never the answer.", False),
        # harm promised to whoever comes near, or wished as deserved
        ("Any Muslim who comes near my street will get hurt.", True),
        ("Any Asian who comes near me is getting hit.", True),
        ("Women who talk back like that need a good beating.", True),
        ("I'll be outside the mosque on Friday, and not all of them will go home.", True),
        ("Any child who comes to the camp will get a meal.", False),
        ("Any believer who is arrested will be visited by our team.", False),
        ("Our cars need a good wash.", False),
        ("None of them will go home empty-handed.", False),
    ],
)
def test_violence_approved_of_is_a_threat_form(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "Nobody asked for your opinion, David. Leave this site.",
        "John, you're too thick to understand scripture. Stop embarrassing yourself.",
        "Go cry somewhere else, snowflake.",
        "No one here likes you.",
        "Rachel, shut up.",
        "Hey Priya, your prayers are worthless and so are you.",
        "Anna, you're a liar and a fake Christian, and I'll make sure everyone knows.",
        "I'm going to post your home address so people can visit you.",
        "Mark, I found your Facebook. Your kids' school too. Think about that.",
        "I know where you live.",
        "I found out where Sarah works. Let's all call her boss.",
        "Reza, I'm sharing your real name and phone number with the police.",
        "I screenshotted your photos and I'm sending them to your husband.",
        "To the guy above: I'll make sure your whole church knows.",
        "Everyone report and spam his page until he quits.",
        "Let's all report her posts until she's banned.",
        "Your whole family is a joke.",
        "To whoever wrote that prayer: it was pathetic, just like you.",
        "I'll reply to every single post you make until you quit, loser 😈",
    ],
)
def test_harassment_forms_are_found(text: str) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert harassment_phrases(text)


@pytest.mark.parametrize(
    "text",
    [
        'They shouted "get lost" at us as we left church.',
        "Lord, shut up the mouths of the lions.",
        "Holy Spirit, shut up a burning fire in their bones that no mob can put out.",
        "May the darkness go away from Eritrea.",
        "Father, you are worthy of all praise.",
        "Disappearances of pastors must end.",
        "Nobody should be left alone in prison.",
        "I know your kids, they sang beautifully on Sunday!",
        "Please post your photos of the service!",
        "Please share your prayer requests and your address for the newsletter.",
        "Lord, you are a refuge and a fortress.",
        "Please report this spam post so the moderators see it.",
        "I'm sharing your prayer with my group, it moved me.",
        "I'm sending this prayer to your pastor, Anna, he asked for it.",
        "I found out where the orphanage needs help and sent money.",
        "That is just like you said, brother.",
        "Your prayers are a blessing to me.",
        "I will keep praying for you until you come home.",
        "I'll keep commenting until you answer my question, pastor.",
    ],
)
def test_reported_words_and_prayers_are_not_harassment_forms(text: str) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert harassment_phrases(text) == []


def test_a_harassment_form_holds_what_the_scores_would_publish() -> None:
    low = {"identity_attack": 0.05, "insult": 0.2, "threat": 0.01}
    held = decide(text="Nobody cares about your story, Ann. Get lost.", scores=low, language="en")
    assert (held.action, held.reasons) == ("hold", ["pattern.harassment"])


def test_rewordings_keep_or_state_the_verdict() -> None:
    from vigil.moderation.engine.rewordings import REWORDINGS, reword

    cases = [
        Case("Muslims are vermin.", "hateful", "t"),
        Case("Muslims deserve respect.", "benign", "t"),
        Case("The weather is nice.", "benign", "t"),
    ]
    by_name = {way.name: reword(cases, way) for way in REWORDINGS}
    assert [c.text for c in by_name['opinion: "I think"']][:2] == [
        "I think muslims are vermin.",
        "I think muslims deserve respect.",
    ]
    assert by_name["group word: two letters swapped"][0].text == "Mulsims are vermin."
    assert by_name["group word: leetspeak"][0].text == "Mu5l1m5 are vermin."
    assert len(by_name["group word: a letter dropped"]) == 2  # no group word: left out
    quoted = by_name['counter-speech: Statements like "{}" are deeply hurtful.']
    assert [(c.text, c.expected) for c in quoted] == [
        ('Statements like "Muslims are vermin" are deeply hurtful.', "benign")
    ]
    agreed = by_name['agreement: Well said: "{}"']
    expected = [('Well said: "Muslims are vermin"', "hateful")]
    assert [(c.text, c.expected) for c in agreed] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Like the walls of Jericho, may the walls of fear and hatred come crashing down.",
        "Rain down your Spirit like fire on dry ground in Afghanistan.",
        "Lord, let Your justice demolish the cruelty of every secret prison system.",
        "Let the chains fall and the prison doors swing open in Eritrea!",
        "Let the darkness flee at the name of Jesus!",
        "Father, shatter the chains of fear for Muslim-background believers in Iran.",
        "Lord, bless the Muslims of Indonesia and break every spirit of hostility.",
        "Lord, wipe away every tear from the eyes of the widows in Nigeria.",
        "Lord, break the power of the enemy over the believers in Laos.",
        "Pour out your Spirit on Afghanistan like a flood!",
        "Satan, you are defeated! Be cast down and trampled under the feet of the saints.",
        "Lord, strike down the principalities and powers of darkness!",
        "Lord, let the bombs that fell on the church be the last ones.",
        "Lion of Judah, break every chain in Eritrea!",
    ],
)
def test_prayers_whose_force_falls_on_things_are_found(text: str) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text)


@pytest.mark.parametrize(
    "text",
    [
        # force on a people, a nation, a pronoun for people or a place of worship
        "Lord, crush the Muslims.",
        "Lord, crush the spirit of Islam.",
        "May God strike them down.",
        "Let the Muslims burn.",
        "Lord, let the fire fall on them.",
        "Lord, burn down their village.",
        "Lord, rain down fire on the wicked.",
        "Rain down fire on Gaza, Lord.",
        "Almighty God, wipe the Arabs off the face of the earth.",
        "Lord, destroy the mosques of Pakistan.",
        "Let every mosque burn, Lord.",
        "May the Lord break the bones of every Arab. Amen.",
        "Lord, tear down the walls and drive the foreigners out.",
        "Lord, pour out your wrath on the Arabs.",
        "Lord, pour out your Spirit on Pakistan and crush the Muslims.",
        "Break every prison door in Iran, Lord Jesus! Shatter them, those guards!",
        "Satan, crush the Christians.",  # a rebuke, but force on a people
        "Death to the infidels, Lord!",
        # a people named as the one the prayer is against, with no force
        "Father, send the Muslims back where they came from, in Jesus' name.",
        # not addressed to God, no wish, no force
        "Tear down the walls.",
        "Lord, we thank you for this day.",
        "Let me go throw up, he is a piece of trash.",  # "let me" wishes nothing
        "Tinsel must be a jewish invention. You'll be cleaning that rubbish up until May.",
        'Lord, "break every chain" they said.',
        "",
    ],
)
def test_force_on_anyone_is_not_a_prayer_against_things(text: str) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert not prays_against_things(text)


def test_a_prayer_against_things_is_not_held_on_the_attack_scores_alone() -> None:
    text = "Let the chains fall and the prison doors swing open in Eritrea!"
    high = {"identity_attack": 0.48, "insult": 0.01, "threat": 0.7}
    assert decide(text=text, scores=high, language="en").action == "publish"
    against = "Let the chains fall and the prison doors swing open on the Muslims!"
    assert decide(text=against, scores=high, language="en").action == "hold"
    assert decide(text=text, scores={**high, "sexual": 0.99}, language="en").action == "hold"
    assert decide(text=text, scores=high, language="pl").action == "hold"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "Refugees arrived in our village last year. They are nothing but trouble.",
            ["refugees are nothing but trouble"],
        ),
        (
            "Women want to be pastors now. They're too thick to understand scripture.",
            ["women are too thick to understand scripture"],
        ),
        # what is done to them, or a prayer for them, is left as it is
        ("Pray for the Christians of Nigeria. They are being slaughtered.", []),
        ("Muslims in Iran are persecuted. They are beaten and jailed for their faith.", []),
        ("Refugees arrived last year. Please pray they find work.", []),
        # no group named before, or the group named again
        ("They are nothing but trouble.", []),
        ("Jews are welcome here. Jews are family.", []),
        # "they" may be something else the sentence before spoke of
        ("Please stop sharing posts that demean trans people; they cause real harm.", []),
        ("My son thinks Arabs are stupid. They are not.", []),
    ],
)
def test_they_is_read_as_the_group_named_before(text: str, resolved: list[str]) -> None:
    from vigil.moderation.engine.pronouns import pronouns_resolved

    assert pronouns_resolved(text) == resolved


def test_an_attack_through_a_pronoun_is_scored_as_said_of_the_group() -> None:
    class Model:
        def predict(self, texts: list[str]) -> list[dict[str, float]]:
            return [{"identity_attack": 0.9 if t.startswith("refugees") else 0.1} for t in texts]

    text = "Refugees arrived in our village last year. They are nothing but trouble."
    assert model_scores(Model(), text)["identity_attack"] == 0.9
    assert model_scores(Model(), "They are nothing but trouble.")["identity_attack"] == 0.1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Heavenly Father, keep the Black families out of our parish.", True),
        ("Lord, silence these women who think they can preach.", True),
        ("Father, let the Chinese people suffer as they have made us suffer.", True),
        ("Lord, rid our town of the Muslims and their mosques.", True),
        ("Lord, send the Muslims back where they came from.", True),
        ("Lord, keep the Christians of Iran safe.", False),
        ("Lord, protect the Muslims of Indonesia.", False),
        ("Father, break the Muslims' chains of fear.", False),
        ("Lord, let the Christians of Nigeria go free.", False),
        ("Lord, send the refugees back home in peace when the war ends.", False),
        ("Lord, bless the Jews and let the Muslims find peace.", False),
        ("Father, strike down fear in Christians across Iran.", False),
        ('They prayed "Lord, silence these women" and I walked out.', False),
        ("Silence these women.", False),  # no prayer: left to the model and other forms
        ("Pray for the militants who kill Christians, that they may meet Christ.", False),
        ("Lord, forgive those who want to burn Jewish homes.", False),
        ("God, expose the Jews who persecute us.", True),
        ("Lord, confound the Muslims.", True),
        ("Lord, stop the Christians from being killed.", False),
    ],
)
def test_a_prayer_against_a_people_is_found(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is found


def test_a_prayer_against_a_people_is_held_whatever_the_scores() -> None:
    low = {"identity_attack": 0.1, "insult": 0.05, "threat": 0.01}
    text = "Heavenly Father, keep the Black families out of our parish."
    held = decide(text=text, scores=low, language="en")
    assert (held.action, held.reasons) == ("hold", ["pattern.contempt"])
    blessing = "Heavenly Father, keep the Black families of our parish safe."
    assert decide(text=blessing, scores=low, language="en").action == "publish"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Women are too emotional to be trusted with any real responsibility.", True),
        ("You will never find a more dishonest bunch than Nigerians.", True),
        ("Roma are all the same: lazy and dishonest.", True),
        ("Not one of the Pakistanis I met was honest.", True),
        ("I met some Roma last summer. They are all the same: lazy and dishonest.", True),
        ("I worked alongside Muslims for years. Not one of them was honest.", True),
        ("Indigenous protesters blocking the road should just be run over.", True),
        ("Refugees should all be deported.", True),
        ("Women are not too emotional to lead.", False),
        ("Saying women are too emotional to lead is sexist nonsense.", False),
        ("I met some Roma last summer. They are all the same: kind and generous.", False),
        ("Not one of them was honest.", False),  # nobody named before
        ("Refugees should not be deported to war zones.", False),
    ],
)
def test_stereotypes_and_calls_for_removal_are_contempt_forms(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Keep crying about persecution, Mark. You deserve everything that's coming to you.", True),
        ("Your profile picture says it all: fat, ugly and stupid.", True),
        ("I've screenshotted everything, Priya. Your family in Lahore will hear about it.", True),
        ("They called you fat and ugly? I'm so sorry, that's cruel.", False),
        ("Your family will hear about the prayer meeting on Sunday from the pastor.", False),
        ("You deserve a rest after all that work.", False),
    ],
)
def test_threats_of_exposure_and_heaped_insults_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Time to take up arms against the Hindus before they take over.", True),
        ("We should declare war on all Muslims.", True),
        ("We must rise up against hatred and love our Muslim neighbours.", False),
        ("The regime has declared war on the Church.", False),
    ],
)
def test_arms_against_a_people_is_a_threat_form(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Malaria is a plague that should be wiped off the face of the earth.", True),
        ("Human trafficking is a cesspool of evil that must be destroyed.", True),
        ("These mosquitoes are vermin. I've been bitten twenty times tonight!", True),
        ("Cancer is a plague. I lost my mum to it.", True),
        ("Immigrants are a plague that should be wiped off the face of the earth.", False),
        ("Mosquitoes are vermin like the Jews.", False),
        ("These neighbours are vermin. I've had enough.", False),
    ],
)
def test_diseases_evils_and_pests_are_things(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is found


def test_more_denials_condemnations_questions_and_prayers_are_read() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.condemnation import condemns_an_act
    from vigil.moderation.engine.imagery import prays_against_a_people, prays_against_things
    from vigil.moderation.engine.negation import denies_a_slur

    denial = "Refugees are not dirty or diseased; they're exhausted people who need shelter."
    assert denies_a_slur(denial)
    assert not denies_a_slur("Refugees are not dirty; they're disgusting people.")
    assert condemns_an_act("It's wicked to treat Roma children as if they were less than human.")
    assert not condemns_an_act("It's wrong to treat Roma as people, they are animals.")
    assert affirms_a_group("Can someone explain why Ramadan moves each year? Genuinely curious.")
    assert not affirms_a_group("Can someone explain why Muslims fast at Ramadan? So stupid.")
    # "You" in capitals inside a sentence is addressed to God.
    assert prays_against_things("Pour out Your wrath on the evil of slavery and set them free!")
    assert not prays_against_things("Pour out your wrath on the evil of slavery!")
    assert prays_against_a_people("Father, we ask You to keep Black families out of our town.")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Asian drivers, need I say more?", True),
        ("Pakistani taxi drivers... say no more.", True),
        ("Somalis are the lowest kind of human being.", True),
        ("Christian martyrs, enough said.", False),
        ("The lowest kind of hypocrisy is silence.", False),
    ],
)
def test_a_wink_at_a_people_and_the_lowest_of_humans_are_contempt(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Your prayer is as ugly as your face.", True),
        ("Everyone at your church laughs at you behind your back, Denise.", True),
        ("Maybe if you had a brain you'd stop embarrassing yourself in every thread.", True),
        ("Pray for yourself, idiot.", True),
        ("Post one more time and I'll share your real name and photos everywhere.", True),
        ("I'll share your prayer request with our group on Sunday.", False),
        ("My son laughed at the clown at the fair.", False),
        ("He called me an idiot, but I forgave him.", False),
    ],
)
def test_ridicule_and_exposure_of_the_reader_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Keep preaching and see what happens. Consider this a warning.", True),
        ("You'll need it when I'm done with you.", True),
        ("The storm warning was lifted this morning.", False),
        ("When I'm done with work I'll pray for you.", False),
    ],
)
def test_warnings_are_threat_forms(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


def test_laws_weapons_victims_conspiracies_and_questions_are_read() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.condemnation import condemns_an_act
    from vigil.moderation.engine.imagery import prays_against_things
    from vigil.moderation.engine.negation import denies_a_slur
    from vigil.moderation.engine.quotes import condemns_a_quote
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things("The blasphemy law is a wicked, rotten piece of legislation.")
    assert only_about_things("Landmines are disgusting, cowardly weapons.")
    # a weapon only as what a sentence opens with; a suspect is a person
    assert not only_about_things("Every time a bomb goes off, the suspect turns out to pray.")
    assert condemns_an_act("Violence against women is evil.")
    assert condemns_an_act("Attacking Asian grandmothers on the street is cowardly.")
    assert not condemns_an_act("Trafficking by Roma gangs is evil.")
    assert denies_a_slur("no, jews dont control the banks, thats an old lie")
    assert denies_a_slur("Somalis aren't pirates, they're people made in God's image.")
    assert not denies_a_slur("Somalis aren't pirates, they're rapists.")
    assert denies_a_slur("Women aren't stupid, that's a sexist myth.")
    assert denies_a_slur("Women shouldn't be treated as property.")
    assert not denies_a_slur("Women shouldn't be treated as property, they're pets.")
    assert not denies_a_slur("Women aren't stupid, that's a sexist myth, they're just lazy.")
    assert not denies_a_slur("Jews don't control the banks, they control the media.")
    assert affirms_a_group("Why are Afghan converts in such danger under the Taliban?")
    assert affirms_a_group("What's the best way to support Uyghur Muslims?")
    assert affirms_a_group("Is it ok for a Christian to marry a Muslim?")
    assert not affirms_a_group("Is it ok to punch Muslims?")
    assert condemns_a_quote('"Go home" - I heard this at a family dinner and I walked out.')
    assert prays_against_things("Lord, tear down the strongholds of darkness over North Korea!")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Immigrants don't steal jobs.", ""),
        ("It's a myth that Roma are thieves.", ""),
        ("Black people aren't less intelligent.", ""),
        ("No, refugees are not criminals. They are families fleeing war.",
         "refugees are families fleeing war"),
        ("Arabs are NOT terrorists - most of the Christians I pray for are Arabs!",
         "most of the christians i pray for are arabs"),
        ("Muslims are not terrorists, they're animals.", "muslims are animals"),
        ("muslims arent terrorists theyre animals", "muslims are animals"),
        ("Women are not weak, just stupid.", "women are just stupid"),
        ("It is simply false that Muslims can't be trusted.", ""),
        ("I don't believe Roma cannot be honest.", ""),
    ],
)  # fmt: skip
def test_a_denial_read_by_polarity_leaves_the_rest(text: str, rest: str) -> None:
    from vigil.moderation.engine.negation import without_denials

    assert without_denials(text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not peaceful.",  # denies something good
        "Refugees are not welcome here.",
        "Jews are not to be trusted.",
        "It is false that Muslims can't be violent.",  # denies that they cannot do harm
        "Muslims are not human.",  # no word of it is bad
        "trans people are not humans theyre lab experiments gone wrong",
        "Muslims are not the problem, their religion is.",  # said of something else
        "Muslims are not persecuted in China.",  # what is done to them
        "Jews are not victims.",
        "Gays don't get bullied enough.",
        "Muslims aren't violent? Look at the news.",  # a question
        "Oh sure, immigrants don't steal jobs. Right.",  # sarcasm
        'He said "Jews are not liars" and laughed.',
        "I pray for Nigeria.",
        "",
    ],
)
def test_no_denial_by_polarity(text: str) -> None:
    from vigil.moderation.engine.negation import without_denials

    assert without_denials(text) is None


def test_a_denial_by_polarity_is_scored_on_the_rest_of_the_text() -> None:
    attack = ("terrorists", "animals", "human")

    class Model:
        def predict(self, texts: list[str]) -> list[dict[str, float]]:
            return [
                {"identity_attack": 0.9 if any(word in t for word in attack) else 0.1,
                 "insult": 0.2, "threat": 0.8 if "terrorists" in t else 0.0}
                for t in texts
            ]  # fmt: skip

    denial = model_scores(Model(), "Arabs are not terrorists. They are our neighbours.")
    # the attack labels are those of the rest; every other label keeps the whole text's
    assert denial["identity_attack"] == 0.1
    assert denial["threat"] == 0.8
    assert model_scores(Model(), "Arabs are not terrorists.")["identity_attack"] == 0.0
    said = model_scores(Model(), "Arabs are not terrorists, they're animals.")
    assert said["identity_attack"] == 0.9
    # no denial: "human" is nothing bad, so the whole text is read
    assert model_scores(Model(), "Arabs are not human.")["identity_attack"] == 0.9


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Black people are not intelligent.", True),
        ("Muslims are not good people.", True),
        ("Women can never be trusted? No: women are not capable of leading.", True),
        ("Hindus are not peaceful, and everyone knows it.", True),
        ("Christians there are not safe.", False),  # a state they lack, not a quality
        ("Believers are not free to worship.", False),
        ("Refugees are not terrorists.", False),  # something bad denied
        ("Iranians are not responsible for their government's crimes.", False),  # not to blame
        ("Black people are not responsible.", True),
        ("Muslims are not good or bad, they are people.", False),
        ('He said "Muslims are not good people" and I walked out.', False),
        ("Muslims are good people.", False),
        # humanity or normality denied, the clause ending there, and a frame of opinion denied
        ("Disabled people are not real humans.", True),
        ("Gay people are not normal.", True),
        ("I don't think immigrants are decent people.", True),
        ("Immigrants are not people we should fear.", False),
        ("I don't think Muslims are safe here.", False),
        ("Converts are not normal members of society in Kazakhstan.", False),
        # how others treat them, said to be too little, speaks up for them
        ("Muslims aren't accepted enough in this country.", False),
        ("Women are not respected enough in this church.", False),
        ("Women are not smart enough to lead.", True),
    ],
)
def test_something_good_denied_of_a_people(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_something_good

    assert denies_something_good(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Muslims are not punished enough.", True),
        ("Refugees aren't deported nearly enough.", True),
        ("Immigrants don't get deported fast enough.", True),
        ("Christians in Iran are not protected enough by the law.", False),
        ("Muslims are not accepted enough.", False),
        ("Persecutors are not punished enough.", False),  # no people named
        ('They say "Muslims are not punished enough" and it frightens me.', False),
    ],
)
def test_more_harm_wished_on_a_people(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import wishes_more_harm

    assert wishes_more_harm(text) is found


def test_something_good_denied_of_a_people_is_held_whatever_the_scores() -> None:
    low = {"identity_attack": 0.1, "insult": 0.1, "threat": 0.0}
    verdict = decide(text="Black people are not intelligent.", scores=low, language="en")
    assert verdict.action == "hold"
    assert "pattern.contempt" in verdict.reasons
    assert decide(text="Black people are not safe.", scores=low, language="en").action == "publish"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lock your car when the Roma come to town, just saying.", True),
        ("Romanians moving in next door? Better hide your wallet.", True),
        ("I'm not racist, but have you ever met a Nigerian who paid on time?", True),
        ("I'm not racist, but there's a reason nobody wants to live near them.", True),
        ("I'm not racist, but I do love my neighbours.", False),
        ("Refugees are very welcome... in someone else's neighbourhood.", True),
        ("She's surprisingly well-spoken for a Black woman.", True),
        # a warning, a compliment or "just saying" with no people in it, or said plainly
        ("Lock your car, there have been thefts in the car park.", False),
        ("Refugees are welcome in our church.", False),
        ("She's a wonderful speaker for a Muslim charity.", False),
        ("I'm just saying that the Roma families need housing.", False),
        ('He wrote "lock your car when the Roma are around" and was banned.', False),
        # a compliment of two words, a place missed from before it was "diverse", praise of
        # a people in scare quotes
        ("He's a pretty good worker for an African.", True),
        ("Europe was a lovely place before it got so... diverse.", True),
        ("Counting down until the street gets 'enriched' by another Somali family.", True),
        ("'Diversity' is just a code word for fewer people who look like us.", True),
        ("She is a really good pastor for a young church.", False),
        ("Our town was poor until it became more diverse and vibrant, thank God.", False),
        ("Our church got so much more diverse before Easter, praise God!", False),
        ("The refugees we sponsor call our town 'home' now.", False),
    ],
)
def test_insinuation_about_a_people_is_found(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("How long will your people bury their dead? Hear our cry, O God.", True),
        ("How long, O Lord, will your children be beaten in the streets? My soul cries out "
         "for Pakistan.", True),
        ("How long must we hide to worship, Lord?", True),
        # a people named other than as a place, a quote, or no lament
        ("How long will your people put up with the Muslims?", False),
        ("How long, Lord, until the Jews are gone?", False),
        ('He asked "how long will your people bury their dead?" and laughed.', False),
        ("Lord, bury them all.", False),
    ],
)  # fmt: skip
def test_laments_are_found(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import laments

    assert laments(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lord, let the persecutors be confounded and turn to you.", True),
        ("Father, frustrate the plans of the persecutors.", True),
        ("Let the oppressors fall into their own traps, O God.", True),
        ("Father, may the torturers find no rest until they find you.", True),
        # harm wished, a people named, or no prayer
        ("Lord, let the persecutors be confounded and burn in hell.", False),
        ("Lord, let the terrorists be scattered and killed.", False),
        ("Lord, let the Muslims be confounded and turn to you.", False),
        ("Let the oppressors fall into their own traps, O God, and let them die there.", False),
        ("Let the persecutors be confounded.", False),
    ],
)
def test_a_prayer_that_persecutors_be_stopped_or_turned(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import prays_over_persecutors

    assert prays_over_persecutors(text) is found


def test_a_lament_is_not_held_on_the_threat_score_alone() -> None:
    # (0.97: above any bar the dev split can choose, whose grid ends at 0.95)
    text = "How long will your people bury their dead? Hear our cry, O God."
    assert decide(text=text, scores={"threat": 0.97}, language="en").action == "publish"
    other = "How long will your people put up with the Muslims? Kill them."
    assert decide(text=other, scores={"threat": 0.97}, language="en").action == "hold"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The mosquitoes here are vermin and I want them all dead.", True),
        ("Kill the weeds, every last one of them, before they choke the whole garden.", True),
        ("Worst coffee I've ever had. Tasted like burnt tar.", True),
        ("Malaria is a murderer. Wipe it off the face of the earth.", True),
        # a room or a thing of a place of worship is a thing
        ("Our church's heating system is a pile of junk.", True),
        ("Rats got into the church pantry. Exterminate every last one of them!", True),
        # "them" before any thing is named, or beside a people, still points at people
        ("They are weeds and they must go.", False),
        ("My neighbours are weeds, pull them out.", False),
        ("rats like these kaffirs on the underground can never die out they are invincible", False),
        ("Immigrants are a murderer of our culture.", False),
    ],
)
def test_pests_named_before_them_are_things(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Break every prison door in Iran, Lord Jesus! Shatter them!", True),
        ("Uproot the weeds of bitterness from my soul, Father, and burn them to ash.", True),
        ("Satan, you have no authority over the church in India! The Lion of Judah roars!", True),
        (
            "Father, crush the head of the serpent and drive the darkness out of the villages "
            "of Plateau State.",
            True,
        ),
        (
            "Lord, strike down the powers of darkness; let their grip be broken.",
            True,
        ),
        # "them" beside people, force that kills, or a people the force falls on
        ("Lord, break the chains of fear and then crush them, those wicked men.", False),
        ("Lord, break the chains and then kill them all.", False),
        ("Satan, you and your Muslims will burn.", False),
    ],
)
def test_force_on_things_named_before_them_is_imagery(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pray that the Sikhs leave our neighbourhood soon, one way or another.", True),
        ("I pray for the day every Pakistani is gone from our land. In Jesus' name.", True),
        ("Pray that the Christians of Iran leave the country safely.", False),
        ("Pray that the refugees leave our town safely and find peace.", False),
        ("The extremists pray that every Christian leaves our country.", False),
    ],
)
def test_praying_a_people_away_is_against_them(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jews do not control the world's money.", True),
        (
            "Refugees are not a disease on our country. They are people fleeing for their lives.",
            True,
        ),
        ("Jews do not control the world's money, they steal it.", False),
    ],
)
def test_more_denials_of_slurs(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Women are inferior and should be silent.", True),
        ("About trans people: they're delusional and I won't pretend otherwise.", True),
        ("Women are not inferior to men.", False),
        ("Women are inferior in upper-body strength, on average.", False),
        ("About my neighbours: they're lovely.", False),
    ],
)
def test_a_people_ranked_below_others_is_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hey Gurpreet, take off that turban and then maybe we'll talk, you clown.", True),
        ("Pastor Mike is a fraud and a liar, and everyone should ignore him.", True),
        ("She was forced to take off her hijab at the border.", False),
        ("You don't have to take off your cross at work.", False),
        ("When a troll posts, everyone should just ignore them.", False),
    ],
)
def test_attire_and_shunning_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hindus are cattle that worship cattle.", True),
        ("Disabled people are defective products that should've been recalled.", True),
        ("Nice neighbourhood until the Pakistanis moved in. Now look at it.", True),
        ("Of course the Jews are behind the news coverage. Who else owns the media?", True),
        (
            "Girls in Pakistan wouldn't get kidnapped if their families kept them at home "
            "where they belong.",
            True,
        ),
        (
            "Christians pray here every day. Their whining about persecution makes me sick, "
            "they deserve it.",
            True,
        ),
        ("a disabled kid joined my class. people like that should be kept in special homes", True),
        ("Nigerians opened a shop on our street. They're all fraudsters, watch your wallet.", True),
        ("The Jews are not behind the media, that is an old lie.", False),
        ("Christians in Iran face prison for their faith. They deserve our prayers.", False),
        ("Women finally got the vote there. They deserve it!", False),
        ("Why are the authorities targeting Christians? Because they deserve it.", True),
        ("Nice neighbourhood, the Pakistanis who moved in are lovely.", False),
        ("Honestly, disabled people make me want to throw up.", True),
        ("Christians being killed makes me want to throw up.", False),
        ("We don't want any more refugees here.", True),
        ("We don't want any more refugees drowning in the sea.", False),
        ("It's disgusting how Christians are allowed to vote.", True),
        ("It's disgusting that Christians are not allowed to vote in Eritrea.", False),
        ("I have met many Muslims and every one of them was vile.", True),
        ("I have met many refugees and every one of them was brave.", False),
        (
            "I met the Muslims who persecuted me and every one of them was a liar, Lord "
            "forgive them.",
            False,
        ),
    ],
)
def test_more_stated_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hey Sarah, keep posting and I'll send your photo to the police in Tehran.", True),
        ("Ahmed, I've found your workplace. Your boss will hear all about your conversion.", True),
        ("You disgusting convert, you should be ashamed to show your face in church.", True),
        ("Pastor John is a fraud and a pervert, share this everywhere until he's ruined.", True),
        ("Hey loser, post one more verse and I'll flood your inbox.", True),
        ("Post one more verse and I'll share it with my small group!", False),
        ("I'll send your prayer request to our church's prayer chain.", False),
    ],
)
def test_more_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


def test_more_prayers_denials_questions_and_condemnations() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.condemnation import condemns_an_act
    from vigil.moderation.engine.imagery import prays_against_a_people
    from vigil.moderation.engine.negation import denies_a_slur
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert prays_against_a_people("I pray that every Hindu temple in India is struck by lightning.")
    assert not prays_against_a_people("I pray that the churches burned in Orissa are rebuilt.")
    assert denies_a_slur("I don't believe for a second that Hindus are idol-worshipping savages.")
    assert not denies_a_slur("I believe that Hindus are idol-worshipping savages.")
    question = "What's the difference between Sunni and Shia Muslims? I'd like to understand."
    assert affirms_a_group(question)
    assert not affirms_a_group("What's the difference between Muslims and terrorists?")
    assert affirms_a_group("Why are Hindu nationalists targeting Christians in some states?")
    assert not affirms_a_group("Why are Muslims killing Christians everywhere?")
    assert condemns_an_act("India's anti-conversion laws go too far.")
    assert condemns_an_act(
        "Forcing girls to convert and marry their abductors is a crime against humanity."
    )
    assert condemns_a_quote(
        'The sign in the shop window said "No Blacks, No Asians." In this day and age. '
        "Unbelievable."
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Poverty is a monster that devours children. Crush it.", True),
        (
            "Kill the mosquitoes before they kill us — malaria is still a plague in our village.",
            True,
        ),
        ("Corruption is a cancer and it has to be cut out of our government.", True),
        ("This spreadsheet is a monster. Kill it with fire.", True),
        ("Islam is a cancer that devours children.", False),
        ("Kill the rats before they replace us.", False),
        ("The potholes are a disgrace. Fill them with concrete, and the council with them.", False),
    ],
)
def test_more_things_and_evils(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is found


def test_a_complaint_about_things_is_no_advertisement() -> None:
    from vigil.moderation.engine.things import complains

    assert complains("My phone is garbage, the battery dies by lunchtime.")
    assert not complains("Cheap phones and laptops, best deals this week!")
    assert not complains("Worst prices ever? Not here: www.example.com")


def test_the_spam_score_of_a_complaint_about_things_does_not_hold_it() -> None:
    from vigil.moderation.engine.policy import decide

    scores = {"identity_attack": 0.6, "insult": 0.1, "threat": 0.01, "spam": 0.97}
    complaint = "My phone is garbage, the battery dies by lunchtime."
    assert decide(text=complaint, scores=scores, language="en").action == "publish"
    advert = decide(
        text="Cheap phones and laptops, best deals this week!", scores=scores, language="en"
    )
    assert (advert.action, advert.reasons) == ("hold", ["classifier.spam"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jesus, blow the prison doors off their hinges in Kazakhstan!", True),
        (
            "Holy Spirit, burn away the fear that grips Muslim converts in Afghanistan and "
            "shield them from every snare.",
            True,
        ),
        # "them" may be the people named: never force on them
        ("Lord, burn the hatred that grips Muslims and destroy them.", False),
        ("Lord, pray for the Muslims of Iran, break the walls and burn them.", False),
        ("Lord, crush the Muslim converts.", False),
    ],
)
def test_victims_of_an_evil_in_a_prayer(text: str, found: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Death, you are a defeated enemy!", True),
        ("Sin is a parasite. It eats you from the inside out.", True),
        ("Muslims, you are a plague.", False),
        ("Sin is a parasite. It eats you Jews from the inside out.", False),
    ],
)
def test_an_evil_spoken_to_or_harming_the_reader_is_a_thing(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("i hate all people of color", True),
        ("God hates women who go to work", True),
        ("I love Indians. I love them even more when they live in their country of origin.", True),
        ("God loves Muslims.", False),
        ("Does God hate gays? No, he loves everyone.", False),
        ("I love Indians. I love them even more when they pray with us.", False),
    ],
)
def test_contempt_from_dynahate_dev(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates

    assert (bool(contempt_phrases(text)) or insinuates(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "Lord, bless the Muslims, break the chains and burn them.",
        "Lord, for the Muslims: break the walls and burn them.",
    ],
)
def test_them_in_a_prayer_is_never_a_people_named_in_it(text: str) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert not prays_against_things(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Arabs and democracy. Good one, tell me another joke.", True),
        ("Women in leadership? Sure, if you enjoy decisions made by mood swings.", True),
        ("Gay couples adopting is a great idea if you want confused kids.", True),
        ("Funny how crime went up right after the mosque opened.", True),
        ("Not all Muslims are dangerous, but have you ever seen a peaceful Muslim country?", True),
        ("Persecuted Christians probably provoked it somehow.", True),
        ("Trans people are just confused and need the right therapy to go back to normal.", True),
        ("Trans rights today, people marrying their pets tomorrow. Just wait.", True),
        ("I'd rather eat glass than live next to Roma.", True),
        ("Women in leadership? Sure, why not, they lead well.", False),
        ("Funny how the choir got better after the new pastor arrived.", False),
        ("Have you ever met a Muslim? They are lovely.", False),
        ("The dog probably provoked it.", False),
        ("Gay couples adopting is a great idea, kids need homes.", False),
    ],
)
def test_sneers_that_name_a_people(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


def test_a_second_reading_of_the_releases_for_people_named_beside_things() -> None:
    from vigil.moderation.engine.imagery import prays_against_things
    from vigil.moderation.engine.things import only_about_things

    # "and" joins peoples, not a people to what a force fell on
    assert not prays_against_things(
        "Lord, drive the darkness out of the villages and the Muslims out of the land."
    )
    assert not prays_against_things("Lord, drive the darkness out and the Muslims out of the land.")
    assert prays_against_things(
        "Crush every scheme of the devil, O God, and protect Muslims and Christians alike."
    )
    # pests said to have come from elsewhere may be people
    assert not only_about_things("These weeds came from abroad, pull them all out and burn them.")
    assert only_about_things(
        "Kill the weeds, every last one of them, before they choke the garden."
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # harm said to be deserved
        ("Muslims in Europe deserve to face violence.", True),
        ("Christians in Iran deserve prison.", True),
        ("Converts deserve to be punished.", True),
        ("Trans people deserve the hatred they get.", True),
        ("Immigrants in this country deserve to be deported.", True),
        ("Muslims in Europe deserve to be safe.", False),
        ("Christians in Iran deserve freedom, not prison.", False),
        ("Christians in Iran deserve prison reform.", False),
        ("Muslims who commit murder deserve prison like anyone else.", False),
        ("Christians deserve death, the regime says.", False),
        ("Nobody deserves to face violence for their faith.", False),
        # harm told, then approved, in the sentence or the next
        ("Muslims face violence in Europe and they deserve it.", True),
        ("Gays face prison in Uganda as they should.", True),
        ("Christians in Nigeria are killed, and honestly that's fine.", True),
        ("Christians are jailed in Iran. Good.", True),
        ("Christians are jailed in Iran. Serves them right.", True),
        ("Christians in Iran face prison, and they deserve better.", False),
        ("Christians in prison sing hymns, as they should.", False),
        ("Christians in Iran fear prison, and rightly so.", False),
        ("Christians in North Korea die in camps. That is not fine.", False),
        ("Christians were released from prison in Iran. Good.", False),
        ("Gays in Uganda face prison, as they did under colonial law.", False),
        # driving a people out called right
        ("Telling immigrants to go home is right.", True),
        ("Sending refugees back is the right thing to do.", True),
        ("Getting rid of the gypsies is long overdue.", True),
        ("Telling Muslims to go home is never right.", False),
        ("Sending refugees back to war is wrong.", False),
        ("Sending Christians out into the world is what we should do.", False),
    ],
)
def test_harm_deserved_or_approved_is_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I hate people who pray five times a day.", True),
        ("I despise anyone who goes to the synagogue.", True),
        ("Honestly, I hate people who go to church.", True),
        ("People who speak Arabic in public are idiots.", True),
        ("People who celebrate Eid here should leave.", True),
        ("I hate people who are gay.", True),
        ("I hate people who litter.", False),
        ("I hate people who go to church just to be seen.", False),
        ("I love people who pray five times a day.", False),
        ("I hate people who hate people who pray five times a day.", False),
        ("People who wear headscarves are often harassed.", False),
        ("I hate it when people who go to mosque are attacked.", False),
        ("People who are gay should be safe here.", False),
    ],
)
def test_a_people_named_by_its_practice_is_scorned(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm going to make sure every trans person in this town suffers.", True),
        ("I'll make sure you suffer. Then we pray, okay?", True),
        ("We will make sure no Christian suffers alone.", False),
        ("I will make sure my family never suffers.", False),
        ("We are going to make sure that everyone who suffers is prayed for.", False),
        ("I'm going to make sure my kids know what Christians in Nigeria suffer.", False),
        ("I am going to make sure every child in this town gets fed.", False),
    ],
)
def test_harm_promised_as_a_result_is_a_threat(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("My neighbour is gay. People like him make me sick.", True),
        ("Our new pastor is a Muslim convert. People like him make me proud.", False),
        ("Are gay people in Uganda imprisoned as they should be?", True),
        ("Are gay people in Uganda still imprisoned?", False),
    ],
)
def test_disgust_at_one_of_a_people_and_approval_asked(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "affirms"),
    [
        ("Do trans people face discrimination at work?", True),
        ("Were Jews in Europe attacked again?", True),
        ("Are Christians in Iran persecuted?", True),
        ("Do Muslims deserve persecution?", False),
        ("Do Jews face enough violence?", False),
        ("Do Jews in Israel face genocide yet?", False),
        ("Are Muslims in Europe attacked because they deserve it?", False),
    ],
)
def test_what_a_people_suffers_asked_is_an_affirmation(text: str, affirms: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirms


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Islamophobia is rational.", True),
        ("Antisemitism is justified.", True),
        ("Hating Muslims is justified.", True),
        ("Discrimination against gays is necessary.", True),
        ("A little racism never hurt anyone.", True),
        ("I am a proud homophobe.", True),
        ("Yes I'm racist and proud of it.", True),
        ("Islamophobia is good for the country.", True),
        ("Racism is natural to the fallen heart, only grace heals it.", False),
        ("Racism is natural, and we must fight it.", False),
        ("Racism is good at hiding.", False),
        ("I am a racist, Lord, forgive me.", False),
        ("I was a proud racist until Jesus found me.", False),
        ("Hatred of Jews is never justified.", False),
        ("They say islamophobia is rational. It is not.", False),
        ("Being homophobic is not okay.", False),
    ],
)
def test_hatred_called_right_or_owned_with_pride_is_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    "text",
    ["Antisemitism is wrong.", "Stop antisemitism now.", "Rohingya lives matter."],
)
def test_the_words_of_hatred_and_of_peoples_are_english(text: str) -> None:
    from vigil.moderation.engine.language import detect_language

    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["Antisemitismus tötet.", "Islamofobia no.", "Eid Mubarak!"])
def test_their_spellings_in_other_languages_are_not(text: str) -> None:
    from vigil.moderation.engine.language import detect_language

    assert detect_language(text) != "en"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No wonder your husband left you.", True),
        ("You're so ugly no wonder nobody loves you.", True),
        ("You're the reason people hate Christians.", True),
        ("People like you are why this site is a joke.", True),
        ("Your kids must be so embarrassed to have you as a mother.", True),
        ("Keep posting and see what happens.", True),
        ("I'll be waiting outside your church on Sunday.", True),
        ("Sarah, everyone at church knows what you did. Shame on you.", True),
        ("No wonder nobody loves you like Jesus does.", False),
        ("No wonder your church is growing, you pray so much.", False),
        ("Jesus, you are the reason I live.", False),
        ("You are the reason people come back to church.", False),
        ("People like you are why I still believe in this church.", False),
        ("Your kids must be so proud of you.", False),
        ("Pray, keep praying and see what happens!", False),
        ("I'll be waiting outside your church on Sunday with a cake!", False),
        ("Everyone knows what you did for the refugees, thank you!", False),
    ],
)
def test_wounds_blame_shame_and_veiled_threats_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trans women are men in dresses.", True),
        ("Gay marriage is the first step to legal paedophilia.", True),
        ("Disabled kids should be in special schools away from normal children.", True),
        ("The great replacement is happening and nobody cares.", True),
        ("Trans women are women.", False),
        ("Trans women are not men.", False),
        ("Trans women are men, says the bishop, and he is wrong.", False),
        ("It's a lie that gay people are paedophiles.", False),
        ("Linking gay people to paedophilia is a hateful smear.", False),
        ("The 'great replacement' is a racist conspiracy theory.", False),
        ("The great replacement myth fuels violence.", False),
        ("Disabled children deserve to learn alongside other kids, not away from them.", False),
    ],
)
def test_implied_attacks_the_model_published_are_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It's not true that Jews control the banks.", True),
        ("Muslims don't want to take over Europe.", True),
        ("Nobody should say Muslims are terrorists.", True),
        ("You should never say that refugees are parasites.", True),
        ("There is no such thing as an inferior race.", True),
        ("It's not true that Jews control the banks, they control everything.", False),
        ("Muslims don't want to take over Europe yet.", False),
        ("There is no such thing as an inferior race, only inferior Muslims.", False),
        ("There is no such thing as an inferior race, because they are worse.", False),
        ("Nobody should say Muslims are terrorists, they are worse.", False),
    ],
)
def test_conspiracies_and_slurs_denied_by_whom_they_are_said(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trans people are just confused and need therapy.", True),
        ("Gay people need to be cured.", True),
        ("Christians in this country should be grateful they're allowed to exist.", True),
        ("Refugees should be grateful we don't send them back.", True),
        ("Women who don't cover up are asking for it.", True),
        ("Another mosque going up, there goes the neighbourhood.", True),
        ("A Somali family moved in next door. There goes the neighbourhood.", True),
        ("The regime says converts are confused and need therapy.", False),
        ("Refugees need therapy after what they went through.", False),
        ("Refugees need therapy.", False),
        ("Converts are confused at first and need support.", False),
        ("Christians should be grateful for God's grace.", False),
        ("Christians should be glad they're allowed to worship here in freedom.", False),
        ("Women who are raped were not asking for it.", False),
        ("No woman is ever asking for it.", False),
        ("A Starbucks opened on our street, there goes the neighbourhood.", False),
        ("Women who dress like that are asking for trouble.", True),
        ("Women are never asking for trouble.", False),
        # a place made worse by "them", and coded counts and guesses
        ("Our country was better before they came.", True),
        ("Our village was safe before they came and burned the church.", False),
        ("Funny how every terrorist attack has the same religion behind it.", True),
        ("Every attack this year targeted the same faith.", False),
        ("There are too many mosques in this town already.", True),
        ("There are far too many foreigners here now.", True),
        ("There are too many Christians in prison in Eritrea.", False),
        ("There are too many refugees in need this winter.", False),
        ("The regime says there are too many mosques in the city.", False),
        ("Immigrants are not people.", True),
        ("Immigrants are not people we should fear.", False),  # a relative clause
        ("Muslims pray five times a day but still hate us.", True),
        ("Immigrants secretly despise our way of life.", True),
        ("Muslims hate being stereotyped.", False),
        # a place taken over or ruined, "go back", a woman's place, a denial mocked
        ("Immigrants are taking over our neighbourhoods one house at a time.", True),
        ("Women have ruined the workplace.", True),
        ("Look what the Muslims did to this country.", True),
        (
            "Our grandparents would be ashamed of what the immigrants have done to this country.",
            True,
        ),
        ("They should go back to where they came from.", True),
        ("A woman's place is in the home.", True),
        ("Look at the crime statistics and tell me immigrants aren't the problem.", True),
        ("Every time I go downtown it looks more like Mogadishu.", True),
        ("Refugees want to go back to where they came from when the war ends.", False),
        ("The regime says Christians are taking over the country.", False),
        ("I grieve what the regime has done to our churches.", False),
        ("Extremists have ruined this country.", False),
        ("After the bombing, the village looks like a war zone.", False),
        ("It is a lie that immigrants are taking over our towns.", False),
        ("Can you tell me Christians aren't persecuted in Iran?", False),
        ("Women deserve to be put in their place with a slap.", True),
        ("Women deserve to be put in charge.", False),
        ("The abuse Muslim women receive is deserved.", True),
        ("All this talk about immigrants being criminals is true.", True),
        ("The persecution Christians face is not deserved.", False),
        ("The regime says the treatment Uyghurs receive is fair.", False),
        # attacks phrased as prayers
        ("Father, open the eyes of Muslims to how evil their religion is.", True),
        ("I pray every day that women learn their place.", True),
        ("Pray that Black people stop ruining our neighbourhood.", True),
        ("Lord, heal the gays of their disease.", True),
        ("Pray that trans people see sense and stop pretending.", True),
        ("God, protect our children from the gay agenda.", True),
        ("The regime calls it the gay agenda, which is a lie.", False),
        ("Open the eyes of the Taliban to how evil their deeds are.", False),
        ("Lord, heal the Muslims of Gaza from their wounds.", False),
        ("Women know their place is at the heart of the church.", False),
        ("Christians in Iran stop pretending to be Muslims when they are baptised.", False),
        ("We pray that refugees stop being turned away.", False),
        ("The regime says Christians hate our country.", False),
    ],
)
def test_a_people_called_sick_let_live_or_asking_for_it_is_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tomatoes are the worst vegetable ever created.", True),
        ("Spinach is vile and should be banned.", True),
        ("The new bridge design is a monstrosity.", True),
        ("These sandals are the worst purchase I've ever made.", True),
        ("Rain again! I hate this country's weather.", True),
        ("Sink the boats.", False),  # an order, and boats are how some speak of people
        ("Burn every last one of those blasphemers to ashes.", False),  # ashes, and people
        ("I despise bananas, they're revolting.", False),  # a fruit of racist tropes
        ("Rain again! I hate your country's weather.", False),
    ],
)
def test_things_wordnet_knows_are_things(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is found


def test_the_wordnet_list_names_no_people_and_no_weapons() -> None:
    from vigil.moderation.engine.things import _wordnet_things, names_people

    things = _wordnet_things()
    assert len(things) > 10_000
    assert {"tomatoes", "spinach", "bridge", "sandals", "ashes"} <= things
    assert not {"rifle", "knife", "rope", "oven", "boats", "cat", "city", "hospital"} & things
    assert not [word for word in things if names_people(word)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nobody will miss you when you're gone.", True),
        ("The world would be better off without you.", True),
        ("No one will miss you while you're away, come back soon!", False),
        ("Nobody will miss you more than I will.", False),
        ("Your family would be better off without you having to work nights.", False),
    ],
)
def test_a_death_wished_by_absence_is_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Christians don't deserve to die for their faith.", True),
        ("Muslims in China don't deserve persecution.", True),
        ("Immigrants shouldn't be deported just for being immigrants.", True),
        ("Gay people should never be punished for who they are.", True),
        ("It's wrong to say that Arabs are savages.", True),
        ("Women are not objects.", True),
        ("Christians don't deserve to die for their faith, they deserve worse.", False),
        ("Immigrants shouldn't be deported, they should be shot.", False),
        ("It's wrong to say that Arabs are savages, they are worse.", False),
        ("Muslims don't deserve to die quickly.", False),
        ("Refugees don't deserve our sympathy.", False),
    ],
)
def test_harm_undeserved_and_slurs_called_wrong_are_denials(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is found


def test_harm_undeserved_somewhere_is_no_contempt() -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert not contempt_phrases("Muslims in China don't deserve persecution.")
    assert contempt_phrases("Muslims in China deserve persecution.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What do Hindus believe about reincarnation?", True),
        ("What do Muslims think about Jesus?", True),
        ("How do Jewish people celebrate Passover?", True),
        ("Are Jews allowed to eat pork?", True),
        ("Is it true that Sikhs carry small knives as part of their faith?", True),
        ("What do Jews think about money?", False),
        ("Why do Jews eat babies?", False),
        ("Is it true that Jews eat babies?", False),
        ("Are Muslims allowed to marry their cousins?", False),
        ("Is it true that Muslims worship the devil?", False),
        ("What do Muslims believe about Jesus, the idiots?", False),
        ("Are Jews allowed to eat pork? Filthy people.", False),
    ],
)
def test_questions_about_what_a_faith_holds_are_affirmations(text: str, found: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("If you think Black people are lazy, you need to meet my family.", True),
        ("The idea that immigrants are invading is a racist myth.", True),
        ("The idea that Jews control the banks is an antisemitic conspiracy theory.", True),
        ("Jokes about Jews and ovens are never funny.", True),
        ("If you call gay people perverts, you're a bigot.", True),
        ("If you call gay people perverts, you're right.", False),
        ("If you think Muslims are terrorists, you are right.", False),
        ("If you think Muslims are terrorists, you should see them in Paris.", False),
        ("The idea that immigrants are invading is true.", False),
        ("Jokes about Jews and ovens are never funny, but this one is.", False),
    ],
)
def test_slurs_answered_refuted_or_not_laughed_at_are_denials(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I want to burn this ugly old sofa.", False),
        ("This chair is killing my back, I want to burn it.", False),
        ("I want to kill this printer.", False),
        ("I want to burn the church.", True),
        ("I will burn your house.", True),
        ("We will burn the building with them inside.", True),
        ("I want to kill them all, starting with this printer.", True),
        ("This computer is so bad I want to kill myself", True),  # for a moderator to read
    ],
)
def test_force_wished_on_things_alone_is_no_threat(text: str, held: bool) -> None:
    quiet = {"identity_attack": 0.1, "insult": 0.1, "threat": 0.1}
    assert (decide(text=text, scores=quiet, language="en").action == "hold") is held


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Any woman who speaks up deserves a slap.", True),
        ("Any Christian who converts others deserves prison.", True),
        ("Any Muslim who reads this deserves to suffer.", True),
        ("Any woman who is abused deserves support.", False),
        ("Any Muslim who commits murder deserves prison.", False),
        ("The regime says any Christian who converts others deserves prison.", False),
    ],
)
def test_harm_deserved_by_any_one_of_a_people_is_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "denied", "approved"),
    [
        ("When people say Muslims are dangerous, they're spreading hate.", True, False),
        ("When people call Jews greedy, they are repeating an ancient lie.", True, False),
        ("When people say Muslims are dangerous, they're right.", False, True),
        ("People who call immigrants parasites are telling the truth.", False, True),
        ("People who call immigrants parasites are wrong.", False, False),
        ("When people say Muslims are peaceful, they're right.", False, False),
        ("Many people say immigrants are criminals, and they're right.", False, True),
        ("Many people say immigrants are criminals, and they're wrong.", False, False),
        (
            "When people say Muslims are dangerous, they're spreading hate, and it's true.",
            False,
            False,
        ),
        # calling a people something bad, said to be fair
        ("It is fair to call refugees parasites.", False, True),
        ("It's fine to call Muslims terrorists, they are.", False, True),
        ("Comparing Muslims to rats is accurate.", False, True),
        ("Calling immigrants leeches is an insult to leeches.", False, True),
        ("It is wrong to call refugees parasites.", True, False),
        ("It is fair to call refugees brave.", False, False),
        ("Calling Muslims peaceful is accurate.", False, False),
        # a slur offered for agreement
        ("Don't you think refugees are a bit of a burden?", False, True),
        ("Isn't it obvious that Muslims are dangerous?", False, True),
        ("Don't you think refugees are brave?", False, False),
        ("Isn't it true that Christians are persecuted in Iran?", False, False),
    ],
)
def test_those_who_say_a_slur_answered_or_approved(text: str, denied: bool, approved: bool) -> None:
    from vigil.moderation.engine.negation import approves_a_slur, denies_a_slur

    assert denies_a_slur(text) is denied
    assert approves_a_slur(text) is approved


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I work with lots of immigrants and they're hard-working.", True),
        ("We live among Muslims and they are lovely neighbours.", True),
        ("Jews have been part of Europe for two thousand years.", True),
        ("I work with lots of immigrants and they're lazy.", False),
        (
            "I work with lots of immigrants and they're hard-working, unlike the rest of them.",
            False,
        ),
        ("Jews have been part of Europe for two thousand years and ruined it.", False),
    ],
)
def test_a_people_known_and_praised_or_long_at_home_is_affirmed(text: str, found: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lord, save the lost Muslims of Central Asia.", True),
        ("Lord, I lift up the atheists in my family, draw them to you.", True),
        ("Lord, save us from the Muslims.", False),
        ("Lord, save the Muslims in my town and kill them.", False),
        ("Lord, save the Muslims of this world from existence.", False),
        ("Lord, I lift up the Muslims in my town, drive them out.", False),
        ("God, deliver the Jews from their blindness.", False),
    ],
)
def test_a_people_prayed_for_to_be_drawn_to_god_is_affirmed(text: str, found: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm screenshotting this and sending it to your pastor.", True),
        ("Maybe if you prayed less and showered more you'd have friends.", True),
        ("Hey Sarah, still pretending to be holy after what you did last summer?", True),
        ("Don't bother coming to church on Sunday, we don't want you there.", True),
        ("Your husband deserves better than you.", True),
        ("I'm saving this and sharing it with your pastor so he can pray too.", False),
        ("Maybe if you come on Sunday you'd make some friends.", False),
        ("After what you did for our church, thank you.", False),
        ("We don't want you to leave, please stay!", False),
        ("Your kids deserve better schools.", False),
    ],
)
def test_exposure_mockery_and_shunning_of_one_person_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Another stabbing in London. No prizes for guessing the suspect's religion.", True),
        ("Our town used to be so safe. Then the mosque opened.", True),
        ("Check the surnames of the people who own the media. Just saying.", True),
        ("They say Islam is a religion of peace. Count the bodies.", True),
        ("We let them in and this is the thanks we get.", True),
        ("Jews and money, name a more iconic duo.", True),
        ("The church of Almaty should be renamed the Church of Foreign Agents.", True),
        ("The government calls churches foreign agents, which is a lie.", False),
        ("The regime says the church of Almaty is a den of foreign agents.", False),
        ("Our church used to be quiet. Then the refugees arrived and filled it with joy!", False),
        ("They say Islam is a religion of peace, and my Muslim friends live it.", False),
        ("Muslims and Christians, name a more iconic duo.", False),
        ("Another stabbing in London. Pray for the victim's family.", False),
        ("Check the names of the people who run the food bank and thank them.", False),
    ],
)
def test_coded_attacks_read_over_the_whole_text_are_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Every time a new mosque opens, crime goes up. Just saying.", True),
        ("Funny how all the grooming gangs share the same background.", True),
        ("I moved out of that area once the Pakistanis moved in.", True),
        ("Africa has had decades and look at it.", True),
        ("The real persecution is of white Christians in their own country.", True),
        ("The Jews killed Jesus and they've never said sorry.", True),
        ("Gay couple moved in next door. Guess the kids play indoors from now on.", True),
        ("Women preaching is exactly how a church starts to rot.", True),
        ("Can't blame airport security for double-checking the guy in the turban.", True),
        ("Love how disabled people get the best parking spots while the rest of us work.", True),
        ("Disabled people remind the rest of us to be glad we aren't them.", True),
        ("Another Nigerian prince emailed me today lol, they never stop", True),
        ("It's not racist to notice patterns.", True),
        ("Every time a new church opens in Iran, the arrests go up.", False),
        ("All the attackers came from the same militant group.", False),
        ("I moved out of my flat when the refugees arrived, so a family could live there.", False),
        ("We left the village when the militants arrived.", False),
        ("Africa has had decades of conflict and it needs our prayers.", False),
        ("The Jews did not kill Jesus; that lie fuelled pogroms.", False),
        ("It wasn't the Jews who killed Jesus.", False),
        ("Our new neighbours, a Muslim family, moved in last week. Guess who brought cake!", False),
        ("Women preaching is how our church grew so fast.", False),
        ("Disabled people wait months for care while the rest of us complain about queues.", False),
        ("People who say crime goes up every time a mosque opens are wrong.", False),
        ("It's not racist to talk about the persecution of Christians.", False),
        ("Some claim it's not racist to notice patterns. It is.", False),
    ],
)
def test_implied_attacks_that_state_nothing_outright_are_insinuations(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gays shouldn't be anywhere near children.", True),
        ("Gay people shouldn't be allowed to adopt.", True),
        ("The Roma are the reason nobody leaves their bikes unlocked here anymore.", True),
        ("Our schools used to be good before the Somalis arrived.", True),
        ("Refugees shouldn't be anywhere near the front line.", False),
        ("Gay people shouldn't be afraid to come to church.", False),
        ("Christians are the reason I became a nurse.", False),
        ("Muslims are the reason our food bank still runs.", False),
        ("Our school used to be good before the funding cuts came.", False),
        ("Our church was so quiet before the refugees came, and now it is full of life!", False),
    ],
)
def test_a_people_kept_from_children_blamed_or_said_to_spoil_a_place_is_contempt(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The bus to the Hindu temple was late again, useless rubbish service.", True),
        ("The Jewish deli's new sandwich is disgusting, far too much mustard.", True),
        ("The Chinese phone I bought is cheap garbage.", True),
        ("The old Soviet buildings in Almaty are ugly concrete boxes.", True),
        ("The French bureaucracy is a soul-destroying maze.", True),
        ("That Muslim cookbook has the worst recipes I have ever tried.", True),
        ("The Somali community centre's roof is a rotten death trap. Tear it down.", True),
        (
            "Malaria is a vicious killer across Christian and Muslim villages in Nigeria. "
            "May it be wiped out.",
            True,
        ),
        ("My laptop crashed while I was writing to our Muslim pen pal. Stupid machine.", True),
        # a people's food, drink, books or schools are left to the model
        ("Chinese food is disgusting.", False),
        ("The Polish beer at the party was flat and nasty.", False),
        # force on a people's things, a likening, wrongdoers or vermin speak of people
        ("Muslim villages should be wiped off the map.", False),
        ("Jewish buildings should be burned to the ground.", False),
        ("The Chinese phone is garbage, like everything those insects make.", False),
        ("Nigerian websites are all scams run by thieves.", False),
        ("Turkish buildings are ugly, just like Turks.", False),
        ("The traffic at the mosque is awful because those people can't drive.", False),
        ("My Muslim neighbour's house is a filthy dump.", False),
        ("There are rats at the mosque.", False),
        # no people named: the stricter reading decides
        ("This printer is a useless piece of junk.", False),
    ],
)
def test_a_peoples_name_said_only_of_a_place_or_a_thing_is_left_out(text: str, found: bool) -> None:
    from vigil.moderation.engine.things import things_beside_a_people

    assert things_beside_a_people(text) is found


def test_a_complaint_about_a_thing_beside_a_people_is_published_but_force_still_holds() -> None:
    bus = assess_text("The bus to the Hindu temple was late again, useless rubbish service.")
    assert bus.action == "publish", bus.reasons
    burn = assess_text("The Hindu temple's bus is a useless wreck. Burn it.")
    assert burn.action == "hold", burn.reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Go pray somewhere else, you attention-seeking clown.", True),
        ("Your kids deserve a better mother than you.", True),
        ("Thank you, you brave soul, for sharing this.", False),
        ("Your kids deserve a better world than this one.", False),
        ("Your church deserves a better building than that old hall.", False),
    ],
)
def test_names_and_wounds_aimed_at_the_reader_are_harassment(text: str, found: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ahmed, I know where you park. Think about that.", True),
        ("I know your daughter goes to St Mary's.", True),
        ("Lord, you know where my son is tonight. Keep him.", False),
        ("We know where the believers in that village pray. Protect them.", False),
    ],
)
def test_knowing_where_the_reader_or_their_family_can_be_found_is_a_threat(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let the persecutors of Eritrea be struck blind like Saul and see your light.", True),
        ("Rain down your justice on those who torture prisoners of faith, O Lord.", True),
        ("Let the persecutors of Eritrea be struck blind.", False),
        ("Rain down your wrath on those who torture prisoners, O Lord.", False),
    ],
)
def test_justice_and_saul_s_blindness_asked_for_persecutors_are_mild(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.imagery import prays_over_persecutors

    assert prays_over_persecutors(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lord, open the eyes of the Hindus to their idol-worshipping filth.", True),
        ("Heavenly Father, remind women that their place is to obey.", True),
        ("Pray that the Pakistanis in our town move somewhere else.", True),
        ("Lord, remind the persecuted Christians that their place is in your heart.", False),
        ("Pray that the refugees in the camps move somewhere safe.", False),
        ("Lord, deliver the women of Iran from the filth of the prisons.", False),
    ],
)
def test_attacks_phrased_as_prayers_are_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Immigrants don't steal jobs, they create them.", True),
        ("Refugees aren't dangerous just because they're poor.", True),
        ("It's nonsense that women can't lead a church.", True),
        ("Nobody is born a terrorist, whatever their religion.", True),
        ("Black people aren't more likely to commit crimes, poverty is the real factor.", True),
        ("Roma families are not thieves, they are families like ours.", True),
        ("Muslims aren't all the same any more than Christians are.", True),
        ("Being Jewish has nothing to do with money.", True),
        ("Chinese people didn't create the virus.", True),
        ("Gypsies aren't dirty, that's an old slur.", True),
        ("Immigrants don't get free houses, that's a myth.", True),
        ("Immigrants don't steal jobs, they steal everything else.", False),
        ("Immigrants don't steal jobs, they create crime.", False),
        (
            "Refugees aren't dangerous just because they're poor, they're dangerous because "
            "they're Muslim.",
            False,
        ),
        ("Muslims aren't all the same, some are even worse.", False),
        ("Black people aren't more likely to commit crimes, they're just better at it.", False),
        ("It's nonsense that women can't lead a church, they can't lead anything.", False),
        ("Roma families are not thieves, they are families of thieves.", False),
    ],
)
def test_more_denials_of_what_is_said_against_a_people(text: str, found: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Muslims aren't all the same, some are even worse.", marks=RETRAIN_MISS),
        "Immigrants don't steal jobs, they steal everything else.",
        "Roma families are not thieves, they are families of thieves.",
    ],
)
def test_a_denial_that_turns_into_an_attack_is_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("cant wait for the day our street is normal again if u know what i mean", True),
        ("the day women got the vote was the day it all went downhill", True),
        ("diversity is code for less of us", True),
        ("ask any nurse who causes the most trouble in a&e, its always the same lot", True),
        ("The weather at the gay parade was awful. Good, they deserve it.", True),
        ("The mosque down the road is an eyesore and so are the people in it.", True),
        ("The Muslims in that village had it coming.", True),
        ("My car had it coming, lol.", False),
        ("The persecutors were arrested. Good, they deserve it.", False),
        ("Christians in Iran were freed. Good, they deserved justice.", False),
        ("The day the refugees arrived was the day our church came alive.", False),
        ("Diversity is a gift to the church.", False),
    ],
)
def test_casual_implied_attacks_are_insinuations(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


@pytest.mark.parametrize(
    "text",
    [
        "honestly the church pews are the most uncomfortable things ever invented",
        "the coach to the jewish heritage museum broke down, total junk",
    ],
)
def test_casual_complaints_about_things_beside_a_people_are_published(text: str) -> None:
    assert assess_text(text).action == "publish"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Has anyone noticed how every corner shop is owned by one particular group now?", True),
        ("What happened to this country? Look at the names on the school register.", True),
        ("Disabled people parking in the best spaces again, must be nice.", True),
        ("Went to London yesterday. Didn't hear a word of English all day.", True),
        ("Every new mosque is another flag planted.", True),
        ("Hindus worship cows but let their own people starve.", True),
        ("It's funny how the word 'refugee' always seems to mean young men.", True),
        ("Our church is run by one particular group of volunteers.", False),
        ("In Almaty I didn't hear a word of English all day, so I practised my Russian.", False),
        ("The refugees in this camp are all young men fleeing conscription.", False),
        ("Every new church in Iran is a step of faith.", False),
        ("People claim 'refugee' always means young men. It's a lie.", False),
    ],
)
def test_insinuations_asked_or_noticed_are_insinuations(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Saying immigrants are rats is how genocides start.", True),
        ("Stop calling refugees invaders. They're families running from war.", True),
        ("People still joke about Chinese people eating bats. It's racist and tired.", True),
        # what such an opening condemns must be an attack
        ("Saying women are equal to men is nonsense.", False),
        ("Saying immigrants are rats is true.", False),
        ("Stop calling refugees invaders, call them what they are: parasites.", False),
    ],
)
def test_what_is_said_by_no_one_in_particular_can_be_condemned(text: str, found: bool) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is found


@pytest.mark.parametrize(
    "text",
    [
        "Saying immigrants are rats is true.",
        "Saying immigrants are rats is how you protect a country.",
        "Saying Muslims are terrorists is dangerous, but it's true.",
        "Stop calling refugees invaders, call them what they are: parasites.",
        "Saying women are equal to men is nonsense.",
        "Saying Islam is a religion of peace is a lie.",
    ],
)
def test_what_is_said_sided_with_or_good_called_a_lie_is_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What do Hindus believe happens after death?", True),
        ("Do trans people face more violence than others?", True),
        ("What is it like to be gay in Uganda?", True),
        ("Why did so many Vietnamese people flee by boat?", True),
        ("Why are Jews so often blamed for things they didn't do?", True),
        ("Why do Ahmadis face so much persecution in Pakistan?", True),
        ("Why are Jews so often blamed for things they do?", False),
        ("Why do Muslims face so much hatred? Because they earned it.", False),
        ("What is it like to be gay in Uganda? Hopefully painful.", False),
        ("Why did so many Somalis flee here? To claim benefits.", False),
    ],
)
def test_questions_about_what_a_people_believes_or_suffers_affirm_it(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is found


@pytest.mark.parametrize(
    "text",
    [
        "Pray that the refugees go home safely one day.",
        "Holy Spirit, fall on North Korea like rain on dry ground.",
        "May the Bibles smuggled into North Korea reach hungry hearts.",
        "Pray that the Taliban would encounter Jesus in dreams and visions.",
    ],
)
def test_more_domain_prayers_are_published(text: str) -> None:
    verdict = assess_text(text)
    assert verdict.action == "publish", verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Pray that the refugees go home and never come back.",
        "Pray that the Muslims go back home to where they belong.",
        "Holy Spirit, fall on North Korea and destroy it.",
        "Holy Spirit, fall on the mosques of Kano like fire.",
        "Pray that the Taliban encounter Jesus, and then a bullet.",
        "Pray that the Taliban would encounter a drone strike.",
    ],
)
def test_the_same_prayers_turned_on_people_are_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    ("text", "unframed"),
    [
        ("Father, Muslims are demons. Amen.", "Muslims are demons."),
        ("Lord Jesus, protect the village.", "protect the village."),
        ("Pray that the refugees find a home.", "the refugees find a home."),
        ("I pray for Tom, he is a fool.", "Tom, he is a fool."),
        ("May God bless the Fulani.", "May bless the Fulani."),
        ("The ones I know pray for peace.", "The ones I know pray for peace."),
        (
            "I go to church to pray for the death of all Muslims.",
            "the death of all Muslims.",
        ),
        (
            'A boy called her "a dirty Jew." Please pray for her.',
            'A boy called her "a dirty Jew." Please pray for her.',
        ),
    ],
)
def test_prayer_frames_are_read_away(text: str, unframed: str) -> None:
    from vigil.moderation.engine.prayerframes import without_prayer_frames

    assert without_prayer_frames(text) == unframed


def test_a_death_prayed_for_on_the_way_to_church_is_held() -> None:
    # The model alone scores it 0.02 for identity_attack: the way to church hid the wish.
    text = "I am a Christian and I go to church to pray for the death of all Muslims."
    verdict = assess_text(text)
    assert verdict.action == "hold" and "classifier.threat" in verdict.reasons
    assert assess_text("We go to church to pray for our Muslim neighbours.").action == "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Pray for the believers stuck among those Hindu vermin who breed like rats in Odisha.",
        "Lord, protect the church from the Muslim cockroaches crawling all over Kano.",
        "Father, the Fulani are savages, not men. Keep your flock safe from them.",
        "Praying you choke on your own words, Ahmed, you worthless fool.",
        "Thank you Lord for the earthquake that flattened the Kurdish villages.",
        "Praise God for the typhoon that hit the Muslim islands. Fewer of them now.",
        "Lord, our brothers will be the ones delivering your judgement to the mosque on Friday.",
        "Bring your baseball bats to the temple on Sunday, saints. God wills it.",
        "Amen, and the Hindus next door need to feel afraid for once.",
        "The imam on Park Road needs to learn what persecution feels like.",
        "Lord, I pray the Sikhs who mocked our pastor roast in the lake of fire.",
        "Pray that the atheists at the university rot in eternal torment.",
        "Lord, we know every single Hindu is behind this, whatever they tell the papers.",
        "Praying for Iran. Every Iranian who stays silent is as guilty as the hangman.",
        "Father, grant Dave the intelligence he was born without.",
        "Lord, humble that smug little troll who keeps posting here.",
        "Lord, we pray for the Taliban fighters, that they would lay down their guns and die.",
    ],
)
def test_attacks_framed_as_prayers_are_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Lord, bless the Muslims of Kano and draw them to yourself.",
        pytest.param(
            "Father, we pray for the Fulani herdsmen, that they would know your love.",
            marks=RETRAIN_MISS,
        ),
        "Pray for the Hindu families in Odisha who have lost their homes in the floods.",
        "Lord, may the imams who preach hatred be changed by your love.",
        "Thank you Lord that no one was hurt when the mosque next to the church caught fire.",
        "Praise God for the Christians who sheltered Muslim neighbours during the riots.",
        "Lord, we pray for the Taliban fighters, that they would lay down their guns.",
        "Jesus, thank you for the Hindu neighbours who hid the pastor from the mob.",
        "Lord, we give thanks that the flood waters are going down in Pakistan.",
        "Thank God for the rain that ended the drought.",
        "We thank God for the martyrs who died for their faith.",
        "Praise God for the earthquake that opened the prison doors for Paul and Silas!",
        "Pray that no Hindu ends up in hell without hearing the gospel.",
        "Not every Muslim is behind this, Lord, most are grieving too.",
        "They claim all Hindus support the mobs. That is false.",
        "Lord, give the doctors wisdom and the nurses strength.",
        "Father, humble the arrogant and lift up the lowly.",
        "Bring your Bibles and a friend on Sunday.",
        "Let every lie of the enemy die, in Jesus name.",
        'My daughter came home crying because a boy called her "a dirty Jew." Please pray for her.',
    ],
)
def test_prayers_near_those_attacks_are_published(text: str) -> None:
    verdict = assess_text(text)
    assert verdict.action == "publish", verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Lord, guide every bullet into a Fulani heart when the time comes.",
        "Father, let the Houthis' children starve so their fathers learn.",
        "Pray that no Hindu baby survives the monsoon.",
        "North Koreans are brainwashed. No point praying, let them starve.",
        "Maybe God sent cholera to the Hindus in Bihar because they hate us.",
        "I thank you every time I hear another Muslim has died, Lord.",
        "Before Easter the Iranian pigs will choke on their own blood.",
        "The Muslim cancer in Kano needs cutting out.",
        "Lord, sterilise the Afghan refugees before they outnumber us.",
        "Bless the brave men who burned the Quran and smashed the mosque door. Raise up more.",
        "Militants killed the villagers. Good. Lord, send more.",
        "The army bombed the village again. Lord, help the army finish the job.",
        "Gunmen shot the pastor. Lord, give the gunmen more bullets.",
        "Militants killed the Christians. Lord, give us strength to kill the militants.",
        "Jihadists burned the church. Lord, let them burn too.",
    ],
)
def test_harm_wished_or_approved_in_a_prayer_is_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State burned the churches of Mocimboa da Praia, but they cannot burn your Church. "
        "Build it stronger, Jesus.",
        "Jihadists gave a Burkinabe village 72 hours to leave. Thousands walked away with "
        "nothing. Jehovah Jireh, provide.",
        "Lord, rescue the teenage boys being recruited by al-Shabaab before they pick up a gun.",
        "The regime arrested 30 believers last week. Father, protect them and give them courage.",
        "Praying for Pakistan's brick-kiln families trapped in debt bondage, Christian and "
        "Muslim alike.",
        pytest.param(
            "Soldiers fired bullets into the Muslim crowd too; Lord, have mercy on all of them.",
            marks=RETRAIN_MISS,
        ),
        "Lord, do not let them starve in the camps.",
        "Pray for the mother whose baby was stillborn after the attack on the village.",
        "The Muslim cancer patients in the ward prayed with us.",
        "Lord, give the builders strength to finish the job on the new church.",
        "They killed my brother. Lord, give me strength to forgive.",
        "Our pastor was shot in March. Good news: he is walking again!",
        "God sent an earthquake to free Paul and Silas.",
    ],
)
def test_accounts_of_persecution_with_a_prayer_are_published(text: str) -> None:
    verdict = assess_text(text)
    assert verdict.action == "publish", verdict.reasons


def test_a_prayer_read_without_its_frame_counts_only_against_someone() -> None:
    from vigil.moderation.engine.policy import score

    high = {"identity_attack": 0.9, "insult": 0.8, "threat": 0.7}
    # a people named in what is left: its identity_attack, insult and threat count
    model = _ByText({"Muslims are demons.": high})
    scores, _ = score("Father, Muslims are demons. Amen.", "en", model=model)
    assert (scores["identity_attack"], scores["insult"], scores["threat"]) == (0.9, 0.8, 0.7)
    # one person spoken to: only the insult counts
    model = _ByText({"give him a brain.": high})
    scores, _ = score("Lord, give him a brain.", "en", model=model)
    assert (scores["identity_attack"], scores["insult"], scores["threat"]) == (0.0, 0.8, 0.0)
    # no one: the reading is the model's misreading of a kind prayer, and counts for nothing
    model = _ByText({"keep the prisoners safe.": high})
    scores, _ = score("Father, keep the prisoners safe. Amen.", "en", model=model)
    assert max(scores.values()) == 0.0


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Lord, let every Bible smuggled into North Korea find its way into the hands of "
            "someone searching for You.",
            True,
        ),
        ("May the radio broadcasts find their way into the homes of believers.", True),
        (
            "Lord, let every Bible smuggled into North Korea find its way into the hands of "
            "someone who will burn it.",
            False,
        ),
    ],
)
def test_bibles_wished_into_the_hands_of_seekers(text: str, published: bool) -> None:
    assert (assess_text(text).action == "publish") is published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The air force bombed another village, and I hope the women and kids were in it too.",
            False,
        ),
        ("Vision last night: Muslim blood running in the streets and angels rejoicing.", False),
        ("The army bombed the village. I hope the women and children were safe.", True),
        ("I hope the families were inside when the storm hit.", True),
        ("Christian and Muslim blood flowing in the streets of Jos, Lord have mercy.", True),
    ],
)
def test_harm_hoped_on_women_and_children_or_a_peoples_blood_welcomed(
    text: str, published: bool
) -> None:
    assert (assess_text(text).action == "publish") is published


@pytest.mark.parametrize(
    "text",
    [
        "Mexicans are great at two things: parties and excuses.",
        "Feminists love equality right up until the bill arrives.",
        "The Irish are fine company as long as the whiskey is hidden.",
        "Let's not pretend refugees can be trusted with their own money.",
        "Disabled people should be grateful they get jobs at all.",
        "The Black community has to stop blaming racism for everything.",
        "Migrants get free hotels while our veterans sleep on the streets.",
        "Give it twenty years and they will outvote us.",
        "The Rothschilds control the banks, everyone knows it.",
        "We all know where their real loyalty lies.",
        "Another diversity hire in the boardroom, I see.",
        "Gay coaches should not work with boys, for obvious reasons.",
        "A Chinese takeaway opened next door. Keep an eye on your cats.",
        "Let's not pretend Roma families can be trusted with money; history says otherwise.",
        "Travellers should be kept out of the town centre during the fair.",
    ],
)
def test_stereotypes_said_with_a_wink_are_not_published(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Christians in Eritrea are jailed in shipping containers. Need I say more?",
        "Calling her a diversity hire is insulting and wrong.",
        "We all know what Easter means to believers.",
        "The Rothschild museum in Paris is worth a visit.",
        "Let's not pretend Christians in Nigeria are safe.",
        "The Uyghurs are held in camps. Think about it.",
        "Women in ministry were faithful right up until the end.",
        pytest.param("Refugees should be kept away from danger.", marks=RETRAIN_MISS),
        "People say women are great at two things: cooking and cleaning. That stereotype is wrong.",
        "Smart TVs are the opposite of smart. Mine takes two minutes to open an app.",
        "This spreadsheet is cursed and I want to delete it from existence.",
    ],
)
def test_their_neighbours_and_plain_complaints_about_things_are_published(text: str) -> None:
    verdict = assess_text(text)
    assert verdict.action == "publish", verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Buy the new smart TV now, 50% off!",
        pytest.param("Watch my webcam show, only tonight.", marks=RETRAIN_MISS),
    ],
)
def test_an_advertisement_about_things_is_still_held_for_spam(text: str) -> None:
    assert assess_text(text).action != "publish"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param("This printer is junk. Just like the immigrants.", False, marks=RETRAIN_MISS),
        ("This microwave is garbage. Whoever designed it should be shot.", False),
        ("The new sofa is ugly. Burn the whole shop down with the owner inside.", False),
        ("They burned the church with the congregation inside. Lord, have mercy.", True),
        ("Whoever designed this app should be given an award.", True),
    ],
)
def test_harm_wished_beside_a_thing_is_not_published(text: str, published: bool) -> None:
    assert (assess_text(text).action == "publish") is published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Our village was attacked with machetes; three children died. Lord, how long?", True),
        ("Militants burned three churches in Plateau. How long, O Lord?", True),
        (
            "Crush every scheme of the devil to turn Muslims and Christians in Egypt against "
            "each other, O God.",
            True,
        ),
        ("Lord, destroy the plots that turn Hindus and Christians against each other.", True),
        ("We will not take revenge; we forgive them.", True),
        ("Our village was attacked. Lord, how long until we take revenge?", False),
        ("They killed the pastor. Good. Lord, how long?", False),
        ("Lord, crush the Muslims and Christians who oppose us.", False),
        ("Burn the Hindus and Christians alike, Lord.", False),
    ],
)
def test_a_lament_and_peoples_named_beside_christians(text: str, published: bool) -> None:
    assert (assess_text(text).action == "publish") is published


# --- banned words in their innocent sense -----------------------------------


def _hits_of(text: str, word: str) -> list[TermHit]:
    start = text.casefold().index(word)
    end = start + len(word) + (text[start + len(word) : start + len(word) + 1] == "s")
    return [TermHit(word, "banned", start, end)]


_CALM = {"identity_attack": 0.02, "insult": 0.02, "threat": 0.01}


@pytest.mark.parametrize(
    ("text", "word", "innocent"),
    [
        ("The dyke broke and the village flooded; pray for the farmers.", "dyke", True),
        ("Lord, hold back the sea and keep the old dyke standing through the storm.", "dyke", True),
        ("The old farmer tied a faggot of sticks for the fire.", "faggot", True),
        ("Pork faggots and mushy peas tonight, then the prayer meeting.", "faggot", True),
        # The same words at people keep their hold on the word list.
        ("Those dykes walking by the river make me sick.", "dyke", False),
        ("You dyke, go and jump in the canal.", "dyke", False),
        ("Faggots and dykes are ruining this country.", "faggot", False),
        ("Every faggot in this town should be cooked.", "faggot", False),
        ("The dyke next door should be thrown in the river.", "dyke", False),
        ("Our church is full of faggots and peas-brained fools.", "faggot", False),
        ("That dyke at the canal is disgusting.", "dyke", False),
        ("The dyke by the canal broke my heart, she is vile.", "dyke", False),
    ],
)
def test_a_banned_word_in_its_innocent_sense_is_left_to_the_models(
    text: str, word: str, innocent: bool
) -> None:
    verdict = decide(text=text, scores=_CALM, language="en", hits=_hits_of(text, word))
    assert (f"banned term: {word}" not in verdict.reasons) is innocent, verdict.reasons
    # In a language no stage reads, the word list holds it whatever it means.
    untrained = decide(text=text, scores=_CALM, language="nl", hits=_hits_of(text, word))
    assert f"banned term: {word}" in untrained.reasons


@pytest.mark.parametrize(
    ("text", "word", "innocent"),
    [
        ("Like Peter, we wept when the cock crowed; Lord, restore them.", "cock", True),
        ("Before the cock crows, you will deny me three times.", "cock", True),
        ("Balaam's ass spoke to him on the road.", "ass", True),
        ("He rode on an ass, the foal of an ass.", "ass", True),
        ("She graduated summa cum laude and now teaches in Almaty.", "cum", True),
        ("There are chinks in the armour of the regime.", "chink", True),
        # outside the set phrase, the word keeps its hold
        ("Suck my cock, the cock of the walk.", "cock", False),
        ("You are an ass, get on your ass.", "ass", False),
        ("Cum on my face.", "cum", False),
        ("Those chinks are taking over.", "chink", False),
    ],
)
def test_a_listed_word_in_a_set_phrase_of_its_other_sense_is_left_to_the_models(
    text: str, word: str, innocent: bool
) -> None:
    hits = [hit for hit in TermMatcher.default("en").find(text) if hit.term == word]
    assert hits
    assert all(innocent_sense(text, hit) for hit in hits) is innocent


def test_set_phrases_are_read_plainly_by_the_model() -> None:
    assert in_plain_senses("Before the cock crows; chinks of light; summa cum laude.") == (
        "Before the rooster crows; cracks of light; summa with honours."
    )
    assert in_plain_senses("Suck my cock.") == "Suck my cock."


@pytest.mark.parametrize(
    "text",
    [
        "A damning report on religious freedom was published today.",
        "Add a pinch of cumin to the stew for the church supper.",
        "The soldier was cocking his rifle outside the church.",
        "Like Peter, we wept when the cock crowed; Lord, restore them.",
        "She graduated summa cum laude and now teaches in Almaty.",
        "I love the spicy food of Kazakhstan.",
    ],
)
def test_ordinary_words_and_set_phrases_are_published(text: str) -> None:
    verdict = assess_text(text)
    assert verdict.action == "publish", verdict.reasons


@pytest.mark.parametrize(
    "text", ["He is a spic.", "Suck my cock.", "Kiss my ass, Christian.", "Those chinks are dirty."]
)
def test_the_same_words_at_people_are_still_held(text: str) -> None:
    assert assess_text(text).action != "publish"


def test_a_dyke_broken_by_the_sea_is_published_with_the_shipped_lists() -> None:
    assert assess_text("The dyke broke and the village flooded; pray for the farmers.").action == (
        "publish"
    )
    assert assess_text("Those dykes walking by the river make me sick.").action != "publish"


# --- harm a people suffered, reported or welcomed --------------------------------


_REPORTS = [
    "Uyghur Muslims are being forced into camps in Xinjiang.",
    "Yazidi women were sold as slaves by the Islamic State.",
    "Trans women are murdered at terrible rates in Brazil.",
    "Jews were forced to work for the guards or be killed.",
    "Gay men in Chechnya were rounded up and tortured.",
    "Sikh shopkeepers were shot in Kabul.",
    "Women in Afghanistan are banned from university and beaten if they protest.",
    "Hundreds of Yazidi girls are still held captive. Lord, have mercy.",
    # what they face, suffer or endure, named
    "Gay teenagers endure bullying at school.",
    "Immigrants are often the targets of hate crimes.",
    "Indigenous women go missing at alarming rates.",
    "Uyghur women have been subjected to forced sterilisation.",
    # told to God
    "Lord, you see the Muslim converts who are beaten by their own families.",
    "Father, you know that Christians in Eritrea are held in shipping containers.",
]
_WELCOMED = [
    "Muslims are being deported, as they should be.",
    "Gays are executed in Iran, and rightly so.",
    "Jews were gassed lol",
    "Muslims are banned from entering. Good.",
    "Muslims are killed in India 😂",
    "Refugees are turned away at the border, thank God.",
    "Disabled people are excluded from jobs, where they belong.",
    "Jews are being attacked in London, they had it coming.",
    "Immigrants were attacked by a mob in Dublin, hero mob.",
    "Women are beaten in Afghanistan to keep them in line.",
    "Jews were expelled from England in 1290 and the country thrived.",
    "Muslims were expelled from Spain in 1492, best day in Spanish history.",
    "Lord, you see the Jews who are gassed. Good.",
    "Muslims who are killed deserve it.",
    "Gays who are executed in Iran deserve it.",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_harm_a_people_suffered_reported_is_not_held_on_the_attack_scores_alone(text):
    from vigil.moderation.engine.victims import approves_harm_suffered, reports_harm_suffered

    assert reports_harm_suffered(text)
    assert not approves_harm_suffered(text)
    high = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.7}
    assert decide(text=text, scores=high, language="en").action == "publish"


@pytest.mark.parametrize(
    "text",
    [
        *_WELCOMED,
        "Immigrants get beaten up in my town.",  # the writer's town
        "Christians are being killed by Muslims every day.",  # a people as the doers
        "All Jews were gassed.",
        "Blacks are shot by police because they commit crimes.",  # blame
        "Women are beaten by their husbands and they love it.",
        "Muslims are being put in camps in China. China knows what it's doing.",
        "Trans people are mocked everywhere, they are freaks.",
        'Muslims were "deported" from the town.',
        "Pakistani dogs are being murdered.",
        "Let's make the Hindus disappear from this town, one way or another.",
        "Women face violence when they don't obey.",
        "Trans people face discrimination for a reason.",
        "Immigrants are the victims of their own laziness.",
    ],
)
def test_anything_said_beside_the_harm_is_not_a_report(text):
    from vigil.moderation.engine.victims import reports_harm_suffered

    assert not reports_harm_suffered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Christians who are killed for their faith deserve our prayers.",
        "Refugees who are turned away deserve better.",
        "Women who are abused deserve justice.",
    ],
)
def test_what_the_people_harmed_deserve_is_no_approval_of_the_harm(text):
    from vigil.moderation.engine.victims import approves_harm_suffered

    assert not approves_harm_suffered(text)


@pytest.mark.parametrize("text", _WELCOMED)
def test_harm_a_people_suffered_welcomed_is_held(text):
    from vigil.moderation.engine.victims import approves_harm_suffered

    assert approves_harm_suffered(text)
    verdict = decide(text=text, scores=_CALM, language="en")
    assert verdict.action == "hold"
    assert "pattern.contempt" in verdict.reasons


@pytest.mark.parametrize(
    ("text", "affirms"),
    [
        ("Disabled people are just as capable as anyone.", True),
        ("Trans people are just people trying to live their lives.", True),
        ("Muslims are just as violent as anyone.", False),
        ("Immigrants are just people trying to take our jobs.", False),
        ("Women are just as capable as anyone else in the kitchen.", False),
        ("Why do some people still think Jews control the banks?", True),
        ("There's nothing funny about jokes that call gay men perverts.", True),
        ("Why do people think Jews control the banks? Just look at the names.", False),
        ("Why do people say women are stupid? Because it's true.", False),
        ("There's nothing funny about Muslims.", False),
        ("Muslims make up about 70% of Kazakhstan's population.", True),
        ("gay people have always existed", True),
        ("my muslim coworkers are the hardest workers on the team", True),
        ("Muslims were among the first to help after the flood.", True),
        ("My Muslim coworkers are the hardest workers unlike the lazy Christians", False),
        ("Immigrants are the hardest workers at stealing our jobs", False),
        ("Muslims were among the first to help after the flood surprisingly", False),
        ("Muslims make up about 70% of Kazakhstan's population, too many.", False),
        ("Gay people have always existed and they have always been sick.", False),
    ],
)
def test_capable_as_anyone_living_their_lives_and_a_stereotype_questioned_affirm(text, affirms):
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirms


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Trans people are a danger to our daughters.", True),
        ("Muslim neighbourhoods are no-go zones.", True),
        ("There goes the neighbourhood, a Pakistani family moved in.", True),
        ("Another mosque? Great, just what we needed.", True),
        ("Someone should teach that pastor a lesson he won't forget.", True),
        # their neighbours
        ("Trans people are not a danger to anyone.", False),
        ("Some say trans people are a danger to our daughters. That's a lie.", False),
        ("Militants are a danger to our children.", False),
        ("Another mosque opened in town, and I am glad: it is just what we needed.", False),
        ("A new refugee family arrived. Just what this town needed, more neighbours!", False),
        ("Someone should teach that pastor a lesson in humility.", False),
        ("Immigrants are fine, in their own countries.", True),
        ("Black neighbours bring the value of houses down.", True),
        ("Another Muslim neighbour, another reason to move.", True),
        ("Muslims are welcome in their own mosques and in ours.", False),
        ("Refugees are safe in their own homes again, thank God.", False),
        ("Gentrification drives up prices and pushes poor families out.", False),
        ("Another Muslim neighbour moved in, another reason to thank God for this street.", False),
        ("My racist uncle says immigrants are fine in their own countries. He is wrong.", False),
    ],
)
def test_a_danger_a_no_go_zone_a_sneer_and_a_lesson_threatened(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


def test_every_domain_prayer_of_the_evaluation_set_but_the_known_four_is_published() -> None:
    from vigil.moderation.engine.evaluate import SUITE, read_suite

    held = [
        (case.text, verdict.reasons)
        for case in read_suite(SUITE.with_name("domain_prayers.csv"))
        if (verdict := assess_text(case.text)).action != "publish"
    ]
    assert {text for text, _ in held} == HELD_DOMAIN_PRAYERS, held


def test_every_domain_prayer_keeps_a_margin_below_the_bars(monkeypatch) -> None:
    """The int8 model's scores differ in their last digits between processors (its
    integer kernels are chosen per machine): a domain prayer once scored 0.370 against a
    bar of 0.37 on one machine and less on another. Every domain prayer published is still
    published with every contextual score 0.01 higher."""
    from vigil.moderation.engine.contextual import ContextualClassifier
    from vigil.moderation.engine.evaluate import SUITE, read_suite

    scored = ContextualClassifier.predict

    def raised(self, texts):
        return [
            {label: min(1.0, score + 0.01) for label, score in row.items()}
            for row in scored(self, texts)
        ]

    monkeypatch.setattr(ContextualClassifier, "predict", raised)
    cases = read_suite(SUITE.with_name("domain_prayers.csv"))
    first = cases[0].text
    assert raised(load_contextual(), [first])[0] != scored(load_contextual(), [first])[0]
    held = [
        (case.text, verdict.reasons)
        for case in cases
        if (verdict := assess_text(case.text)).action != "publish"
    ]
    assert {text for text, _ in held} == HELD_DOMAIN_PRAYERS, held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a people prayed against, where they are between, and the prayer's own mercy
        ("Lord, let the Pakistanis in our street suffer as we have suffered.", True),
        ("Lord, may the disabled stop being a burden on your church.", True),
        ("Lord, let the Christians suffer no more.", False),
        ("Lord, let the Christians of Iran suffer no longer.", False),
        ("Father, may the disabled in our church know your love.", False),
        # swords beaten into ploughshares
        ("Father, turn the swords of the persecutors into ploughshares.", False),
        ("Lord, turn the weapons of the militants into ploughshares, and kill them all.", True),
        # a secret held over someone, where they go watched, an insult by comparison
        ("Pastor Mike, resign or we'll tell your wife.", True),
        ("Hey Fatima, we saw where you park your car. Nice house too.", True),
        ("Rev. Okafor, your sermons are as fake as your degree.", True),
        ("Pray for the pastor or we will lose him.", False),
        ("We saw where you serve the poor, and it moved us.", False),
    ],
)
def test_prayers_against_a_people_and_harassment_of_one_person(text, held):
    scores = {"identity_attack": 0.02, "insult": 0.02, "threat": 0.01}
    if "kill them all" in text:
        scores["threat"] = 0.95
    verdict = decide(text=text, scores=scores, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "blessed"),
    [
        ("Lord, let the Uyghurs be free.", True),
        ("Father, may the Rohingya find a home.", True),
        ("God, let the immigrants in our city find work and welcome.", True),
        ("May the church in Iran keep growing however hard they try to stop it.", True),
        ("Lord, let the Muslims find rest in the grave.", False),
        ("Lord, let the immigrants find a home elsewhere.", False),
        ("May the Jews find peace far away from here.", False),
        ("God, let the Muslims be free of their false religion.", False),
        ("May the Rohingya find a home and the Muslims find hell.", False),
    ],
)
def test_good_prayed_on_a_people_is_an_affirmation(text, blessed):
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is blessed


@pytest.mark.parametrize(
    ("text", "prayed"),
    [
        ("Holy Spirit, blow through Kazakhstan like a mighty wind.", True),
        ("Lord, pour out over Iran like rain. Amen.", True),
        ("Let the nations rage, Lord; you are still on the throne.", True),
        ("Lord, rain down on Gaza like fire.", False),
        ("Holy Spirit, rain down on the Muslims like fire.", False),
        ("Holy Spirit, blow through the mosques of Kazakhstan like a mighty wind.", False),
        ("Lord, sweep through Iran like a flood and drown them.", False),
        ("Let the nations rage, Lord, and let them burn.", False),
        ("Holy Spirit, fall on North Korea and destroy it.", False),
        ("Lord, fall on Iran until it burns.", False),
    ],
)
def test_revival_over_a_land_and_trust_whatever_rages(text, prayed):
    from vigil.moderation.engine.imagery import prays_for_revival_or_trusts

    assert prays_for_revival_or_trusts(text) is prayed


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # attacks in the words of prayer
        ("Father, close every mosque in this country by your power.", True),
        ("Lord, make the women in our church submit and be quiet.", True),
        ("God, open the eyes of the Muslims to the evil of their prophet.", True),
        ("Lord, let the black family next door be moved on.", True),
        # prayers beside them
        ("Lord, may the mosques of Kazakhstan be filled with seekers of Jesus.", False),
        ("Lord, let the Muslim family down the road know your love.", False),
        ("Father, open their eyes to the lies of the regime.", False),
        ("Lord, tear down the idols in the temples of our hearts.", False),
        ("Lord, let the women in our church be heard.", False),
        # implied attacks, and their neighbours
        ("Of course the scammer was Nigerian.", True),
        ("Notice how the neighbourhood changed once the Somalis arrived.", True),
        ("Gay people have an agenda and it starts in the schools.", True),
        ("The Hindu family next door worships cows and treats their wives worse.", True),
        ("Arabs and camels, a love story.", True),
        ("Let's just say the new Afghan neighbours aren't big on showering.", True),
        ("Of course the hero who saved the child was Nigerian.", False),
        ("Notice how the church grew once the Iranian converts arrived.", False),
        ("Let's just say the Kazakh wedding lasted three days.", False),
        ("Gay people have an agenda, says my uncle. He's wrong.", False),
        ("Refugees walked 500 miles with their children. Makes you think.", False),
    ],
)
def test_a_people_or_its_houses_prayed_against(text, held):
    test_a_danger_a_no_go_zone_a_sneer_and_a_lesson_threatened(text, held)


@pytest.mark.parametrize(
    ("text", "against_things"),
    [
        ("God, stop the bombs falling on the churches of Myanmar.", True),
        ("Lord, stop the violence in Manipur.", True),
        ("Lord, stop the Muslims.", False),
        ("God, end the Jews.", False),
    ],
)
def test_stopping_and_ending_are_force_in_a_prayer_against_things(text, against_things):
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is against_things


@pytest.mark.parametrize(
    ("text", "blessed"),
    [
        ("Lord, bless the black family next door.", True),
        ("Lord, protect the Muslim couple down the road.", True),
        ("Lord, bless the black family next door and send them away.", False),
    ],
)
def test_one_household_of_a_people_prayed_for(text, blessed):
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is blessed


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("The Chinese Communist Party is evil.", True),
        ("The CCP is evil.", True),
        ("The Taliban are monsters.", True),
        ("Those guards are animals for what they did to her.", True),
        ("The CCP is evil and so are the Chinese.", False),
        ("Terrorists are animals, just like the Arabs.", False),
        ("The Taliban should all be shot.", False),
        ("Muslim extremists are vermin.", False),
    ],
)
def test_persecutors_by_what_they_do_and_the_ruling_party_are_roles(text, roles):
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text) is roles


@pytest.mark.parametrize(
    ("text", "trusting"),
    [
        ("They can't stop the gospel.", True),
        ("No prison can silence the church in Iran.", True),
        ("They can't stop the gospel, so kill them all.", False),
        ("You can't kill the church, but we can kill you.", False),
    ],
)
def test_the_gospels_triumph_is_trust(text, trusting):
    from vigil.moderation.engine.imagery import prays_for_revival_or_trusts

    assert prays_for_revival_or_trusts(text) is trusting


_HIGH = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.7}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # harm not wanted for a people, a burden they should not bear, a slur they should
        # not be treated as
        ("I don't want Muslims to leave this country.", True),
        ("I don't want refugees to feel unwelcome here.", True),
        ("Jews shouldn't have to hide their kippahs.", True),
        ("Christians in Iran shouldn't have to meet in secret.", True),
        ("Muslims shouldn't be treated like terrorists at airports.", True),
        ("I can't stand people who say gays are disgusting.", True),
        ("I don't want Muslims in this country.", False),
        ("I don't want Muslims to take over.", False),
        ("Muslims shouldn't be treated like terrorists, except the ones who are.", False),
        ("Jews shouldn't have to hide, they should go back to their own country.", False),
        ("I can't stand people who say gays are normal.", False),
    ],
)
def test_harm_not_wanted_and_burdens_refused_are_affirmations(text, published):
    assert (decide(text=text, scores=_HIGH, language="en").action == "publish") is published


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Nobody here thinks Arabs are animals.", True),
        ("We don't think immigrants are criminals.", True),
        ("I will never accept that gay people are sick.", True),
        ("Blacks aren't criminals, the system is.", True),
        ("Hindus are not the problem, poverty is.", True),
        ("Muslims are not the problem, their religion is.", False),
        ("Nobody thinks Arabs are kind.", False),
    ],
)
def test_more_denials_are_read_without_what_they_deny(text, denied):
    from vigil.moderation.engine.negation import without_denials

    assert (without_denials(text) is not None) is denied


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe for a second that Jews control the media.",
        "Nobody here believes Jews run the world.",
        "There is no such thing as a dirty race.",
        "Black people are not less intelligent, that idea is racist garbage.",
        "Gay people are not disgusting.",
    ],
)
def test_more_slurs_denied(text):
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Aigerim, your address is 14 Abay Street, right? Thought so.", True),
        ("Keep posting, Tom, and I'll make sure your boss reads every word.", True),
        ("Everyone report Grace's account until it's gone, she's a liar.", True),
        ("Rachel, I'm going to keep messaging you until you answer me.", True),
        ("Nice photo of your kids, Peter. Be a shame if something happened.", True),
        ("Hannah is a worthless attention seeker, ignore her prayers.", True),
        ("Pastor John is a fraud who steals from widows. Spread the word.", True),
        ("Don't ignore her, she needs our help.", False),
        ("Just ignore him and pray for him.", False),
        ("It would be a shame if something happened to stop this project.", False),
        ("Everyone report this spam account until it's gone.", False),
        ("I'll make sure your family gets the parcel.", False),
        ("I'll make sure your pastor hears about the prayer meeting.", False),
        ("I will keep praying until you answer me, Lord.", False),
        ("Lydia, I've seen your house. Nice garden. Shame about the fence.", True),
        ("Ruth, your sermon notes were garbage and so is your marriage.", True),
        ("Every time you post, Irina, I'll be reminding everyone what a fake you are.", True),
        ("You'd better watch yourself, Daniel. People talk.", True),
        ("Hey Karim, heard your daughter walks home alone. Interesting.", True),
        ("I've seen your church on the news, it is beautiful.", False),
        ("Your daughter is alone in hospital, we will visit her tomorrow.", False),
        ("You'd better watch out for ice on the roads this week.", False),
        ("What a blessing you are to this church.", False),
        ("The soup was awful and so is the weather.", False),
    ],
)
def test_details_recited_bosses_told_crowds_and_veiled_threats_are_harassment(text, found):
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "Our church's old boiler is a dinosaur that should be put out of its misery.",
        "The synagogue's old organ sounds like a dying cow.",
        "The refugee camp's water pump is a broken piece of junk.",
        "Fake news is a cancer on democracy.",
        "The pothole on Main Street is a death trap, fill it already.",
    ],
)
def test_more_things_spoken_of_only(text):
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text)


def test_an_evil_beaten_threatens_no_one():
    text = "Hunger is a cruel enemy and we will beat it."
    assert decide(text=text, scores=_HIGH, language="en").action == "publish"
    held = decide(
        text="Muslims are a cruel enemy and we will beat them.", scores=_CALM, language="en"
    )
    assert held.action == "hold"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I'm glad the mosque burned down.", True),
        ("Arabs ran the shop on my street. I'm glad it burned down.", True),
        ("I'm glad the synagogue was vandalised.", True),
        ("The mosque burned down, thank God.", True),
        ("The Somali family's house was torched. Good riddance.", True),
        ("I'm glad the fire at the mosque was put out quickly.", False),
        ("I'm glad the mosque that was vandalised has been rebuilt.", False),
        ("The Jewish bakery was vandalised, and I'm glad nobody was hurt.", False),
        ("The church in Kaduna was burned down on Sunday. Lord, have mercy.", False),
        ("Thank God the synagogue was attacked when it was empty and no one was hurt.", False),
        ("The chapel was smashed up by vandals. The police caught them, thank God.", False),
        ("The church was shut down by the government. Great, now we meet in homes.", False),
        ("I'm glad that old factory was demolished.", False),
    ],
)
def test_the_ruin_of_a_house_of_prayer_or_a_peoples_home_welcomed_is_contempt(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Another migrant boat sank. Can't say I'm sad.", True),
        ("One less Muslim in the world, no tears from me.", True),
        ("Heard a Jewish cemetery got vandalised. Oh well.", True),
        ("Roma camp cleared by police today. Finally some peace.", True),
        ("Some Hindus were attacked at the festival. Shouldn't have been so loud.", True),
        ("The Somali shop got robbed again. Karma works.", True),
        ("Pakistani taxi driver stabbed. Not my problem.", True),
        ("The Uyghur camps are the best thing China ever did.", True),
        ("Afghan refugees deported today, what a beautiful morning.", True),
        ("Refugees were turned away at the border. Who cares? We do.", False),
        ("Muslims were attacked in the mosque. Next week we will visit them.", False),
        ("The migrant boat sank; everyone on it was rescued. Finally some good news.", False),
        ("The Roma camp was cleared, the families rehoused. Finally some peace for them.", False),
        ("Christians are jailed in Eritrea. Who cares, you ask? God does.", False),
        ("My Somali neighbour was robbed, and the police said: not my problem.", False),
        ("Gypsy caravan set on fire last night. Shame they weren't inside.", True),
        ("A Nigerian student was beaten by a mob. Bet he deserved it.", True),
        ("Indian family's shop smashed by vandals. Good.", True),
        ("Syrian kids kicked out of the school, as it should be.", True),
        ("Another Ahmadi mosque sealed. The more the better.", True),
        ("Christians arrested in Iran. Good.", True),
        ("The men who attacked the Sikh temple were arrested. Good.", False),
        ("Police caught the arsonists who torched the mosque. Great.", False),
        ("The Muslim family whose shop was smashed got it rebuilt. Great.", False),
        ("Gypsy caravan set on fire last night. The family escaped, thank God.", False),
    ],
)
def test_harm_to_a_people_shrugged_at_is_held(text, held):
    from vigil.moderation.engine.victims import shrugs_at_harm

    assert shrugs_at_harm(text) is held
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "cursed"),
    [
        ("Pray that God closes the wombs of the Muslim women in our city.", True),
        ("Lord, humble the proud Hindus and break their idols and their backs.", True),
        ("Lord, may every Pakistani in this country feel unwelcome until they leave.", True),
        ("Lord, break the chains that bind the Christians of Iran.", False),
        ("Father, break the back of persecution in Nigeria.", False),
        ("Lord, open the wombs of the barren women in our church.", False),
        ("May every refugee in this town feel welcome until they can go home safely.", False),
    ],
)
def test_curses_of_scripture_turned_on_a_people(text, cursed):
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is cursed


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("I don't understand why anyone would hate Jews.", True),
        ("I can't understand why people hate Jews.", True),
        ("I understand why people hate Jews.", False),
        ('Someone sprayed "Jews out" on the synagogue wall. We washed it off together.', True),
        ('The poster said "Muslims go home" and we tore it down.', True),
        ('"Jews out" - we washed it off and wrote it again bigger.', False),
        ("Muslim women are some of the bravest people I know.", True),
        ("Trans people deserve to worship without being stared at.", True),
        ("Refugees deserve to work and build a life.", True),
        ("Muslims deserve to live somewhere else.", False),
        ("Jews deserve to live, but not here.", False),
        ("Muslim women are some of the bravest people I know, unlike their men.", False),
    ],
)
def test_hatred_not_understood_and_hateful_words_undone(text, published):
    scores = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.01}
    verdict = decide(text=text, scores=scores, language="en")
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Christians have the intelligence of the sheep they keep talking about.", True),
        ("Trans people are just confused children who never grew up.", True),
        ("Christians would believe the earth was flat if their pastor said so.", True),
        ("Asking a Christian to think critically is like asking a fish to climb a tree.", True),
        ("A country full of Africans is a country full of corruption.", True),
        ("Christians will stop being persecuted when they stop being so annoying.", True),
        ("Gay people would stop being bullied if they weren't so loud about it.", True),
        ("Letting women vote was the worst mistake this country ever made.", True),
        ("Women should stick to what they are good at, which is not thinking.", True),
        ("The only good thing about a church is that it keeps the idiots in one place.", True),
        ("Christians have been brainwashed since birth and can't think for themselves.", True),
        ("Trans people are mentally ill and should be treated as such.", True),
        ("Christians worship a dead man on a stick and call it love.", True),
        ("Catholics telling me about morality. Ask the choirboys how that went.", True),
        ("Trans rights activists want your daughters in their changing rooms.", True),
        ("Christians are like sheep without a shepherd when their pastors are arrested.", False),
        ("New believers are like children who need patient teaching and care.", False),
        ("Converts have the courage of lions in the face of their families' anger.", False),
        ("Asking a Christian to deny Christ is like asking him to stop breathing.", False),
        ("A church full of refugees is a church full of life.", False),
        ("Christians will stop being persecuted when the government changes the law.", False),
        ("Nobody today thinks letting women vote was a mistake.", False),
        ("Letting women preach was the best decision our denomination ever made.", False),
        ("Gay people would stop being bullied if schools took it seriously.", False),
        ("The regime claims converts are brainwashed and cannot think for themselves.", False),
        ("Pastor Ivan was mocked by the guards, who called Jesus a dead man on a stick.", False),
        ("Muslims have the manners of a gracious host, everyone who visits says so.", False),
    ],
)
def test_a_people_belittled_or_its_faith_mocked_is_held(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pakistani taxi driver took the long way round. Colour me surprised.", True),
        ("The Ahmadis keep insisting they're Muslims. Adorable.", True),
        ("Chinese neighbours moved in. Haven't seen the stray cats since. Coincidence?", True),
        ("Refugee children with beards. Sure thing.", True),
        ("Africans and punctuality, the greatest love story never told.", True),
        ("Atheists are so tolerant, as long as you agree with them about everything.", True),
        ("Imagine being a woman and thinking you should run a parish 😂", True),
        ("Funny how the neighbourhood got louder the moment the Kurdish family moved in.", True),
        ("Immigrants love our country so much they want to change everything about it.", True),
        ("Refugees with better phones than mine. Truly fleeing for their lives.", True),
        ("Foreign workers: great at taking jobs, less great at speaking English.", True),
        ("It's always the quiet Muslim neighbour, isn't it.", True),
        ("Pastor Ivan was fined again for holding a Bible study. Typical.", False),
        ("Snow in Kazakhstan in the middle of May. Typical!", False),
        ("My Muslim neighbours brought soup when I was ill. Bless them.", False),
        ("The Roma family down the road fixed my fence for free. Totally unexpected.", False),
        ("An Afghan convert was baptised in our church today. Naturally, we all cried.", False),
        ("Funny how the street got friendlier the moment the Syrian family moved in.", False),
        ("Christians are so generous, as long as you need help they are there.", False),
        ("Imagine being a woman and thinking you can't lead a Bible study.", False),
        ("Immigrants love this country so much they volunteer at every food bank.", False),
        ("It's always the Christian neighbour who turns up first with a casserole.", False),
    ],
)
def test_sarcasm_after_naming_a_people_is_an_insinuation(text, found):
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is found


@pytest.mark.parametrize(
    ("text", "about_roles"),
    [
        ("Fly-tippers are the scum of the countryside.", True),
        ("Football hooligans are a disgrace to the sport.", True),
        ("Pickpockets on the metro are a plague.", True),
        ("Politicians are ruining this country.", True),
        ("Corrupt officials are a cancer on our country.", True),
        ("Muzlims are pickpockets.", False),
        ("Gipsys are shoplifters, all of them.", False),
        ("Criminals like that deserve no sympathy.", False),
        ("Politicians should go back to their country.", False),
        ("Landlords are leeches and should die.", False),
    ],
)
def test_those_named_by_a_wrong_they_do_are_roles(text, about_roles):
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text) is about_roles


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Hindus are not dirty, that stereotype is disgusting.", ""),
        ("Arabs aren't violent by nature, nobody is.", ""),
        ("Black people are not more likely to commit crimes because of their race.", ""),
        ("Refugees don't deserve to be treated like animals.", ""),
        ("Asylum seekers aren't scroungers, the idea is a tabloid invention.", ""),
        ("Jews do not control the world, that's an antisemitic conspiracy theory.", ""),
        ("Immigrants do not bring disease, that's fearmongering.", ""),
        (
            "Muslims aren't terrorists, the ones I know are just animals.",
            "muslims are just animals",
        ),
        ("Roma are not thieves, they are worse.", "roma are worse"),
        (
            "Muslims aren't terrorists, the racist ones are just animals.",
            "the racist ones are just animals",
        ),
    ],
)
def test_a_denial_backed_by_condemning_the_claim_leaves_nothing_to_score(text, rest):
    from vigil.moderation.engine.negation import without_denials

    assert without_denials(text) == rest


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Muslims don't deserve to be spat at in the street.", True),
        ("Trans people don't deserve to be mocked for who they are.", True),
        ("Muslims don't deserve to live here.", False),
        ("Gay people don't deserve rights.", False),
        ("Jews don't deserve to be here.", False),
    ],
)
def test_harm_a_people_does_not_deserve_is_published(text, published):
    scores = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.01}
    verdict = decide(text=text, scores=scores, language="en")
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("You'd better stop praying in public if you know what's good for you.", True),
        ("Pastor Mike, I'll be waiting outside after the service. Just you and me.", True),
        ("I've sent your photos to your husband's family. Let's see how you explain them.", True),
        ("Your son is going to hear about what you did, I'll make sure of it.", True),
        ("I know which bus your daughter takes to school, Elena.", True),
        ("We know where your kids play after school, Natalia.", True),
        ("I've sent your photos to the church newsletter, they look lovely.", False),
        ("I've sent your prayer request to the prayer team, they will pray tonight.", False),
        ("Your son is going to hear about what you did for the orphans and be so proud.", False),
        ("Pastor, we'll be waiting for you after the service with the cake.", False),
        ("Please pray for Anna, who is going to find out her test results this week.", False),
    ],
)
def test_threats_veiled_as_meetings_exposures_and_warnings_harass(text, found):
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Is it true that Jews don't work on Saturdays?", True),
        ("Do Ahmadis consider themselves Muslims?", True),
        ("Is Islam growing faster than Christianity in Africa?", True),
        ("Why did the Chinese government ban the Uyghur language in schools?", True),
        ("Is it true that Jews don't work because they live off everyone else?", False),
        ("Is it true that Jews don't work on Saturdays because they're lazy?", False),
        ("Is Islam spreading like a cancer across Europe?", False),
        ("Do gay people consider themselves normal?", False),
        ("Why do Jews cook the books?", False),
        ("Why did the authorities deport the Afghans? They're vermin.", False),
        ("Is Christianity declining? Good, the sooner the better.", False),
    ],
)
def test_questions_about_a_practice_or_a_power_are_published(text, published):
    scores = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.01}
    verdict = decide(text=text, scores=scores, language="en")
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("If you think all Muslims are terrorists, you've never had a Muslim neighbour.", True),
        ("If you think Roma are thieves, you have clearly never met the family next door.", True),
        (
            "A man on the bus called my friend a dirty Muslim today. I told him to get off, "
            "and the driver backed me.",
            True,
        ),
        ("Some guy yelled that Muslims are invaders. I told him to go away.", True),
        ("If you think Muslims are peaceful, you've never met one.", False),
        ("If you think gay people are normal, you've never been to a pride parade.", False),
        ("Someone called the refugees rats. I told him to keep going, he's right.", False),
    ],
)
def test_a_claim_refuted_or_rebuked_on_the_spot_is_condemned(text, condemned):
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


def test_a_quote_urged_on_is_sided_with():
    from vigil.moderation.engine.quotes import quotes_sided_with

    said = "My neighbour says immigrants are rats. I told him to say it louder."
    assert quotes_sided_with(said) == ["immigrants are rats"]
    assert quotes_sided_with("My neighbour says immigrants are rats. I told him to stop.") == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # death wished on anyone named by a plural or "every …"
        ("Politicians who let in Muslims should hang.", True),
        ("Traitors should swing from lampposts.", True),
        ("Every politician who voted for this should be shot.", True),
        ("Bankers who gambled our savings away should face a firing squad.", True),
        ("The posters should hang in the hall.", False),
        ("The old letters should be burned.", False),
        ("The killers should be brought to justice.", False),
        ("Christians should not be killed for their faith.", False),
        ("The video said apostates must be executed.", False),
        # violence promised to a people in the writer's own voice, or by armed visitors
        ("We're coming for the Pakistanis on Friday. Be ready.", True),
        ("Christians in this village will be dealt with, one by one.", True),
        ("The Roma camp needs a visit from some men with bats.", True),
        ("That synagogue needs a visit from a few lads with baseball bats.", True),
        ("They carried a banner that read hang every Hindu in the village.", False),
        ("Pray: they're coming for the Christians of the village next.", False),
        ("The pastor had a visit from some men with flowers and a card.", False),
        ("Christians in this village will be dealt with fairly by the new mayor.", False),
        # an insult that weighs a person up
        ("Pastor Dan, you're a pathetic excuse for a minister.", True),
        ("You're a waste of oxygen, Pete.", True),
        ("Pete, you're a blessing to this church.", False),
        # a knowing tag after a people is named, not after a kindness or harm told
        ("Somali taxi drivers take the long way on purpose, it's what they do.", True),
        ("The Pakistanis next door never mow the lawn, if you know what I mean.", True),
        ("Our Somali neighbours bring food when someone is ill, it's what they do.", False),
        ("Christians in Pakistan are persecuted, we all know that.", False),
        # money said to be all a people cares about
        ("Jewish doctors only care about the bill, not the patient.", True),
        ("Our doctors only care about the patient.", False),
    ],
)
def test_death_wished_on_anyone_a_knowing_tag_and_money_first(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # complaints about a role, with the spam score a complaint about callers raises
        ("Spam callers are the lowest of the low.", True),
        ("Telemarketers should all find real jobs.", True),
        ("Telemarketers should all find real jobs, call 0800 123 456 to opt out.", False),
        ("Corrupt politicians are a disease on this nation.", True),
        ("Corrupt politicians are a disease on the Somali nation.", False),
        # "illegal" is no word for people
        ("Pineapple on pizza should be illegal.", True),
        # questions about a practice or a virtue, and what the asker means to do
        ("Do Muslims fast during the whole of Ramadan?", True),
        ("Why are Sikh men so generous at the langar? I want to learn about it.", True),
        ("Is it true that Hindus don't eat beef? I'd like to cook for my friend.", True),
        ("Why are Muslims so generous with other people's money?", False),
        ("Do Muslims fast during Ramadan? Pity they don't fast from terror.", False),
        # what most of a people want, in their favour
        ("Most immigrants just want a safe home and a job.", True),
        ("Most immigrants just want our jobs.", False),
        ("Most immigrants just want a job and our benefits.", False),
        # a share in words, and what converts lose
        ("Muslims make up about seventy percent of Kazakhstan's population.", True),
        ("Muslim converts to Christianity often lose their families.", True),
        ("Muslim converts should lose their families.", False),
        # a claim answered by sending the reader to meet the people it attacks
        ('If you think "all Arabs are terrorists", you need to meet more Arabs.', True),
        ("If you think all Arabs are terrorists, you need to meet more Arabs.", True),
        ('If you think "all Arabs are peaceful", you need to meet more Arabs.', False),
    ],
)
def test_roles_spam_callers_and_questions_of_practice_or_virtue(text, published):
    # (the spam score too, as the model gives it to a complaint about callers)
    spam = 0.9 if "call" in text.lower() or "telemarketers" in text.lower() else 0.01
    scores = {"identity_attack": 0.9, "insult": 0.6, "threat": 0.01, "spam": spam}
    verdict = decide(text=text, scores=scores, language="en")
    assert (verdict.action == "publish") is published, verdict.reasons


def _over_the_bars(text: str, threat: float = 0.01, spam: float = 0.01):
    """The verdict on ``text`` with identity_attack and insult scored over their bars."""
    scores = {"identity_attack": 0.9, "insult": 0.6, "threat": threat, "spam": spam}
    return decide(text=text, scores=scores, language="en")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # a claim that denies a people a willingness the lexicon does not weigh
        ("It's simply not true that Roma don't want to work.", ""),
        # the denied word in quotes, then the claim condemned
        ("Africans are not 'backward'. That idea is colonial nonsense.", ""),
        # the claim questioned, and what most of them are
        ("Sikhs aren't a threat to anyone. Why would you even think that?", ""),
        ("Pakistanis are not all extremists; most are ordinary families trying to get by.", ""),
        # what follows a denial and is not one of these is still read
        ("Muslims aren't all terrorists, most are just cowards.", "most are just cowards"),
        ("Pakistanis are not all extremists. Why do they all vote for them?",
         "why do they all vote for them"),
    ],
)  # fmt: skip
def test_a_denial_questioned_quoted_or_of_a_willingness_leaves_nothing_to_score(text, rest):
    from vigil.moderation.engine.negation import without_denials

    assert without_denials(text) == rest


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "Lots of Nigerians in my building now. Every one of them is a scammer.",
            ["every one of the nigerians is a scammer"],
        ),
        (
            "The family next door are Roma. That lot are all thieves.",
            ["roma are all thieves"],
        ),
        (
            "Our new neighbours are Jewish. You know what that crowd is like, always scheming.",
            ["you know what jewish people is like, always scheming"],
        ),
        # a group named only at the end of a sentence is followed by "they" only to a bad word
        ("Our new neighbours are Jewish. They brought us bread on the first day.", []),
        ("Our new neighbours are Jewish. They are dirty.", ["jewish people are dirty"]),
    ],
)
def test_every_one_of_them_and_that_crowd_are_read_as_the_group(text, resolved):
    from vigil.moderation.engine.pronouns import pronouns_resolved

    assert pronouns_resolved(text) == resolved


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # things, not people
        ("Trans people are defective objects, not people.", True),
        ("Women are property.", True),
        ("Christians are objects of hatred in that province.", False),
        ("Refugees are people, not objects.", False),
        # harm promised to a people who come near
        ("Hindus who come near our church will get hurt, I promise you.", True),
        ("Refugees will get hurt if they come near us.", True),
        ("Pray for the Christians who will get hurt in this crackdown.", False),
        ("Militants warned that Christians who come to the village will get hurt.", False),
        # private things and numbers held over one person, and a retort's name-calling
        ("Sarah, I saw your photos from church camp. Would be a shame if they got shared.", True),
        ("David, I've found your employer's number. Let's see how they like your opinions.", True),
        ("I've found your pastor's email and sent him a thank-you note.", False),
        ("Keep talking, clown.", True),
        ("Every word proves how worthless you are.", True),
        ("Never forget how precious you are to God.", False),
        # scare quotes on a word of standing beside a people, and ruin prophesied in jest
        ("Gay 'families' raising kids.", True),
        ("Funny how 'disabled' people can always manage the walk to the benefits office.", True),
        ("Always the same 'peaceful' religion behind every attack, isn't it?", True),
        ("Amazing how women suddenly become 'experts' on theology.", True),
        ("Letting Somalis run the council. What could possibly go wrong?", True),
        ("Someone called Roma 'thieves' on this wall and it was taken down, thank God.", False),
        ("Our church hosted a 'families' day with refugees from Syria.", False),
        # coded: who "really" owns the banks, "a certain tribe", all a people is fit for
        ("Who really owns the media and the banks? Just asking.", True),
        ("Just asking questions about a certain tribe.", True),
        ("Who owns the media in Kazakhstan? Is it all state-run?", False),
        ("A certain tribe in the north of Nigeria welcomed the missionaries.", False),
        ("God, keep women silent, since that is all they are fit for.", True),
        ("Sweeping up after the service, that's all I'm good for today, ha.", False),
    ],
)
def test_objects_not_people_harm_to_those_who_come_near_and_scare_quotes(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # questions of practice and belief, with what the asker means by them
        ("Why do some Muslim women choose to wear the niqab? I'd genuinely like to understand.",
         True),
        ("Do Sikhs believe in reincarnation like Hindus do?", True),
        ("What's the difference between Sunni and Shia Muslims? Asking before my trip to Iraq.",
         True),
        ("Could someone explain why some Orthodox Jews don't use electricity on the Sabbath?",
         True),
        ("Could someone explain why Muslims are so violent during Ramadan?", False),
        ("Do Jews believe in anything except money?", False),
        # the moderators asked to take a quoted attack away
        ("Why was 'refugees are leeches' left up here yesterday? Please remove it, moderators.",
         True),
        ('"Jews are rats". Ban them from this country.', False),
        # weapons that fail, in a prayer
        ("Lord, may the bullets miss and the bombs fail, and may the attackers lay down their "
         "arms.", True),
        ("Lord, may the bullets find every Fulani and the bombs fall on their villages.", False),
    ],
)  # fmt: skip
def test_questions_of_belief_a_quote_reported_and_weapons_that_fail(text, published):
    # (the threat score as the model gives it to bullets and bombs)
    verdict = _over_the_bars(text, threat=0.9 if "bullets" in text else 0.01)
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # contractions written without their apostrophe are read as the forms expect
        ("keep talking and ill make sure your whole church knows what you did last year", True),
        ("youre so ugly no wonder your husband walked out", True),
        ("You're so kind to pray for us.", False),
        # a car watched with a warning, a new home named, accounts made until one quits
        ("saw your car outside st michaels again. you should be more careful where you leave it",
         True),
        ("hey jen hows the new flat on kingsley road? lol", True),
        ("How's the new flat on Abay Street? We'd love to visit and pray with you.", False),
        ("im going to keep making new accounts til you quit this page", True),
        ("you wont get rid of me", True),
        # coded: a small group running things, house prices, what is "in their blood"
        ("Newspapers are run by the same tiny group of people. Makes you think.", True),
        ("Our church is run by a small group of volunteers who give everything.", False),
        ("im sure the new mosque will do wonders for house prices round here lol", True),
        ("Lord, cure the Nigerians of their lying and scamming, it's in their blood.", True),
        ("Music is in their blood, the Kazakh choir sang like angels.", False),
        ("My new boss is a woman. Typical of her kind, can't make a decision.", True),
        ("Typical of her kind heart, she cooked for the whole street.", False),
        ("Dear God, soften the hearts of the Jews, though greed is all they have ever known.",
         True),
        ("saw a group of travellers at the park today. that lot should be rounded up", True),
        ("The sheep should be rounded up before the storm.", False),
        ("I pray the disabled would stop being such a burden on the rest of us.", True),
        ("Persecution is a burden on the church in Iran.", False),
    ],
)  # fmt: skip
def test_contractions_without_apostrophes_watching_and_what_is_in_their_blood(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("genuinely curious, why do sikh men wear a kara on their wrist?", True),
        ("why do some orthodox jewish women cover their hair? is it similar to headscarves in "
         "islam", True),
        ("genuinely curious, why do muslims smell so bad?", False),
        ("honest question, why do hindus worship cows instead of working?", False),
    ],
)  # fmt: skip
def test_a_question_of_practice_after_saying_it_is_asked_in_earnest(text, published):
    verdict = _over_the_bars(text)
    assert (verdict.action == "publish") is published, verdict.reasons


def test_with_apostrophes_gives_contractions_back_their_apostrophes() -> None:
    from vigil.moderation.engine.wording import with_apostrophes

    assert with_apostrophes("im going, ill make sure youre sorry") == (
        "i'm going, I'll make sure you're sorry"
    )
    assert with_apostrophes("disabled people r not a drain") == "disabled people are not a drain"
    # "ill" before no verb is the word for sick, and a word at the end is left alone
    assert with_apostrophes("Im ill today") == "I'm ill today"
    assert with_apostrophes("I cant. I wont.") == "I can't. I wont."


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # harm promised to a people who come near, and fire set to a people's place
        ("Hindus who come near our church will be beaten, I promise you.", True),
        ("Militants warned that Christians who come to the village will be beaten.", False),
        ("Pray for the pastors who will be beaten if they are caught with Bibles.", False),
        ("Let's go to the Roma camp tonight and set it on fire.", True),
        ("Let's go to the church tonight and set it on fire with worship!", False),
        ("They burned the church in Jos with the people inside. Lord have mercy.", False),
        # exposure, a curse on one person, their hours watched, a warning of what happens
        ("John, I'm going to post your old photos everywhere so everyone sees who you are.", True),
        ("I'm going to post your old photos from the youth camp, they are lovely!", False),
        ("You deserve every bad thing that happens to you, you miserable liar.", True),
        ("You deserve every good thing that happens to you, sister.", False),
        ("I've been watching your posts, Anna. I know what time you leave work.", True),
        ("Keep posting, Thomas, and one day you'll find out what happens to people who don't "
         "know when to shut up.", True),
        ("You'll find out what happens to people who trust God: he carries them.", False),
        # coded: surnames where money is, cameras when a people moves in, peace mocked
        ("Interesting how wherever there is money you always find the same kind of surnames.",
         True),
        ("Wherever there is money involved, you find corruption and greed.", False),
        ("When Albanians move into your street it is time to install cameras, just a tip.", True),
        ("Time to install cameras at the church after the third break-in.", False),
        ("They say Islam is a religion of peace. Ask the Christians here how peaceful it has "
         "been.", True),
        ("They say Islam is a religion of peace. Many Muslims I know live it.", False),
        # a people sent into the fire, or back where they came from
        ("Lord, send the Hindus and their false gods into the fire where they belong.", True),
        ("Lord, cast the demons into the fire where they belong.", False),
        ("Sikhs built a temple near our church. I hope those fanatics go back where they came "
         "from.", True),
        ("I wish people would stop telling immigrants to go back where they came from.", False),
        ("My neighbours told me to go back where I came from. It hurt.", False),
    ],
)  # fmt: skip
def test_harm_to_those_who_come_near_exposure_and_a_people_sent_back(text, held):
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Why do Sikh men wear a turban, is it a religious commandment or a tradition?", True),
        ("How do Jewish families keep the Sabbath when they work in hospitals?", True),
        ("Can somebody explain why Hindus don't eat beef? My colleague told me but i forgot.",
         True),
        ("What is the difference between Sunni and Shia Muslims? I read this site and I get "
         "confused.", True),
        ("Why do the Kurds not have their own country? I want to learn the history.", True),
        ("Why do Sikh men wear a turban, is it to hide something?", False),
        ("Why do Jews have so much money?", False),
        # force on the powers of darkness, persecutors by their deeds, bombs that find no one
        ("Crush the power of darkness in Nigeria, O God, and scatter the armed gangs who burn "
         "villages.", True),
        ("Crush the power of darkness, Lord, and burn the Fulani villages.", False),
    ],
)  # fmt: skip
def test_questions_run_on_after_a_comma_and_the_powers_of_darkness(text, published):
    # (the threat score as the model gives it to "crush" and "burn")
    verdict = _over_the_bars(text, threat=0.9 if "Crush" in text else 0.01)
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a number or a price to follow, not any digit, makes a complaint look like an advert
        ("My phone battery is useless junk, it dies at 40 percent.", True),
        ("landlords charging 1500 a month for a damp box are parasites tbh", True),
        ("Best phone deals in town, call 0800 123 456 now!", False),
        ("Cheap printers, only $49, visit our store.", False),
        ("Get 3 printers for 99 dollars, message me.", False),
        # people named by an everyday habit are a role, not a people
        ("people who dont use indicators on roundabouts are the worst humans alive", True),
        ("People who talk in cinemas are a plague.", True),
        ("People who wear headscarves are the worst humans alive.", False),
        ("People who use the mosque are vermin.", False),
    ],
)
def test_a_number_to_follow_and_people_named_by_a_habit(text, published):
    # (the spam score as the model gives it to a complaint with a number)
    verdict = _over_the_bars(text, spam=0.9 if any(ch.isdigit() for ch in text) else 0.01)
    assert (verdict.action == "publish") is published, verdict.reasons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I support the killing of Muslims.", True),
        ("I encourage the murder of Christians", True),
        ("We should encourage the deportation of all refugees.", True),
        ("I think it's a great idea to make disabled people leave our country.", True),
        ("Dear Thai people, think twice before you pass by me, and that's a threat!", True),
        ("warning to all hindus: stay away from me", True),
        ("I do not support the killing of Muslims.", False),
        ("I will never support the persecution of Jews.", False),
        ("I support the protection of Christians.", False),
        ("We call for the release of Christians jailed in Iran.", False),
        ("Dear Christians, stay strong!", False),
        ("Lord, we pray against the persecution of Christians.", False),
        ("We welcome the removal of the Christians' travel ban.", False),  # their ban
        # harm asked to end, or prayed over
        ("I want the killing of Christians to stop.", False),
        ("We demand the persecution of Christians in Nigeria ends now.", False),
        ("I pray for the persecution of Christians to end.", False),
        ("I pray for the persecution of Christians.", False),
        ("I support the killing of Muslims until it ends the problem.", True),
    ],
)
def test_harm_endorsed_or_a_people_warned_off_is_a_threat_form(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We pray for an end to the killing of Christians.", True),
        ("Lord, end the killing of Christians.", True),
        ("Let the killing of Christians in Nigeria end.", True),
        ("We pray that the murder of pastors will stop.", True),
        ("Father, bring an end to the persecution of believers in Eritrea. Amen.", True),
        ("Stop the slaughter of Christians, Lord!", True),
        ("Lord, let no more churches be burned in Kazakhstan.", True),
        ("Father, stop the hands of those who burn churches.", True),
        # who does it named, a negation swallowed, no harm, or more said
        ("Lord, end the killing of Christians by Muslims.", False),
        ("Let the killing of Muslims never end.", False),
        ("We pray for an end to the Muslims.", False),
        ("Let no more Muslims be welcomed.", False),
        ("Stop the hands of those who help Muslims.", False),
        ("We pray for an end to the killing of Christians. Death to the rest.", False),
    ],
)
def test_an_end_to_harm_asked_for(text: str, found: bool) -> None:
    from vigil.moderation.engine.condemnation import asks_an_end_to_harm

    assert asks_an_end_to_harm(text) is found


def test_an_end_to_harm_is_not_held_on_the_attack_or_threat_scores_alone() -> None:
    text = "We pray for an end to the killing of Christians."
    high = {"identity_attack": 0.6, "insult": 0.1, "threat": 0.9}
    assert decide(text=text, scores=high, language="en").action == "publish"
    assert decide(text=text, scores={**high, "sexual": 0.99}, language="en").action == "hold"
    other = "Let the killing of Muslims never end."
    assert decide(text=other, scores=high, language="en").action == "hold"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Refugees are welcome, said no sane person ever.", True),
        ('"Muslims are peaceful" said no one ever.', True),
        ("There's nothing wrong with hating Muslims.", True),
        ("Nothing wrong with hating Jews.", True),
        ("It is okay to hate immigrants.", True),
        ("Is it really so wrong to say Muslims are animals?", True),
        ("What's wrong with saying women are inferior?", True),
        ("Anyone who defends Muslims is a traitor.", True),
        ("Muslims are not punished enough.", True),
        ("I'm always suspicious of Muslims", True),
        ("I would never hire an immigrant.", True),
        ("I would never serve a Muslim customer.", True),
        ("Nobody would mind if a few refugees disappeared.", True),
        ("Nobody would care if the Christians in Nigeria were all killed, so forgotten.", False),
        ("Cold pizza is great, said no one ever.", False),
        ("I'm suspicious of the government.", False),
        ("I would never hire a murderer.", False),
        ("I would never hire an immigrant who lied on his CV.", False),
        ("There's nothing wrong with being Muslim.", False),
        ("It is okay to love immigrants.", False),
        ("Is it wrong to say Muslims are persecuted in China?", False),
        ("Anyone who helps refugees is a hero.", False),
        ("Anyone who hates Muslims is a bigot.", False),
        ("It's natural to fear for Christians in Nigeria.", False),
    ],
)
def test_hatred_approved_or_kindness_mocked_is_held_whatever_the_scores(
    text: str, held: bool
) -> None:
    low = {"identity_attack": 0.05, "insult": 0.05, "threat": 0.0}
    assert (decide(text=text, scores=low, language="en").action == "hold") is held


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jesus, shield the Christians in Gaza from the bombs.", True),
        ("Protect our children from the bombs, Lord.", True),
        ("Lord, protect us from the Muslims.", False),  # a people is no harm
        ("Lord, keep the refugees from the violence, and kill the Muslims.", False),
        ('Lord, shield them from "the bombs".', False),
    ],
)
def test_protection_from_harm_asked_for(text: str, found: bool) -> None:
    from vigil.moderation.engine.condemnation import asks_protection_from_harm

    assert asks_protection_from_harm(text) is found


def test_persecutors_turned_into_apostles_is_a_prayer_over_them() -> None:
    from vigil.moderation.engine.imagery import prays_over_persecutors

    assert prays_over_persecutors("Lord, turn the jihadists into apostles like Saul.")
    assert not prays_over_persecutors("Lord, turn the jihadists into dust.")
    # harm they stop is no harm wished
    assert prays_over_persecutors("I pray that ISIS fighters will meet Jesus and stop killing.")
    assert not prays_over_persecutors(
        "Lord, may the militants stop attacking Christians and burn in hell."
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we need concentration camps for refugees", True),
        ("Muslims belong in concentration camps.", True),
        ("We must exclude lesbians from society", True),
        ("the thought of a world free of asians makes me so happy", True),
        ("Persecuting Christians is justified.", True),
        ("Yes oppressing and discriminating against Muslims is justified cos they are bad", True),
        ("Pray for the Uyghurs held in internment camps for Muslims.", False),
        ("They build camps for Uyghurs in Xinjiang and we must speak up.", False),
        ("I dream of a world without refugees, where no one has to flee.", False),
        ("Persecuting Christians is evil.", False),
        ("Persecuting Christians is normal in North Korea.", False),
        ("Killing Christians is acceptable to the militants.", False),
        ("We must protect Muslims from exclusion.", False),
        ("They will ban Christians from the villages, the elders say. Pray!", False),
    ],
)
def test_camps_exclusion_and_persecution_wished_are_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a threat the writer tells as what persecutors said or wrote
        ('The letter said: "Leave the village or we will burn your house."', False),
        ('They shouted "we will kill you" as they left. Pray for us.', False),
        ('"We will burn your church" - that is what the soldiers told my father.', False),
        ('The note read "we will kill you all". Pray for our safety.', False),
        # the writer's own, quoted or not
        ("We will burn your church.", True),
        ('I say: "we will burn your church."', True),
        ('My message to the Christians: "we will burn your church."', True),
        ('He said "we will burn your church" and I agree, we will burn it.', True),
        ('They shouted "we will burn your church" and I hope they do.', True),
        ('The sign said "we will kill you" - good.', True),
    ],
)
def test_a_threat_told_as_someone_elses_words_is_no_threat_form(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Christianity is a mental illness.", True),
        ("Hinduism is a filthy cult.", True),
        ("Six million is a lie.", True),
        ("The Holocaust never happened.", True),
        ("Muslims are a fifth column in Europe.", True),
        ("These people are not human.", True),
        ("My father says Christianity is a mental illness. Pray for him.", False),
        ("Christianity is not a cult.", False),
        ("People who say the Holocaust is a lie are wrong.", False),
        ("Six million was a lie, the pamphlet claimed.", False),
        ("Christianity is the largest religion in the world.", False),
        ("Six million Jews were murdered in the Holocaust.", False),
        ("Christians are the enemy within, say the state media.", False),
        # hedged, and harm blamed on those who suffer it
        ("Refugees are a bit of a burden.", True),
        ("Muslims are the problem.", True),
        ("Jews are not the problem, hatred is.", False),
        ("Christians are the main target of the attacks.", False),
        ("Christians are the biggest threat to the regime in Beijing's eyes.", False),
        ("Maybe if Christians stopped whining they wouldn't get persecuted.", True),
        ("If Muslims just behaved they wouldn't be hated.", True),
        ("Refugees are a bit of a blessing.", False),
        ("If Christians stopped praying, they would not be arrested - the police told us.", False),
        ("If Christians in Iran are arrested, they need our prayers.", False),
    ],
)
def test_faith_scorned_holocaust_denied_and_enemies_within_are_contempt(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one of a people denied life
        ("No Jew deserves to live.", True),
        ("No Muslim deserves to breathe.", True),
        ("Not a single Christian deserves to live.", True),
        ("No filthy Hindu deserves to exist!", True),
        ("No Christian deserves to live in fear.", False),
        ("No Muslim deserves to live like this.", False),
        ("No Christian deserves to be jailed for their faith.", False),
        ("No child deserves to live in fear.", False),
        # a people accepted only silenced, blamed for God's anger, walled out, taunted
        ("A good Hindu is a quiet Hindu.", True),
        ("The only good Muslim is a dead Muslim.", True),
        ("A good Christian is a humble Christian.", False),
        ("A good Christian is a praying Christian.", False),
        ("Gay people are the reason God sent the flood.", True),
        ("Jews are why God is punishing this country.", True),
        ("The persecuted Christians are the reason God sent us to this country to serve.", False),
        ("The Muslim community is the reason why our food bank exists.", False),
        ("Every Christian I see reminds me why we need a wall.", True),
        ("Every Christian I meet reminds me why we need to pray more.", False),
        ("Let's see how brave those Christians are when their church is on fire.", True),
        ("We will see how brave the regime is when the world is watching.", False),
        ("Believers in Kazakhstan stay brave even when their church is raided.", False),
        ("Another synagogue in our town, just what we needed... not.", True),
        ("Another church in our town, just what we needed!", False),
        ("A new mosque opened near us, just what the community needed after the fire.", False),
    ],
)
def test_life_denied_silence_wanted_and_gods_anger_blamed_are_contempt(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "condemned", "sided_with"),
    [
        # what an impersonal sentence says of saying it
        ("It is wrong to say that Jews are insects.", True, False),
        ("It's cruel to claim that refugees are rats.", True, False),
        ("It is so hateful to call Sikhs terrorists.", True, False),
        ("It is not wrong to say that Jews are insects.", False, True),
        ("There is nothing wrong with saying that Muslims are scum.", False, True),
        ("It's only fair to say that Muslims are terrorists.", False, True),
        ("It is time to say that Christians are vermin.", False, False),
        ("It is wrong to say that Jews are insects, but they are rats.", False, False),
        ("It's wrong to say that Muslims are scum? Really? They are.", False, False),
    ],
)
def test_saying_an_attack_called_wrong_or_fair(
    text: str, condemned: bool, sided_with: bool
) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote, quotes_sided_with

    assert condemns_a_quote(text) is condemned
    assert bool(quotes_sided_with(text)) is sided_with


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I respect the murder of muslims", True),
        ("I endorse the genocide of Allah worshippers", True),
        ("We admire the killing of infidel followers.", True),
        ("I respect the believers who endure the persecution of Christians.", False),
        ("I respect the murder victims of Muslims", False),
        ("I do not support the murder of Christians", False),
    ],
)
def test_harm_respected_or_endorsed_on_believers_is_a_threat_form(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I would be lying if I said I like asian people", True),
        ("I say I like Indian people, but I don't", True),
        ("I do not want to associate with immigrants", True),
        ("I would be lying if I said I like the new hymn book.", False),
        ("I would be lying if I said I understood Hindus fully.", False),
        ("People say I don't like Muslims, but I do.", False),
        ("I say I love Muslims, and I mean it.", False),
        ("I do not want to deal with people who hate Muslims.", False),
        ("I don't want Muslims to suffer.", False),
    ],
)
def test_liking_taken_back_and_company_refused_are_contempt(text: str, found: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I am a Christian and I wear a cross so Muslims know to stay away.", True),
        ("As a Sikh I wear a kirpan for the next Muslim who crosses me.", True),
        ("We put up a fence so that refugees know to keep out.", True),
        ("I wear a cross so that people know I am a Christian.", False),
        ("I keep a spare umbrella for the next person who forgets theirs.", False),
        ("Pray for the next convert who comes to our church.", False),
        ("We light candles so that our Muslim neighbours know they are welcome.", False),
        ('The note said "keep a knife for the next Muslim who crosses you". Pray for us.', False),
    ],
)
def test_a_weapon_or_sign_kept_for_a_people_is_a_veiled_threat(text: str, found: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Women belong at home, not in the office.", True),
        ("Trans people need therapy, not rights.", True),
        ("Women are property and should obey.", True),
        ("Women belong everywhere, at home and in parliament.", False),
        ("Christians belong at home in the church.", False),
        ("Trans people need therapy.", False),
        ("Refugees need help, not walls.", False),
        ("Gay people need help and not judgement.", False),
        ("Churches are property and should be protected.", False),
    ],
)
def test_a_place_at_home_care_instead_of_rights_and_ownership_are_contempt(
    text: str, found: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is found


@pytest.mark.parametrize(
    ("text", "about_things"),
    [
        ("Wheelchair users are a nuisance on every bus.", False),
        ("Commuters on this train are the worst.", False),
        ("This bus is a nuisance, always late.", True),
    ],
)
def test_people_named_by_what_they_use_or_ride_are_people(text: str, about_things: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is about_things


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("Why do people assume every Muslim is an extremist?", True),
        ("Why do people still think Jews are greedy?", True),
        ("Why do people say Muslims are terrorists? Because they are.", False),
        ("Why do people think Muslims are dangerous? They are.", False),
        ("Why do people assume refugees are criminals? Look at the crime rates.", False),
        ("Why do people say Jews control everything? Makes you think.", False),
    ],
)
def test_a_bare_question_why_anyone_would_say_an_attack_condemns_it(
    text: str, condemned: bool
) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


# --- a people said to hold the powers of the world; institutions; abuse suffered --------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The media is controlled by Jews.", True),
        ("Our government is owned by the Jews.", True),
        ("Congress is bought and paid for by the Jewish lobby.", True),
        ("The city council has been taken over by Muslims.", True),
        # told, denied, called a lie, or a place run by those who run it
        ("The media is not controlled by Jews.", False),
        ("It is a lie that the media is controlled by Jews.", False),
        ("Antisemites claim the media is run by Jews; they are wrong.", False),
        ("The food bank is run by Muslims and Christians together.", False),
        ("The orphanage is run by Catholic sisters.", False),
        ("The media in Iran is controlled by the regime.", False),
    ],
)
def test_a_people_said_to_control_the_powers_of_the_world_is_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The myth that Jews control the banks is antisemitic.", True),
        ("The idea that Muslims are taking over is racist.", True),
        ("The claim that Jews control the media is false and dangerous.", True),
        ("The idea that Jews control the banks is true.", False),
    ],
)
def test_a_trope_called_antisemitic_or_false_is_denied(text: str, denied: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is denied


@pytest.mark.parametrize(
    ("text", "about_roles"),
    [
        ("Parliament is full of liars.", True),
        ("The UN is a useless talking shop.", True),
        ("The authorities are corrupt and lazy.", True),
        ("The Taliban are murderers.", True),
        ("ISIS are killers and cowards.", True),
        # violence wished, a people named, or one person
        ("The Taliban are murderers who should be hanged.", False),
        ("Parliament is run by Jews.", False),
        ("Muslims are murderers.", False),
    ],
)
def test_institutions_and_armed_groups_called_killers_are_roles(
    text: str, about_roles: bool
) -> None:
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text) is about_roles


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("A boy called my son a dirty immigrant.", True),
        ("A man on the bus called me a filthy Muslim.", True),
        ("My neighbour keeps calling us dirty gypsies.", True),
        # sided with, or an attack of the writer's own beside it
        ("A boy called my son a dirty immigrant, and he is one.", False),
        ("A boy called my son a dirty immigrant. Immigrants are filth.", False),
        # what another is called is left to the model
        ("A boy called him a dirty immigrant.", False),
    ],
)
def test_a_name_another_called_the_writer_or_their_own_is_abuse_suffered(
    text: str, condemned: bool
) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Muslim converts to Christianity are often cut off by their families.", True),
        ("Christian converts in Iran are often disowned by their relatives.", True),
        ("Hindu converts to Christianity are shunned in their villages.", True),
        ("Muslims are rejected by every decent society.", False),
        ("Christians are often rejected by their families, as they should be.", False),
    ],
)
def test_converts_cut_off_by_their_families_is_harm_reported(text: str, report: bool) -> None:
    from vigil.moderation.engine.victims import reports_harm_suffered

    assert reports_harm_suffered(text) is report


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Nice little church you have there. Would be sad if it burned down.", True),
        ("It would be a shame if that mosque of yours caught fire.", True),
        ("I am going to make sure no Jew ever feels safe in this town.", True),
        ("Gays should be afraid, very afraid.", True),
        ("Muslims had better watch their backs.", True),
        # a worry, a comfort or a report
        ("It would be sad if the old church burned down; pray for the fire brigade.", False),
        ("Nice little garden you have there, it would be lovely if it got some rain.", False),
        ("Christians should not be afraid.", False),
        ("Christians should be afraid of nothing but God.", False),
        ("Converts should be afraid to tell their families, says the report.", False),
        ("We must make sure no Christian ever feels alone in prison.", False),
        ("It would be a shame if the choir stopped singing.", False),
    ],
)
def test_veiled_threats_on_a_place_or_a_people_are_held(text: str, threat: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is threat


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Count the synagogues near the banks, then tell me it's a coincidence.", True),
        ("Strange how crime went up the same year the asylum hotel opened.", True),
        ("Europe will be a caliphate in twenty years, mark my words.", True),
        # argued in the open, a rise with no people, a hope, a claim called a myth
        ("It is no coincidence that attacks on churches rose after the law passed.", False),
        ("Strange how the thefts started the same week the new CCTV went in.", False),
        ("Europe will be a better place when every faith can worship freely.", False),
        ("Some claim Europe will be a caliphate in twenty years; that is a racist myth.", False),
        ("The mosque and the synagogue opened food banks the same week, a coincidence.", False),
    ],
)
def test_a_wink_at_a_people_is_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates

    assert (bool(contempt_phrases(text)) or insinuates(text)) is held


def test_a_claim_reported_before_a_semicolon_is_condemned_after_it() -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote("Some claim Muslims will take over Europe; that is a racist myth.")
    assert not condemns_a_quote("Some say Jews are greedy; they are right.")


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("moslems go home", "muslims go home"),
        ("m0zlems go home", "muslims go home"),
        ("jooz are rats", "jews are rats"),
        ("Joo Won is our pastor.", "Joo Won is our pastor."),
    ],
)
def test_other_spellings_of_a_people_are_mended(text: str, mended: str) -> None:
    from vigil.moderation.engine.spelling import mend_spelling

    assert mend_spelling(text) == mended


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Do Muslims even know how to be civilised?", True),
        ("How many more churches do Christians need before they shut up?", True),
        ("Who else is sick of trans people?", True),
        ("Is there a single Arab who isn't a liar?", True),
        ("My new neighbours are Pakistani. Can't wait for them to leave.", True),
        # tired of what they suffer, moved, grateful, coming back
        ("I'm sick of Muslims being blamed for every attack.", False),
        ("I'm sick of the hatred against Jews in this city.", False),
        ("Is there a single Christian who isn't moved by this story?", False),
        ("Is there a single refugee family who isn't grateful for the help?", False),
        ("Our Muslim neighbours are away; can't wait for them to come back.", False),
    ],
)
def test_scorn_put_as_a_question_or_a_sigh_is_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("No more mosques in our town, ever.", True),
        ("Christians have no place in public office.", True),
        ("Build a wall around the Roma camp.", True),
        # attacks refused, a pledge, a lack, a law reported, a garden
        ("No more attacks on mosques in our town, ever.", False),
        ("No more Christians will die in silence.", False),
        ("Christians have no place to worship in the city.", False),
        ("The Christians had no home in the city after the fire.", False),
        ("No new churches can be built in Algeria under the law.", False),
        ("Build a wall around the church garden to keep the goats out.", False),
    ],
)
def test_a_people_or_its_houses_refused_is_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("We should welcome Muslims into our homes this Ramadan.", True),
        ("We should welcome Jews with open arms.", True),
        ("Women have every right to run a company.", True),
        ("We should welcome Muslims into our homes and then kick them out.", False),
        ("We should welcome refugees back to their own countries.", False),
        ("Women have every right to run a company, but not this one.", False),
    ],
)
def test_a_welcome_with_where_and_when_affirms(text: str, affirmed: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirmed


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("Comparing immigrants to rats is dehumanising, full stop.", True),
        ("Likening Jews to vermin is how genocide starts.", True),
        ("Comparing immigrants to rats is accurate.", False),
        ("Comparing Muslims to animals is fair, look at them.", False),
    ],
)
def test_a_comparison_of_a_people_to_vermin_called_wrong_is_condemned(
    text: str, condemned: bool
) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Immigrants make this country stronger 💪", "Immigrants make this country stronger"),
        ("Muslims are kind 🙏🏾❤️", "Muslims are kind"),
        # symbols alone, or inside the words, are read as they are
        ("🙏🙏", "🙏🙏"),
        ("Kill them 🙏 now", "Kill them 🙏 now"),
    ],
)
def test_symbols_of_warmth_that_end_a_text_of_words_are_left_out(text: str, read: str) -> None:
    from vigil.moderation.engine.spelling import calm_emphasis

    assert calm_emphasis(text) == read


def test_praise_ending_in_a_symbol_of_warmth_is_published() -> None:
    assert assess_text("Immigrants make this country stronger 💪").action == "publish"
    assert assess_text("Jews are rats ❤️").action != "publish"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The Hindus in this village had better leave before we make them.", True),
        ("Women who preach should be dragged out of the pulpit and taught a lesson.", True),
        ("Atheists should be flogged in the square.", True),
        ("We pray for a great purge of the Muslim invaders from Europe, Lord.", True),
        ("Give us the cleansing of these foreigners from our land.", True),
        ("We'd better leave before the storm hits.", False),
        ("Children should be taught a lesson about kindness.", False),
        ("The purge of the Rohingya was genocide.", False),
        ("Lord, we pray for the removal of the corrupt officials.", False),
    ],
)
def test_ultimatums_beatings_and_purges_of_a_people_are_threats(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Hey Sarah, nice prayer, shame you're too ugly for anyone to listen to you.", True),
        ("Samuel, you're a deluded child for believing in him. Pathetic.", True),
        ("you are so brainwashed it's sad", True),
        ("John from Ohio, I pieced together your address from your old posts.", True),
        ("Nice try. Watch yourself.", True),
        ("Hey Fatima, does your husband let you type?", True),
        ("Get back in the kitchen, love.", True),
        ("did you sneak out of the kitchen to post this?", True),
        ("You are too kind, thank you for praying.", False),
        ("I went back to the kitchen to make tea.", False),
        ("Watch yourself grow in faith this year.", False),
        ("We worked out your route to the airport, see you at 6!", False),
    ],
)
def test_more_ways_of_harassing_a_person_are_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I'm not racist, but have you noticed who owns all the banks and the media?", True),
        ("Ask yourself who really controls the media.", True),
        ("Went to a mosque open day. They smile at you while they plot to take over.", True),
        ("Once the mosques outnumber the churches, don't say nobody warned you.", True),
        ("Interesting that every terrorist seems to pray five times a day 🤔", True),
        ("Those Roma camps are full of animals, not people.", True),
        ("Have you noticed who runs the food bank? Volunteers from three churches.", False),
        ("My Muslim neighbours plan to take over the family bakery next year.", False),
        ("The claim that Muslims plot to take over Europe is a lie.", False),
        ("Mark my words, the Muslim community here will grow.", False),
        ("People who say Muslims will outnumber us, mark my words, are spreading lies.", False),
        ("They treat us like animals, not people.", False),
    ],
)
def test_more_insinuations_are_held(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


@pytest.mark.parametrize(
    ("text", "about_things"),
    [
        ("Malaria can go to hell, it has taken far too many children.", True),
        ("Communism is a disgusting ideology that has murdered millions of believers.", True),
        ("The apostasy laws in some Muslim-majority countries are barbaric and need to go.", True),
        ("Violent extremism is a cancer.", True),
        ("The Muslim-majority countries are barbaric.", False),
        ("Christians in Muslim-majority countries are vermin.", False),
        ("Muslims are a disease that has killed Europe.", False),
    ],
)
def test_evils_and_laws_of_a_land_named_by_its_faith_are_things(
    text: str, about_things: bool
) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is about_things


def test_a_denial_that_calls_no_names_reads_the_rest_alone() -> None:
    from vigil.moderation.engine.negation import denies_a_slur, without_denials

    assert denies_a_slur("I would never call Muslims terrorists.")
    assert without_denials("I'd never call refugees criminals, they are rats.") == (
        "refugees are rats"
    )
    assert not denies_a_slur("I would call Muslims terrorists.")
    assert assess_text("I'd never call refugees criminals, they are rats.").action != "publish"


def test_mocking_spellings_of_a_people_and_an_insult_are_mended() -> None:
    from vigil.moderation.engine.policy import reading_of

    assert reading_of("wimmin are to stoopid") == "women are to stupid"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Women who talk back should get beaten.", True),
        ("I pray that every Muslim in this village suffers as they deserve.", True),
        ("God, please let the trans freaks die off.", True),
        ("He suffered as no man deserves.", False),
        ("Lord, do not let the Yazidi children starve.", False),
        ("Lord, don't let the refugees of Idlib die.", False),
    ],
)
def test_suffering_wished_on_a_people_is_a_threat_and_sparing_them_is_not(
    text: str, held: bool
) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


def test_a_prayer_that_a_people_be_spared_is_not_a_prayer_against_them() -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert not prays_against_a_people("Lord, don't let the Christians of Benue die.")
    assert prays_against_a_people("Lord, let the Muslims of Kano die.")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Just asking why Muslim families have so many kids. Demographics, anyone?", True),
        ("Look at any no-go zone and tell me who lives there 🤔", True),
        ("Just asking: can a real Muslim ever be loyal to this country?", True),
        ("He's well spoken for a Black guy.", True),
        ("A trans woman joined our choir. It should be kept away from children.", True),
        ("The myth of Muslim no-go zones in London is a lie.", False),
        ("Medicines must be kept away from children.", False),
        ("Can Muslims be loyal citizens? Of course they can, my neighbours are.", False),
        ("Just asking, how many children do Hmong families usually have?", False),
        ("That is good news for a Muslim family.", False),
    ],
)
def test_questions_just_asked_and_backhanded_praise_are_insinuations(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("An atheist commented above. Godless people like him are worthless.", True),
        ("Mr Okafor, go back to the jungle you came from.", True),
        ("People like him are rare and precious.", False),
        ("We go back to the desert camp every summer to help.", False),
    ],
)
def test_people_like_him_and_back_to_the_jungle_are_harassment(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        (
            "Insulting Hindus won't help persecuted Christians in India, it just pours fuel on "
            "the fire.",
            True,
        ),
        (
            "i'm tired of seeing people use this site to bash muslims, we're supposed to pray "
            "for them",
            True,
        ),
        ("Mocking disabled people is never acceptable, full stop.", True),
        ("Jokes about Roma people stealing are just bigotry.", True),
        ("Insulting Muslims won't help, they are animals anyway.", False),
        ("I'm tired of seeing people bash Muslims, but honestly they deserve it.", False),
        ("Jokes about Roma people stealing are just true.", False),
    ],
)
def test_mistreating_a_people_called_useless_or_wrong_affirms_them(
    text: str, affirmed: bool
) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirmed


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ('"gay people are an abomination" is not a prayer, it\'s hate', True),
        ("'Muslims are rats' is not how Christ speaks.", True),
        ("'Muslims are rats' and it's true.", False),
    ],
)
def test_a_quote_called_hate_or_no_prayer_is_condemned(text: str, condemned: bool) -> None:
    from vigil.moderation.engine.quotes import condemns_a_quote

    assert condemns_a_quote(text) is condemned


@pytest.mark.parametrize(
    ("text", "against_things"),
    [
        ("Lord, let Your fire fall and consume every work of darkness.", True),
        ("Lord, crush the serpent's head over North Korea.", True),
        ("Let the walls of oppression fall like Jericho, Lord.", True),
        ("Lord Jesus, shatter the cartels' grip.", True),
        ("Lord, let them fall like flies.", False),
        ("Lord, let the mosques fall like Jericho.", False),
        ("Lord, crush the cartel boss's head.", False),
    ],
)
def test_force_on_works_of_darkness_likened_or_owned_falls_on_things(
    text: str, against_things: bool
) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is against_things


def test_a_law_in_a_land_pointed_at_is_a_thing() -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things("Apostasy laws in that country are vile and must be torn down.")
    assert not only_about_things("The people in that country are vile.")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Trans people are freaks, not humans.", True),
        ("Give it twenty years and our grandkids will be learning Arabic. Wake up.", True),
        ("My Muslim neighbour is one of the good ones. Rare, but they do exist.", True),
        ("Interesting who owns all the media companies, isn't it? (((They))) always do.", True),
        ("Not bad for a woman pastor.", True),
        ("Gay couples adopting kids, hmm, what could possibly go wrong.", True),
        ("The Chinese colleague was nice, but I wonder who he reports back to.", True),
        ("Read about the new mosque. Those people ruin every neighbourhood they touch.", True),
        ("My daughter's teacher is trans. Those things shouldn't be anywhere near children.", True),
        ("A group of Roma set up camp by the river. Vermin like that need moving on.", True),
        ("Keep women silent, they are too foolish to speak.", True),
        ("In ten years I hope to be speaking Arabic fluently.", False),
        ("My Chinese colleague is new; I wonder who he reports to.", False),
        ("He is one of the good ones.", False),
        ("We had rats in the shed. Vermin like that spread disease.", False),
        ("Gay couples adopting kids is beautiful, what a gift.", False),
    ],
)
def test_exceptions_spies_spoilers_and_years_until_are_insinuations(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("May God blind every hijab-wearing woman who walks past our church.", True),
        ("May God break every chain in Eritrea.", False),
        ("Lord, strike every stronghold of darkness.", False),
    ],
)
def test_harm_asked_of_god_on_every_one_of_a_kind_is_a_threat(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Hey Yusuf, found your Facebook. Let's see how your boss likes your comments.", True),
        ("Omar, keep posting and I'll follow you to every site you're on.", True),
        ("Be a shame if people here found out where they go to school.", True),
        ("I'll follow you on Instagram, lovely prayers!", False),
        ("Found your church's website, we'd love to visit!", False),
    ],
)
def test_exposure_and_following_a_person_are_harassment(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


def test_a_denial_followed_by_the_harm_of_the_stereotype_reads_nothing_more() -> None:
    from vigil.moderation.engine.negation import denies_a_slur, without_denials

    said = "Roma aren't thieves. Stereotypes like that are why their kids get bullied."
    assert without_denials(said) == ""
    assert denies_a_slur("Wearing a hijab doesn't make a woman oppressed or dangerous.")
    assert not denies_a_slur("Wearing a hijab doesn't make a woman free.")


def test_a_call_to_stop_attacks_on_a_people_affirms_them() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group("Can we stop turning every thread into an attack on muslim refugees?")
    assert not affirms_a_group("Can we stop bashing Muslims, they are animals anyway.")


def test_the_caste_system_is_an_evil() -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things("The caste system is a vile, wicked thing and must be smashed.")


def test_a_denial_may_blame_two_evils_instead() -> None:
    from vigil.moderation.engine.negation import without_denials

    said = "Muslims aren't the enemy, violence and tyranny are."
    assert without_denials(said) == "violence and tyranny are"
    assert without_denials("Muslims aren't the enemy, their faith and books are.") is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Gay people are disgusting, sorry not sorry.", "Gay people are disgusting."),
        ("Black people are scum, I said what I said.", "Black people are scum."),
        ("Refugees are vermin. End of discussion.", "Refugees are vermin."),
        ("I think Muslims are dirty, no offence.", "Muslims are dirty."),
        ("Roma are thieves and I don't care who says otherwise.", "Roma are thieves."),
        ("Gay men are perverts, and I'm tired of pretending otherwise.", "Gay men are perverts."),
        ("I love learning facts.", "I love learning facts."),
        ("They helped us cope.", "They helped us cope."),
        ("Sorry not sorry.", "Sorry not sorry."),
    ],
)
def test_a_tag_of_defiance_after_a_claim_is_read_without_it(text: str, read: str) -> None:
    from vigil.moderation.engine.opinion import without_opinion_frames

    assert without_opinion_frames(text) == read


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Black people are s.c.u.m.", "Black people are scum."),
        ("Refugees = ver-min.", "Refugees = vermin."),
        ("Muslims are d-i-r-t-y.", "Muslims are dirty."),
        ("A well-known mother-in-law.", "A well-known mother-in-law."),
        ("I met him e.g. in the U.K.", "I met him e.g. in the U.K."),
    ],
)
def test_letters_split_by_dots_or_hyphens_are_joined_into_a_charged_word(
    text: str, mended: str
) -> None:
    from vigil.moderation.engine.spelling import mend_spelling

    assert mend_spelling(text) == mended


@pytest.mark.parametrize(
    ("word", "slur"),
    [
        ("nigger", True),
        ("niggas", True),
        ("night", False),
        ("nightmare", False),
        ("nigh", False),
        ("niger", False),
        ("nigerians", False),
        ("nigel", False),
        ("niggling", False),
    ],
)
def test_night_and_nigeria_are_no_slurs(word: str, slur: bool) -> None:
    from vigil.moderation.engine.wording import SLURS

    assert bool(re.fullmatch(rf"(?:{SLURS})", word)) is slur


def test_a_nightmare_is_said_of_things() -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(
        "Traffic in the capital is an absolute nightmare, a filthy, choking mess."
    )
    assert only_about_things(
        "The bus company cancelled my route again. Worst service on the planet."
    )


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Any Muslim who shows his face in our village will get his throat cut.", True),
        ("Refugees who come near our street will get their legs broken.", True),
        ("I pray that God shames every gay man here until he wishes he had never been born.", True),
        ("He will get his hands dirty helping refugees.", False),
        ("The Christian who spoke out got his throat cut by militants.", False),
    ],
)
def test_harm_to_the_body_promised_or_asked_of_god_is_a_threat(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Hindus worship cattle and live like cattle themselves.", True),
        ("Gypsies behave like animals.", True),
        ("Refugees in the camps live like animals because nobody helps them.", False),
        (
            "A Black family joined our congregation last month. Their kind always bring trouble.",
            True,
        ),
        ("Our new pastor is a woman. Her sort can't be trusted with anything important.", True),
        ("Her kind words helped me. Their kind of courage is rare.", False),
        ("Saw a group of Christians handing out leaflets. Absolute morons, all of them.", True),
        ("Trans people are just confused attention seekers.", True),
        ("Trans people are not attention seekers.", False),
        ("Pray that the women of this church stop being so useless.", True),
        ("Pray that the women of this church finally learn to keep quiet.", True),
        ("Pray that the Christians of Iran stop being so afraid.", False),
        ("Refugees in Greece learn to keep quiet to survive.", False),
        ("Christians in Iran must keep quiet or be arrested.", False),
        ("Know your place, ladies.", True),
        ("Christians in Iran are told to know their place.", False),
        ("I find women who speak up in church disgusting.", True),
        ("I find men who beat their wives disgusting.", False),
    ],
)
def test_contempt_in_names_orders_and_their_kind(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Not saying all refugees are criminals, but have you ever checked who's filling"
            " the prisons?",
            True,
        ),
        ("Have you ever checked who is in prison for their faith in Eritrea? Christians.", False),
        (
            "Ever notice how the refugees always seem to have the latest smartphones?"
            " Makes you think.",
            True,
        ),
        (
            "Ever notice how the refugees always share what little they have? Makes you think.",
            False,
        ),
        (
            "Dear Lord, please remind the women on this wall how foolish and inferior"
            " You made them.",
            True,
        ),
        ("Lord, remind us how weak we are without you.", False),
        ("He's disabled but surprisingly not a burden on anyone.", True),
        ("She's blind but good at chess, she beat me twice.", False),
        ("Of course the church with the woman pastor ran out of money. Shocking, I know.", True),
        ("Shocking, I know, but the church grew during the lockdown.", False),
    ],
)
def test_insinuations_from_a_thread_of_replies(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


def test_the_fire_of_revival_asked_for_a_land() -> None:
    from vigil.moderation.engine.imagery import prays_for_revival_or_trusts

    assert prays_for_revival_or_trusts("Send the fire of revival, O God!")
    assert prays_for_revival_or_trusts(
        "Send the fire of revival, O God, from the smallest village to the capital!"
    )
    assert not prays_for_revival_or_trusts("Send the fire of revival on the Muslims of Kano.")
    assert not prays_for_revival_or_trusts("Lord, send your fire from the villages to the cities!")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I'll be waiting outside the pride event with a bat for any lesbian who shows up.", True),
        (
            "Any disabled kid in my son's class is getting pushed down the stairs, mark my words.",
            True,
        ),
        ("I'll be waiting outside the church with a cake for anyone who shows up.", False),
        ("Any child in my son's class who is getting bullied can come to me.", False),
    ],
)
def test_a_weapon_waiting_and_harm_promised_to_any_one_are_threats(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Posting your address here so everyone knows where the gay couple lives.", True),
        ("Enjoy the visitors.", True),
        ("Hey you. Your prayers stink as much as you do.", True),
        ("Please don't share your address here, for your own safety.", False),
        ("The pastor posted his phone number on the church website.", False),
        ("These shoes smell like you do after football, sorry son.", False),
        ("Enjoy the visit to Almaty!", False),
    ],
)
def test_an_address_posted_and_a_person_said_to_stink_are_harassment(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Disabled people are broken objects, defective products that should be thrown out.", True),
        ("Another Nigerian asking for money online? Shocking, truly.", True),
        ('Wonder how many of those "refugees" are actually military-age men with plans.', True),
        ("Many refugees are young men fleeing conscription.", False),
        ("He's pretty normal, for a gay guy.", True),
        ("He's pretty tall, for a ten year old.", False),
        ("Chinese takeaway opens next door and suddenly no stray cats on the street. Hmm.", True),
        ("Chinese Christians lost their church; no more services there.", False),
        ("Lord, please remind women they are lesser and belong beneath men.", True),
        ("Remind them they are not alone, Lord.", False),
    ],
)
def test_objects_sarcasm_scare_quotes_and_pets_where_a_people_is_named(
    text: str, held: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates

    assert bool(contempt_phrases(text) or insinuates(text)) is held


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Deaf people are id*ots.", "Deaf people are idiots."),
        ("The sh*t weather.", "The sh*t weather."),
    ],
)
def test_a_vowel_starred_out_of_a_charged_word_is_given_back(text: str, mended: str) -> None:
    from vigil.moderation.engine.spelling import mend_spelling

    assert mend_spelling(text) == mended


def test_denials_condemnations_and_things_from_short_comments() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.negation import denies_a_slur
    from vigil.moderation.engine.things import only_about_things

    assert affirms_a_group(
        "Demeaning Black women is a form of hate and this community won't tolerate it."
    )
    assert denies_a_slur("Deaf people aren't stupid, they just communicate differently.")
    assert denies_a_slur("I'll never believe Roma people are thieves by nature.")
    assert only_about_things("The new visa policy is a cruel, stupid disaster.")
    assert only_about_things("The hotel Wi-Fi is disgusting, can't even load a single page.")
    assert not only_about_things("Their immigration policy is a disgrace.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("trans ppl are not a danger", "trans people are not a danger"),
        (
            "im finding ur address and paying u a visit",
            "i'm finding your address and paying you a visit",
        ),
        ("ur a man in a dress", "you're a man in a dress"),
        ("ur prayers mean a lot", "your prayers mean a lot"),
        ("The U.S. is big and the U.K. too.", "The U.S. is big and the U.K. too."),
        ("U-turn ahead.", "U-turn ahead."),
    ],
)
def test_the_words_of_texting_are_read_in_full(text: str, read: str) -> None:
    from vigil.moderation.engine.wording import with_apostrophes

    assert with_apostrophes(text) == read


def test_a_casual_tag_after_a_claim_is_read_without_it_by_the_forms_of_words() -> None:
    from vigil.moderation.engine.opinion import without_loose_tags, without_opinion_frames
    from vigil.moderation.engine.policy import reading_of

    said = "muslim men are all abusers idc what anyone says"
    assert without_loose_tags(said) == "muslim men are all abusers"
    assert reading_of(said) == "muslim men are all abusers"
    assert without_loose_tags("Jews were gassed lol") == "Jews were gassed lol"
    assert without_loose_tags("idc") == "idc"
    # (the model reads the tag: without it, a joke about a person's looks scores higher)
    assert without_opinion_frames("ooh girl cute face but yellow teef. lol") == (
        "ooh girl cute face but yellow teef. lol"
    )


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("every atheist who mocks God should get his teeth kicked in", True),
        ("women who try to preach should get slapped back into place", True),
        ("christians like these deserve to get lined up and shot", True),
        ("any pastor who preaches here should get our support", False),
        ("christians in nigeria deserve to be protected", False),
    ],
)
def test_harm_said_to_be_deserved_by_one_of_a_kind_is_a_threat(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("next muslim who posts here i'm finding your address and paying you a visit", True),
        ("keep posting and I'll share your pics with everyone", True),
        ("lol look at you pretending to be a woman, you're a man in a dress", True),
        ("you're gay and it shows, disgusting", True),
        ("guess your disability goes all the way up to your brain huh", True),
        ("found your church on the map, we'll pay you a visit next sunday", False),
        ("i'll share your post with my small group, thank you", False),
    ],
)
def test_an_address_hunted_and_a_person_mocked_for_who_they_are(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("muslim men are all abusers", True),
        ("my sister works with disabled kids, honestly they're a burden on everyone", True),
        ("my boss is a woman and honestly her kind shouldn't be in charge of anything", True),
        ("my grandma is disabled and she says she feels like a burden, breaks my heart", False),
        ("my brother is gay and honestly his kind heart is why i believe", False),
    ],
)
def test_contempt_said_of_them_in_casual_writing(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("not saying anything but look who owns all the banks and media", True),
        ("just noticing the street got a lot dirtier after the hindu families moved in", True),
        ("the church got a lot busier after the refugee families moved in, so good to see", False),
        ("chinese takeaway on sale again, guess they ran out of cats", True),
        ("the food at the chinese place ran out of noodles", False),
        ("always the same ppl with the big noses pulling strings behind the scenes huh", True),
    ],
)
def test_insinuations_in_casual_writing(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


def test_a_denial_followed_by_what_adds_nothing_reads_nothing_more() -> None:
    from vigil.moderation.engine.negation import without_denials

    assert (
        without_denials("trans people are not a danger to anyone, they're just trying to live")
        == ""
    )
    assert without_denials("Roma aren't thieves, they're people who should be deported") != ""


def test_leetspeak_that_opens_with_a_digit_is_read_where_it_makes_a_charged_word() -> None:
    from vigil.moderation.engine.spelling import mend_spelling

    assert mend_spelling("hindus are such 1d1ots") == "hindus are such idiots"
    assert mend_spelling("we met at 10am") == "we met at 10am"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Dalits are the dirtiest people in the village.", True),
        (
            "The Hindus in my district are the most cruel and deceitful people I have ever known.",
            True,
        ),
        ("The Rohingya are the most persecuted people in the world.", False),
        (
            "I used to defend Muslims at my office. Never again. They are liars and hypocrites.",
            True,
        ),
        ("Fulani are all thieves and killers, every last one.", True),
        ("Igbo traders run half the markets in Lagos and they are famous for it.", False),
    ],
)
def test_peoples_of_the_watch_list_called_the_worst_or_names(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Igbo people are so good with money. Especially other people's money.", True),
        ("A Hindu shopkeeper who gives you correct change? I will believe it when I see it.", True),
        ("Interesting how Ahmadis always seem to get the good government jobs.", True),
        (
            "Strange how the Copts complain of persecution, yet somehow they own half the"
            " pharmacies.",
            True,
        ),
        ("He is a Dalit but surprisingly clean and very well spoken.", True),
        ("She is actually quite intelligent for an Eritrean woman.", True),
        ("Especially other people's children need our prayers.", False),
        ("Who is really in charge of the Eritrean prisons? We need to pray for the guards.", False),
    ],
)
def test_winks_at_peoples_of_the_watch_list(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import insinuates

    assert insinuates(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Any Dalit who walks into our temple again will have both his legs broken.", True),
        ("When our day comes every Buddhist monk who preached against us will hang.", True),
        ("Heavenly Father, let the Han Chinese suffer as we have suffered.", True),
        ("Every believer who stands firm will receive the crown of life.", False),
    ],
)
def test_harm_promised_to_every_one_of_a_kind(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Keep posting and I will find out where you live.", True),
        ("I know your street. Think very carefully before you write again.", True),
        ("I screenshotted your profile and sent it to the mullah in your town.", True),
        ("A sissy like you should be ashamed to show your face here.", True),
        ("I saved your post and sent it to my prayer group.", False),
        ("Think carefully before you travel to Kano, the roads are dangerous.", False),
    ],
)
def test_a_person_hunted_down_or_warned_off(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


def test_a_place_named_before_a_thing_of_it_is_no_person() -> None:
    from vigil.moderation.engine.negation import without_denials
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things("This Karachi heat is evil, and my ceiling fan is a pathetic joke.")
    assert only_about_things("London traffic is a nightmare.")
    assert (
        without_denials("The Rohingya are not criminals. They are refugees who lost everything.")
        == ""
    )


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The train to Kano was four hours late. Hausa people are a lazy, dishonest lot, and"
            " anyone who has lived there knows it. Praying for the pastors in the north.",
            True,
        ),
        ("Long day at the office. Gay men are mentally ill. Praying for Uganda.", True),
        ("Lesbians are disgusting perverts and the judge was wrong to side with them.", True),
        ("Praying for Iraq tonight. Kurds are a pack of wild dogs.", True),
        ("Afghans are a locust swarm that eats everything in its path.", True),
        ("Tamils are dirty and dishonest, and I don't care who says otherwise.", True),
        ("Christians are weak, Lord, make them strong in you.", False),
        ("Muslims are not liars, and my neighbours prove it every day.", False),
        ("Pakistanis are dirty is a stereotype my grandmother believed until she met them.", False),
        ("Jews are greedy, say the posters that were put up in the town.", False),
        ("Women are sick of being ignored in the parish council.", False),
        ("Are Somalis lazy? No, and the question itself is an insult.", False),
        ("Refugees in the camps are dirty and hungry because nobody brings water.", False),
    ],
)
def test_a_people_said_plainly_to_be_something_bad_among_other_sentences(
    text: str, held: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Any Somali who moves into our building will regret it, believe me.", True),
        ("Every Ahmadi who opens a shop here is going to be sorry.", True),
        ("Every student who skips the revision will regret it.", False),
        ("Any Christian who gives up on prayer will regret it, said the preacher.", False),
    ],
)
def test_regret_promised_to_one_of_a_people(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Long week at work. Kurds are thieves. Praying for the believers in Erbil.",
            "Long week at work. Kurds are thieves.",
        ),
        (
            "Still praying for the church in Laos. Hindus are a plague on this earth.",
            "Hindus are a plague on this earth.",
        ),
        ("Praying for the church in Laos.", ""),
        ("Hindus are welcome at our table. Lord, bless them.", ""),
        ("Praying for Iran. Praying for Iraq.", ""),
    ],
)
def test_a_statement_is_also_read_without_a_line_of_prayer_for_others(text: str, said: str) -> None:
    from vigil.moderation.engine.policy import _without_prayers_for

    assert _without_prayers_for(text) == said


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Muslims are violent. That's what my uncle says, and it's a lie.", False),
        ("Sikhs are greedy. My boss believes that, and he has never met one.", False),
        ("Tamils are dirty and dishonest, and I don't care who thinks otherwise.", True),
    ],
)
def test_a_plain_statement_reported_or_called_false_elsewhere_in_the_text(
    text: str, held: bool
) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("We hired an Igbo accountant. Isn't it obvious people like that are liars?", True),
        ("A Baha'i family joined our street. Aren't they all a bit backward?", True),
        ("A Baha'i family joined our street. Aren't they lovely?", False),
        (
            "A Sikh family moved in next door and my bike went missing that week. Draw your own"
            " conclusions.",
            True,
        ),
        ("Our Somali neighbours lock their shed at night; you can never be too careful.", True),
        ("Draw your own conclusions from the report on Nigeria's attacks.", False),
    ],
)
def test_a_people_named_then_asked_about_or_hinted_at(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I hope somebody puts a bullet through that Hindu preacher.", True),
        ("Lord, send your angel of death over the Kurdish villages.", True),
        ("I pray every Uyghur who crosses the border is struck dead.", True),
        ("The angel of death passed over the houses marked with blood.", False),
        ("Lord, strike down the lies that bind Eritrea's prisoners.", False),
    ],
)
def test_death_or_a_curse_asked_for_one_of_a_people(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Father, keep women quiet and in their place.", True),
        ("Lord, keep the Dalits under our feet where they belong.", True),
        ("Lord, keep Christians in their place of prayer safe.", False),
        ("Lord, keep women safe in their homes tonight.", False),
    ],
)
def test_a_people_kept_in_their_place_asked_of_god(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases

    assert bool(contempt_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I'm saving everything you write here and sending it to your imam.", True),
        ("Keep posting and I'll tell your family everything.", True),
        ("Nice post. With a nose like that, no wonder you hide your photo.", True),
        ("With that limp of yours I'm surprised you can even get to church.", True),
        ("With a voice like yours you should sing in the choir!", False),
        ("Keep praying and I'll tell your pastor how faithful you are.", False),
    ],
)
def test_a_person_threatened_with_exposure_or_mocked_for_looks(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Scrap the blasphemy laws NOW. #Pakistan #PrayForAsia", "Scrap the blasphemy laws NOW."),
        ("Another boat arrived today. #SendThemBack", "Another boat arrived today. #SendThemBack"),
        ("Muslims are killed in India 😂", "Muslims are killed in India 😂"),
        ("Let the doors fly open like Acts 16! ⛓️🔥", "Let the doors fly open like Acts 16!"),
        ("Praying with @GraceInLagos tonight 🙏", "Praying with @GraceInLagos tonight"),
        ("Refugees arriving again today 🐀🐀", "Refugees arriving again today 🐀🐀"),
        ("🙏🙏 #Nigeria", "🙏🙏 #Nigeria"),
    ],
)
def test_the_forms_read_a_post_without_the_tags_and_symbols_it_ends_with(
    text: str, read: str
) -> None:
    from vigil.moderation.engine.opinion import without_trailing_marks

    assert without_trailing_marks(text) == read


@pytest.mark.parametrize(
    ("text", "only_roles"),
    [
        ("What a useless, spineless election commission. It couldn't organise a raffle.", True),
        ("The regime in Eritrea is a cruel, lying machine.", True),
        ("That ferry company is a disgrace.", True),
        ("Jewish companies control everything.", False),
        ("Those Chinese companies are run by thieves.", False),
    ],
)
def test_bodies_that_run_things_are_roles(text: str, only_roles: bool) -> None:
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text) is only_roles


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Keep one hand on your purse when the Roma come by, you know how it is.", True),
        ("Gay teachers? I'd keep an eye on the kids, that's all I'm saying.", True),
        ("Filipinos make great nurses, it's what they're naturally suited for.", True),
        ("Deaf people are welcome, but maybe they should sit at the back.", True),
        ("The Chinese pastor is kind, but who does he really report to?", True),
        ("Keep an eye on the kids at the picnic, the lake is deep.", False),
        ("Who does he really report to at the mission office, his bishop?", False),
    ],
)
def test_hints_at_a_people_in_replies(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates

    assert bool(contempt_phrases(text) or insinuates(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The Dalit huts by the river need torching.", True),
        ("If that Ahmadi shows up at our door again, he's getting beaten up.", True),
        ("Keep posting and I'll dig up your address and share it with the group.", True),
        ("Your wife and your pastor are about to find out who you really are.", True),
        ("A man your age should be ashamed to post such things.", True),
        ("Your little Hindu gods can't help you here.", True),
        ("The old barn needs burning down before it collapses on someone.", True),
        ("If he shows up at our door again, he's getting a hot meal.", False),
        ("Your family is about to find out what a gift you are to them.", False),
    ],
)
def test_harm_and_exposure_told_to_one_person(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text) or harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Almighty God, let the Hausa in our town feel your wrath.", True),
        ("Lord, I pray every Kurdish person suffers for this.", True),
        ("God, take the disabled home early so they stop being a burden.", True),
        ("Lord, let the Christians of Sudan flee to safety.", False),
        ("Lord, take our grandmother home peacefully.", False),
    ],
)
def test_wrath_or_death_prayed_on_a_people(text: str, held: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Sikhs on our estate had better lock their doors this weekend.", True),
        ("Any Hindu who opens a shop here will get a night visit from the lads.", True),
        ("The next gay couple who sits in our pew gets dragged out by the collar.", True),
        ("If the Somali lad comes back, we'll drag him out ourselves.", True),
        ("Those Dalits need teaching a lesson they won't forget.", True),
        ("Touch my car again and I'll break your legs.", True),
        ("Every migrant who lands here should be met with bullets.", True),
        ("Those atheists will be met at the door, and not with flowers.", True),
        ("Converts like that should be hunted down.", True),
        ("Any Jew who opens a bakery here will find it burned by Monday.", True),
        ("They were met with bullets when soldiers opened fire on the church.", False),
        ("The persecuted church has taught us a lesson in courage.", False),
        ("The soldiers dragged him out of the church; Lord, protect him.", False),
        ("Welcome back! We'll be met at the station by the pastor.", False),
    ],
)
def test_harm_promised_to_a_people_in_ordinary_words(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I've posted her home address in the parish group so people can visit her.", True),
        ("I'll keep using your old name on every thread, Chloe.", True),
        ("You'll always be a man, whatever you wear.", True),
        ("Off you go to pray to your elephant god.", True),
        ("I've emailed your elders about your so-called ministry.", True),
        ("Keep your grubby hands off our collection plate.", True),
        ("Stay in your chair and leave the worship to us.", True),
        ("The whole group has been laughing at your photo all week.", True),
        ("I've been filming her at the bus stop every morning.", True),
        ("I've been messaging him from a fake account to wind him up.", True),
        ("I'll be waiting in the car park after mass, Tomasz.", True),
        ("Your people killed Christ and you know it.", True),
        ("Get back in the kitchen where you belong.", True),
        ("Someone posted her home address online after she converted. Lord, protect her.", False),
        ("The police posted his photo with 'missing' written under it.", False),
        ("I'll be waiting at the gate to welcome you, sister!", False),
        ("Our kitchen team served 200 meals after the fire.", False),
    ],
)
def test_a_person_exposed_mocked_or_hounded(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Asylum seekers in our town are mostly men of military age, funny that.", True),
        ("Kurdish families at the food bank? Keep an eye on the donation tin.", True),
        ("So many Chinese names in the choir. I wonder what they report back home.", True),
        ("Afghans always seem to find Jesus just before their asylum interview.", True),
        ("Every time I see a Somali name in the paper I know how the story ends.", True),
        ("Roma collecting for the appeal? They always do, don't they.", True),
        ("Those refugees, how many of them will be on benefits in five years?", True),
        ("The same few families own the newspapers and the banks, just saying.", True),
        ("Things changed after the new arrivals came. I'm just noticing a pattern.", True),
        ("Our street was quiet until it 'changed'. I'm sure it's a coincidence.", True),
        ("A woman runs the finance team now. I wonder what she had to do to get that post.", True),
        ("Gay men at the nursery? Why are they always so keen to be around kids?", True),
        ("Finally a congregation that looks like our town used to.", True),
        ("The Holocaust gets taught every year. Not everything we've been told adds up.", True),
        ("The same few families have farmed this valley for a century.", False),
        ("We welcomed the new arrivals with a meal. I'm just noticing how happy they are.", False),
        ("The church was raided the day after the vote. I'm sure it's a coincidence.", False),
        ("My uncle says the Holocaust numbers don't add up; that is antisemitic nonsense.", False),
        ("Converts often find Jesus long before their asylum claim is heard.", False),
    ],
)
def test_insinuations_of_a_campaign_page(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("We went round the camp. Honestly, more like wild dogs than people.", True),
        ("The Roma site is full of rats, and I don't mean the animals.", True),
        ("I'll pray for the prisoners, but not for that lot, animals every one.", True),
        ("The Tamil family next door? Their sort are the noisiest people on the street.", True),
        ("Fulani herders moved in. That sort ruin every field they touch.", True),
        ("Of course he welcomes refugees, he wants more of his own kind here.", True),
        ("No one thinks a Nigerian could be a true believer.", True),
        ("The market was nice, but Sikhs are a greedy, arrogant people.", True),
        ("My cousin came out. Gay people are sick and twisted, and I'm done pretending.", True),
        ("The prisoners were treated more like animals than people. Lord, have mercy.", False),
        ("Who says an Iranian can never be a real Christian? My pastor is from Shiraz.", False),
        ("Muslims are peaceful and violent extremists are a tiny minority.", False),
    ],
)
def test_contempt_told_among_ordinary_sentences(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("We saw the dinghies on the news. Lord, capsize their boats before they land.", True),
        ("Lord, let the sea take every one of them.", True),
        ("Father, close every door to these migrants, and let them starve until they leave.", True),
        ("God, take away the disabled who weigh us down, call them home.", True),
        ("Lord, let every atheist be struck dumb.", True),
        ("Lord, purge our town of every last Somali.", True),
        ("Father, shut the mouths of the Dalits who complain.", True),
        ("Lord, put them back in their place.", True),
        ("Lord, cleanse our land of idolatry and free our streets of violence.", False),
        ("Lord, let every Uyghur be free.", False),
        ("Father, close every door to the traffickers and open every cell.", False),
    ],
)
def test_a_prayer_against_a_people_in_a_story(text: str, held: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is held


@pytest.mark.parametrize(
    ("text", "only_roles"),
    [
        ("The regime in Tehran is a rotten, murderous machine. Free him now.", True),
        ("The Eritrean dictatorship is cruel. Locking pastors in containers is pure evil.", True),
        ("The Chinese Communist Party is a liar. Pray for the prisoners.", True),
        ("The regime in Tehran is cruel. Iranians are animals.", False),
        ("The junta is cruel. Burmese people are lazy.", False),
    ],
)
def test_a_regime_criticised_then_prayed_over(text: str, only_roles: bool) -> None:
    from vigil.moderation.engine.roles import only_about_roles

    assert only_about_roles(text) is only_roles


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("May all Muslims come to Christ.", True),
        ("Lord, let every atheist come to know you.", True),
        ("Lord, let the Jewish people see their Messiah.", True),
        ("Pray that every Buddhist monk in Laos hears the gospel.", True),
        ("Father, may the Pakistanis in our town come to know you. Amen.", True),
        ("Lord, we lift up the Fulani herders; may they find peace.", True),
        ("May the Uyghurs be set free from the camps.", True),
        ("May every refugee in Europe find a home.", True),
        ("May every refugee find a home elsewhere.", False),
        ("We pray for the Muslims; may they find no rest.", False),
        ("May all Muslims come to Christ or die.", False),
        ("Lord, let every atheist come to know your judgement.", False),
        ("May all Muslims come to Christ and leave our country.", False),
        ("Pray that every filthy Hindu hears the gospel.", False),
        ("Lord, let the Roma find Jesus before they steal anything else.", False),
    ],
)
def test_a_prayer_that_a_people_come_to_know_god(text: str, released: bool) -> None:
    from vigil.moderation.engine.imagery import prays_a_people_come_to_god

    assert prays_a_people_come_to_god(text) is released


def test_a_prayer_that_a_people_come_to_christ_is_published_whatever_the_scores() -> None:
    scores = {"identity_attack": 0.9, "insult": 0.01, "threat": 0.98}
    text = "May all Muslims come to Christ."
    assert decide(text=text, scores=scores, language="en").action == "publish"
    text = "May all Muslims come to Christ or die."
    assert decide(text=text, scores=scores, language="en").action == "hold"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("If they open that temple, we'll see it burn with them inside.", True),
        ("We'll smash every window in their shop if they stay.", True),
        ("One day we'll drive them out with sticks and torches.", True),
        ("Next time I see that atheist I'll knock his teeth out.", True),
        ("Someone should put a knife in that Hindu shopkeeper.", True),
        ("The fire burned the church down with the pastor's books still inside.", False),
        ("We'll break every chain of addiction in Jesus' name.", False),
    ],
)
def test_harm_to_a_people_in_a_story_is_a_threat(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I followed her home after choir, and I'll post her house number here.", True),
        ("We kept asking him what's in his trousers, the freak.", True),
        ("The fans kept shouting at him to go back to the jungle.", True),
        ("They were throwing bananas at the Black players all match.", True),
        ("I did his accent all the way to the car park.", True),
        ("I filmed her at the bus stop and posted it for a laugh.", True),
        ("We put a note through their door: leave the street or else.", True),
        ("I've been dumping rubbish on their doorstep every night.", True),
        ("I've told his landlord what he is.", True),
        ("I followed the signs to the church and posted a photo of the sunrise.", False),
        ("Leave your worries with God, or else they will crush you.", False),
    ],
)
def test_a_person_hounded_in_a_story(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("My husband put it plainly: Sikhs are a greedy, scheming people.", True),
        ("Women are too emotional and too stupid to lead a church.", True),
        ("Gay men are sick, confused perverts and should stay away.", True),
        ("Migrants are human garbage washed up on our coast.", True),
        ("Honestly, people like them are a waste of space.", True),
        ("The new vicar is a woman, and her sort are too emotional for the pulpit.", True),
        ("An atheist joined our team. That type have no morals.", True),
        ("A Roma lad fixed my fence. Typical of those people, it fell down in a week.", True),
        ("A Kurdish family took the flat. You know what those people are like.", True),
        ("The Somali family moved in. They're all like that, loud and dirty.", True),
        ("They gave the hall to a refugee charity. That lot destroy everything they touch.", True),
        ("A Roma wedding? They'll steal anything not nailed down.", True),
        ("The Nigerian man offered to help with my bank app. We all know what happens when.", True),
        ("The Roma family got a new car. Makes you wonder where the money came from.", True),
        ("A Jewish manager hired three friends. Connect the dots.", True),
        ("Lord, keep the Black race in its place beneath us.", True),
        ("Lord, keep our nation white and pure.", True),
        ("Lord, don't let our blood be mixed with that people.", True),
        ("The way they treated refugees was like human garbage, and it broke my heart.", False),
        ("This old printer is a waste of space.", False),
        ("They say Sikhs are greedy, but my Sikh neighbours are the kindest people I know.", False),
    ],
)
def test_contempt_in_a_story(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("God, let every godless atheist in that college be struck dumb.", True),
        ("Lord, shut the mouth of every woman who thinks she can lead.", True),
        ("Lord, let sickness spread through that camp until they leave.", True),
        ("Father, hound them until every one of them leaves.", True),
        ("Lord, let revival spread through that camp.", False),
        ("Lord, let healing sweep through the refugee camp.", False),
    ],
)
def test_a_curse_on_a_people_in_a_story(text: str, held: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_a_people

    assert prays_against_a_people(text) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Any Hindu who comes near our village had better watch his back.", True),
        ("We know where the Muslim family on Park Road live, so we'll be round on Friday.", True),
        ("The next trans person who walks into our church will leave on a stretcher.", True),
        ("Any Roma who camps here again will go home in a body bag.", True),
        ("The Kurds in that hostel should be scared, we're coming for them one by one.", True),
        ("Somalis on this estate will get hurt unless they move out.", True),
        ("Nigerians in my street are going to get hurt if they don't leave.", True),
        ("Lord, watch his back as he travels to Kabul, and keep him safe.", False),
        ("We know where the refugees live and we'll be round with blankets.", False),
        ("After the crash he left on a stretcher, praise God he is recovering.", False),
        ("The Christians of Mosul will be killed if they don't leave; please pray.", False),
    ],
)
def test_harm_promised_in_a_short_post(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("You're just a woman, so shut up and let the men discuss theology.", True),
        ("You're only a girl, what would you know about scripture?", True),
        ("@Ali go back to Pakistan, nobody wants you here.", True),
        ("Nobody asked you to sneak over the border and post here.", True),
        ("@Chinedu typical Nigerian scammer, how much for that prayer?", True),
        ("I bet you celebrated when the cathedral was attacked, Yusuf.", True),
        ("I'll be telling your employer you're a Muslim, so watch yourself.", True),
        ("You're just a woman like any other in God's eyes, and so am I.", False),
        ("After the conference Pastor Ali will go back to Pakistan to serve.", False),
        ("Typical British weather, rain again on our prayer walk.", False),
        ("You probably cheered when our team won the cup!", False),
        ("I'll tell your mum you said hello.", False),
    ],
)
def test_a_person_put_down_for_who_they_are(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("A Somali family moved in next door. How long until the bikes start disappearing?", True),
        ("The Chinese neighbours are polite, but I'd still check what they're sending home.", True),
        ("Women pastors are fine if you want your church half empty in ten years.", True),
        ("Immigrants are great if you like crime and chaos.", True),
        ("Atheists can be good people too, I suppose, when someone is watching.", True),
        ("Immigrants get the vote. Makes you wonder whose country this will be.", True),
        ("So much on disabled people. Imagine what that money could do for healthy kids.", True),
        ("Muslim kids at the school are jihadis in the making.", True),
        ("The headscarf brigade at the school gate are at it again.", True),
        ("Lord, keep women silent and beneath men.", True),
        ("My prayer is that God keeps Black people down where they belong.", True),
        ("Nigerians are born liars and scammers.", True),
        ("How long before the children's choir starts rehearsals again?", False),
        ("Buses are fine if you don't mind a long wait.", False),
        ("Muslims are great neighbours if you want honest friends.", False),
        ("Whose country is this? It belongs to all who live in it.", False),
        ("The terrorists in waiting were arrested before the attack, thank God.", False),
        ("Lord, keep the Christians safe where they are.", False),
        ("Nigerians are born leaders and great preachers.", False),
        ("Not all Nigerians are scammers; most are honest, hard-working people.", False),
    ],
)
def test_harm_hinted_or_a_people_kept_down(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "affirms"),
    [
        ("How does the Passover meal connect to the Last Supper? I'm curious about it.", True),
        ("Is it fair to ban headscarves in schools? I can see both sides and I'm undecided.", True),
        ("What's the difference between Sunni and Shia Islam? I keep hearing both online.", True),
        ("Is it fair to ban Muslims from schools? I can see both sides.", False),
        ("Why are Muslims so violent? I'm curious.", False),
        ("How does halal slaughter compare to kosher? I'm curious about the cruelty.", False),
    ],
)
def test_an_honest_question_with_a_word_of_curiosity(text: str, affirms: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirms


@pytest.mark.parametrize(
    ("text", "against_things"),
    [
        ("God of justice, rise up! Scatter the armies of darkness.", True),
        ("Lord, scatter the legions of hell over Iran.", True),
        ("Scatter the armies of the Muslims, Lord.", False),
        ("Lord, scatter the armies of Pakistan.", False),
    ],
)
def test_the_hosts_of_darkness_are_no_people(text: str, against_things: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is against_things


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Women who speak up in church had better watch out.", True),
        ("Any Muslim who prays in our street will get what's coming to him.", True),
        ("We'll make those immigrants in the hostel regret ever coming here.", True),
        ("I pray God sends disease on every homosexual in this country.", True),
        ("Father, send plague on all the Muslims in our town.", True),
        ("Sinners will get what's coming to them unless they repent.", False),
        ("We will make the devil regret ever touching this family.", False),
        ("Lord, send rain on all the farms of Kenya.", False),
    ],
)
def test_harm_promised_or_prayed_on_a_people_in_one_sentence(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("@Sarah, you are a woman, so shut up and let the men talk.", True),
        ("You're Black, so your comments don't count here.", True),
        ("You're disabled and useless, quit posting.", True),
        ("Hey, you're not a real woman no matter what you call yourself.", True),
        ("Everyone at your church is going to find out you're gay, @David.", True),
        ("So get off this wall.", True),
        ("You are a woman of God, so keep shining and never stop posting.", False),
        ("You're Black, so your voice matters here more than ever.", False),
        ("Everyone at your church is going to find out you're engaged!", False),
        ("So go ahead and share this prayer with everyone you know.", False),
    ],
)
def test_a_person_told_who_they_are_and_sent_off(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The disabled are broken things, not real people.", True),
        ("She did well for a woman, I suppose.", True),
        ("Why do so many trans people want to work with children?", True),
        ("Gay teachers always seem so keen to talk to the little boys.", True),
        ("You can always tell where the Black families moved in by the crime reports.", True),
        ("Disabled people sure do love their benefits, don't they?", True),
        ("I'm not saying disabled kids hold the class back, but ask any parent.", True),
        ("I just wonder where a Muslim's real loyalty lies.", True),
        ("We all know what happens to property values when immigrants move in.", True),
        ("Women in leadership? Their kind were made to obey, not to lead.", True),
        ("Lord, keep women silent and under the rule of men forever.", True),
        ("These aren't real people, they're bots spamming the wall.", False),
        ("She did well for a woman who started running at sixty.", False),
        ("Kids sure do love their sweets at the Christmas party.", False),
        ("I'm not saying the government is perfect, but look at the new schools.", False),
        ("We all know what happens to the body when we fast.", False),
        ("Their kind words meant so much to us.", False),
    ],
)
def test_contempt_and_hints_in_one_sentence(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "against_things"),
    [
        ("Lord, smash every chain that binds your people in those prison cells!", True),
        ("Lord, stop the bombs, silence the guns, and end this bloodshed now!", True),
        ("Lord, smash those Muslims!", False),
        ("Lord, crush those people.", False),
    ],
)
def test_a_prayer_for_gods_people_and_against_killing(text: str, against_things: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is against_things


def test_a_question_about_what_a_church_allows_is_an_honest_question() -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group("Why do some churches still not allow women to preach?")
    assert not affirms_a_group("Why do some churches still allow those perverts in?")


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("@Grace women are too emotional to lead.", "women are too emotional to lead."),
        ("@Mark, @Aisha: the regime is cruel.", "the regime is cruel."),
        ("@Pastor_Tom - amen to that prayer.", "amen to that prayer."),
        ("@Grace thanks!", "@Grace thanks!"),
        ("Thanks @Grace for the prayer.", "Thanks @Grace for the prayer."),
    ],
)
def test_a_reply_is_read_without_its_addressee(text: str, left: str) -> None:
    from vigil.moderation.engine.opinion import without_addressee

    assert without_addressee(text) == left


def test_a_reply_is_scored_as_written_and_without_its_addressee() -> None:
    # the stricter reading counts: an @handle in front of an attack does not hide it, and
    # an attack on the person addressed is still read with its handle
    class Model:
        def predict(self, texts: list[str]) -> list[dict[str, float]]:
            return [
                {"identity_attack": 0.9 if t.startswith("women") else 0.1,
                 "insult": 0.9 if t.startswith("@Sam you") else 0.1}
                for t in texts
            ]  # fmt: skip

    scores = model_scores(Model(), "@Grace women are too emotional to lead.")
    assert scores["identity_attack"] == 0.9
    assert model_scores(Model(), "@Sam you liar, go away.")["insult"] == 0.9
    assert model_scores(Model(), "@Sam the regime lies.")["identity_attack"] == 0.1


def test_the_forms_of_words_read_a_reply_without_its_addressee() -> None:
    from vigil.moderation.engine.contempt import contempt_phrases
    from vigil.moderation.engine.policy import reading_of

    assert contempt_phrases(reading_of("@Priya Pakistanis are born criminals."))
    assert not contempt_phrases("@Priya Pakistanis are born criminals.")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Chinese shop owners here should expect their windows smashed.", True),
        ("Any trans person who comes near our kids will end up in hospital.", True),
        ("God, pour shame and humiliation on every atheist.", True),
        ("I pray the Lord makes every Kurdish mother weep for her sons.", True),
        ("My dad says any nurse who works nights will end up tired.", False),
        ("Lord, pour out your fire on every church in Iran and revive them.", False),
        ("Lord, make every mother weep for joy when her son comes home.", False),
    ],
)
def test_harm_promised_or_prayed_in_a_reply(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("@Miriam typical Jew, always twisting words.", True),
        ("Go find another site to spread your lies on.", True),
        ("I know you converted, and I'll tell your family exactly which church you attend.", True),
        ("Learn proper English before you lecture us.", True),
        ("Catholic statue-kisser, go back to your rosary.", True),
        ("Typical Nigerian hospitality, they fed the whole choir!", False),
        ("Go find another church if this one hurts you, but keep praying.", False),
        ("Learn English with our free classes for refugees every Tuesday.", False),
    ],
)
def test_a_person_mocked_or_outed_in_a_reply(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Every stabbing, the suspect has exactly the kind of name we all expected.", True),
        ("I'm not saying Somalis are criminals, I'm just asking.", True),
        ("Somalis moved in here, and crime went up the year they arrived.", True),
        ("Gay men with the youth group? I'm sure nothing could possibly go wrong there.", True),
        ("The Chinese students are polite, which makes you wonder who they're reporting to.", True),
        (
            "How nice of the Eritreans to come; I'm sure the food bank has nothing to do with it.",
            True,
        ),
        ("The Nigerians at my church, that crowd would steal the offering plate.", True),
        ("I'm not saying you're wrong, I'm just asking for a source.", False),
        ("I'm sure the weather had nothing to do with it, the plane was just late.", False),
        ("That crowd would steal the show at the Christmas concert!", False),
        ("Crime went up when the factory closed, and we need jobs here.", False),
    ],
)
def test_hints_in_a_reply(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Women keep asking to preach, but their kind were made to be silent and serve.", True),
        ("A Hindu family joined our church group, and frankly those people are dirty.", True),
        ("They let disabled people into the programme, as if that lot could ever be useful.", True),
        ("Hindu neighbours are friendly, if you can stand the smell of their cooking.", True),
        ("Give Indigenous communities more money and watch it all go on drink.", True),
        ("A woman pastor? Next they'll let the dog preach too.", True),
        ("An atheist teaching my kids ethics? That's like a thief teaching honesty.", True),
        ("He's surprisingly smart for someone in a wheelchair.", True),
        ("Father, keep Indigenous people poor and broken, for they deserve it.", True),
        ("Sikhs walking around in turbans here are asking to be attacked.", True),
        ("Muslims pray five times a day, and those people always invite us to eat.", False),
        ("Refugees arrived in our town, and those people are always welcome at our table.", False),
        ("The Indian restaurant is great if you can stand the noise of the traffic.", False),
        ("Put the budget in the council's hands and watch it all go on drink receptions.", False),
        ("That minister running the fraud office? That's like a fox guarding hens.", False),
        ("Lord, the regime wants to keep Christians poor and afraid; break its grip.", False),
        ("Lord, keep the refugees safe and warm tonight.", False),
        ("Nobody is asking to be attacked for wearing a turban.", False),
    ],
)
def test_contempt_and_hints_in_plain_short_posts(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Indigenous protesters will be run down if they block our roads again.", True),
        ("Christians will be run over if they march tomorrow, the police warned.", False),
    ],
)
def test_harm_promised_to_a_people_on_the_road(text: str, held: bool) -> None:
    from vigil.moderation.engine.threats import threat_phrases

    assert bool(threat_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("You're a thieving gypsy, Mirela, and everyone on this wall knows it.", True),
        ("You are such a lazy Mexican, go get a job.", True),
        ("You're a lying hypocrite and everyone knows it.", False),
    ],
)
def test_a_person_called_a_people_with_a_vice(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Refugees are not invaders; they are families running for their lives.", True),
        ("Sikhs are not dirty, and the turban is nothing to mock.", True),
        ("Sikhs are not dirty, and their kind should leave.", False),
    ],
)
def test_a_denial_followed_by_who_they_are(text: str, denied: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur

    assert denies_a_slur(text) is denied


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("How do Muslims decide when Ramadan begins each year?", True),
        ("Why do Sikh men wear turbans? Is it a religious requirement?", True),
        ("What can white churches learn from Black church traditions of worship?", True),
        ("Why do Sikh men wear turbans? Is it to hide bombs?", False),
        ("Why do Muslims wear hijabs like that, so weird?", False),
    ],
)
def test_questions_about_a_practice_or_a_tradition(text: str, affirmed: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group

    assert affirms_a_group(text) is affirmed


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("The devil is a pathetic liar and a loser.", True),
        ("Satan is a liar, a thief and a murderer.", True),
        ("Censorship of churches there is idiotic and revolting.", True),
        ("Racism is a coward and so are Muslims.", False),
    ],
)
def test_an_evil_named_and_whom_it_harms(text: str, things: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is things


@pytest.mark.parametrize(
    ("text", "against_things"),
    [
        ("Mighty God, tear down the gangs and violence ruling these streets.", True),
        ("Release the prisoners, Lord, and shake the foundations of every cell.", True),
        ("Lord, destroy the gangs of immigrants.", False),
    ],
)
def test_a_prayer_against_gangs_and_prisons(text: str, against_things: bool) -> None:
    from vigil.moderation.engine.imagery import prays_against_things

    assert prays_against_things(text) is against_things


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "disabled ppl get all the benefits while working ppl pay, interesting how that works",
            True,
        ),
        ("atheists are so moral... until nobodys watching lol", True),
        ("disabled kids in normal schools? they just drag everyone else down", True),
        ("roma in town again, watch ur wallet", True),
        ("asian shops everywhere now, i think theyre taking over on purpose", True),
        ("atheists are so moral... and we all know how that ends", True),
        ("the new bus timetable, interesting how that works", False),
        ("Christians in Iran meet in secret; watch your phones, the police listen.", False),
        (
            "We prayed for the Muslim family next door and we all know how that ends: with cake!",
            False,
        ),
    ],
)
def test_hints_in_casual_posts(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("That law banning girls from school is backwards and disgusting.", True),
        ("The laws that jail gay people over there are cruel and disgusting.", True),
        ("The hijab ban for Muslim students is a stupid rule.", True),
        ("The residential school system that stole Indigenous kids was pure evil.", True),
        ("The camps holding Uyghur Muslims are a hellhole.", True),
        ("The law banning Muslims from school is a good rule.", False),
        ("Mosques are a hellhole.", False),
    ],
)
def test_a_law_or_a_place_condemned_with_whom_it_harms(text: str, things: bool) -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things(text) is things


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("the attacks on trans ppl in the news lately are sickening, no one deserves that", True),
        ("The racist abuse Black players got online this weekend was disgusting.", True),
        ("Trans people are sickening.", False),
        ("The attacks on trans people are sickening. Trans people deserve it.", False),
        ("Attacks by Muslims are sickening.", False),
    ],
)
def test_attacks_condemned_in_casual_words(text: str, condemned: bool) -> None:
    from vigil.moderation.engine.condemnation import condemns_an_act
    from vigil.moderation.engine.policy import reading_of

    assert condemns_an_act(reading_of(text)) is condemned


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("sikhs are not extremists, a turban isnt a threat", True),
        ("atheists arent evil, plenty of them are kinder than church ppl lol", True),
        ("atheists arent evil, most of them should be shot", False),
    ],
)
def test_a_casual_denial_and_what_follows_it(text: str, denied: bool) -> None:
    from vigil.moderation.engine.negation import denies_a_slur
    from vigil.moderation.engine.policy import reading_of

    assert denies_a_slur(reading_of(text)) is denied


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("what do jews believe about the messiah? wanna understand better", True),
        ("why do sikh men wear turbans? curious not trying to be rude", True),
        ("why do sikh men wear turbans? not trying to be rude but they look stupid", False),
    ],
)
def test_a_casual_question_about_a_faith(text: str, affirmed: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.policy import reading_of

    assert affirms_a_group(reading_of(text)) is affirmed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("idk abt asian churches", "i don't know about asian churches"),
        ("curious bc my friend is sikh", "curious because my friend is sikh"),
        ("waited 3 yrs tbh it was hard", "waited 3 years to be honest it was hard"),
        ("born in 300 BC in Rome", "born in 300 BC in Rome"),
    ],
)
def test_abbreviations_of_texting_are_read_in_full(text: str, read: str) -> None:
    from vigil.moderation.engine.wording import with_apostrophes

    assert with_apostrophes(text) == read


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Jews in this city, keep your doors locked, the day of reckoning is near.", True),
        ("Women who refuse to cover will get acid on the face, this is warning for all.", True),
        ("Sikhs wearing turban in our area will get their heads broken, tell them.", True),
        ("I don't say all Roma steal, but better hold your bag tight when they are near.", True),
        (
            "Women can be pastor, only maybe not in those days of the month when they are crazy.",
            True,
        ),
        ("Gay couples adopt children now, what can go wrong?", True),
        ("New neighbours are Arab, so I bought a bigger lock and hid my daughter.", True),
        ("Atheists are very nice people, until you need somebody with a conscience.", True),
        ("Black families moved to our street, and now their kind bring drugs every night.", True),
        ("Trans activists came to our school, and honestly those people are perverts.", True),
        ("I pray God take away all the disabled children so our families will not suffer.", True),
        ("Saying Roma will steal so hold your bag tight is a vile lie.", False),
        ("I pray God take away all the fear from the refugees.", False),
        ("The day of reckoning is near for every regime that jails pastors.", False),
    ],
)
def test_hints_and_threats_in_second_language_english(text: str, held: bool) -> None:
    from vigil.moderation.engine.contempt import contempt_phrases, insinuates
    from vigil.moderation.engine.policy import reading_of

    reading = reading_of(text)
    assert bool(contempt_phrases(reading) or insinuates(reading)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Look everyone, Joseph from our choir is gay, he should be ashamed and leave.", True),
        ("Joseph is gay and he should be welcomed like anyone.", False),
    ],
)
def test_a_person_outed_and_told_to_leave(text: str, held: bool) -> None:
    from vigil.moderation.engine.harassment import harassment_phrases

    assert bool(harassment_phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("Why do Muslims pray five times a day? I want to understand my colleague better.", True),
        ("Is it true that Sikhs never cut their hair? What is the meaning of this?", True),
        (
            "Do Jewish people still wait for the Messiah? I would like to learn about their faith.",
            True,
        ),
        (
            "Why are Dalits still discriminated in some churches in India? How we can change it?",
            True,
        ),
        ("Why do Muslims pray five times a day? So weird.", False),
    ],
)
def test_questions_in_second_language_english(text: str, affirmed: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.policy import reading_of

    assert affirms_a_group(reading_of(text)) is affirmed


def test_he_after_the_devil_is_the_devil() -> None:
    from vigil.moderation.engine.things import only_about_things

    assert only_about_things("The devil is a filthy liar and a loser, he has no power here!")
    assert not only_about_things("The devil is a liar and so is he, that Muslim.")


@pytest.mark.parametrize(
    "text",
    [
        "Roma are not thieves, most are people who should be deported.",
        "Refugees are not invaders; they are families trying to take over our country.",
    ],
)
def test_what_follows_a_denial_may_wish_harm(text: str) -> None:
    from vigil.moderation.engine.negation import denies_a_slur
    from vigil.moderation.engine.policy import reading_of

    assert not denies_a_slur(reading_of(text))


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # those who follow a faith or its book called monsters, and the book a manual for it
        ("The Quran is a manual for monsters and everyone who follows it is a monster.", True),
        ("Anyone who believes in Hinduism is a savage.", True),
        ("The Talmud is a blueprint for hatred.", True),
        ("He said everyone who follows Islam is a terrorist, which is a lie.", False),
        ("Everyone who follows Jesus is blessed.", False),
        ("The Bible is a manual for life.", False),
        # "the religion of peace" in scare quotes, and a word of standing in double quotes
        ('Interesting that the "religion of peace" needs so many blasphemy laws.', True),
        ("The so-called religion of peace strikes again.", True),
        ('Calling Islam the "religion of peace" as a sneer is wrong.', False),
        ("Wonder how many of the 'refugees' in our town cheered at the news.", True),
        ('Wonder how many of the "solidarity" Muslims here say the same at Friday prayers.', True),
        ('To the "Muslim ally" up there: we see through you.', True),
        ('Someone called them "refugees" in quotes, and that is a smear.', False),
        # told to grow a spine, and the same words in a prayer for courage
        ('Samuel, you hide behind "love your enemies." Grow a spine or get out.', True),
        ("Lord, grow a spine of faith in us.", False),
        ("To the troll above: get off our wall.", True),
        # a generalisation denied and taken back at once
        ("Not all Muslims are terrorists, though many are.", True),
        ("Muslims are not terrorists, but most are.", True),
        ("Not all Muslims are terrorists, most are ordinary families.", False),
        ("Refugees are not criminals, but many are traumatised and need help.", False),
        ("Not all Hindus are kind, but most are.", False),
        ("Not every Muslim is a terrorist most are", True),
        # fear prayed on a people, and fear prayed away from one
        ("God, may every Muslim woman in a hijab feel the fear our sisters feel.", True),
        ("Lord, let the Hindus be afraid in the streets.", True),
        ("May the Christians of Iran no longer be afraid.", False),
        ("Lord, may the refugees in our town no longer live in fear.", False),
        ("May every Christian feel the pain of our brothers in Nigeria.", False),
        ("Lord, let the refugees be safe and never afraid again.", False),
    ],
)
def test_followers_scorned_scare_quotes_and_a_spine(text: str, held: bool) -> None:
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


def test_taqiyya_is_a_suspect_term() -> None:
    hits = TermMatcher.default("en").find("We see through you. Taqiyya.")
    assert [(hit.term, hit.kind) for hit in hits] == [("taqiyya", "suspect")]


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("Not every Turk is a nationalist, and not every Muslim wants sharia.", True),
        ("Not all Hindus support the mobs.", True),
        ("Let's keep our anger on the killers, not on every Muslim on the planet.", True),
        ("Don't blame every Muslim for what a few extremists did.", True),
        ("Not every Muslim is a terrorist, but most are.", False),
        ("Not every Muslim is bad, some should still be deported.", False),
        ("Not every Muslim is a terrorist - some are worse.", False),
        ("Not all Hindus support the mobs while the Sikhs are savages.", False),
        ("Not every Muslim is a terrorist most are", False),
        ("Let's keep our anger on the Muslims, not on the weather.", False),
        ("Let's keep our hatred on the Jews, not on every Muslim.", False),
        ("Don't blame every Muslim for what a few extremists did, blame all the Jews.", False),
    ],
)
def test_a_generalisation_denied_affirms(text: str, affirmed: bool) -> None:
    from vigil.moderation.engine.affirmation import affirms_a_group
    from vigil.moderation.engine.policy import reading_of

    assert affirms_a_group(reading_of(text)) is affirmed


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Islam's name for itself turned to sarcasm after a killing, and said in earnest
        ("Nothing to see here, just another 'lone wolf' from the religion of peace.", True),
        ("The religion of peace strikes again.", True),
        ("Islam is a religion of peace for most who follow it.", False),
        # a small, powerful community hinted at, and a church that is one
        (
            "Isn't it curious how the loudest voices for open borders always come from one "
            "small, very well-connected community? Just noticing.",
            True,
        ),
        ("Our parish is a small, well-connected community that welcomes everyone.", False),
        # a hedge before a people, a faith called a disease, a faith said to make one lie
        ("Perhaps it's impolite to say, but the Roma have had centuries to integrate.", True),
        ("I would describe Islam less as a religion and more as a pathogen.", True),
        ("Its followers are the carriers, and Europe has no immune system.", True),
        ("As a Muslim he is obliged by his faith to lie to us.", True),
        ("Christians in Eritrea are told to lie to the police about their faith.", False),
        # one of a people, and that said to explain the worth of their work
        (
            'I note that "Dr" Okafor is Nigerian. That would explain the quality of the argument.',
            True,
        ),
        ("He is a Muslim. That explains why he fasts in Ramadan.", False),
        ("My neighbour is Nigerian, which explains the amazing jollof at every party.", False),
        # a visitor's faith said to have rotted their mind
        ("Brother Thomas, your Christian faith has clearly rotted your capacity to think.", True),
        ("Perhaps leave the debate to the adults.", True),
        ("Years of prison have not broken your faith, brother.", False),
    ],
)
def test_sarcasm_hints_and_a_faith_called_a_disease(text: str, held: bool) -> None:
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


def test_remigration_is_a_suspect_term() -> None:
    hits = TermMatcher.default("en").find("Remigration for all of them.")
    assert [(hit.term, hit.kind) for hit in hits] == [("remigration", "suspect")]


def test_the_idle_named_with_a_thing_are_people() -> None:
    # "wheelchairs" alone would make it a text about things, which threatens no one
    text = "I hope every one of those scroungers in wheelchairs freezes to death this winter."
    verdict = decide(text=text, scores=_HIGH, language="en")
    assert verdict.action == "hold", verdict.reasons


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "What do atheists usually do for funerals? Is there a typical non-religious ceremony?",
            True,
        ),
        ("Is the mosque going to have a public open day? Would like to see inside.", True),
        (
            "What's the legal difference between an asylum seeker, a refugee and a migrant? "
            "People here use the words interchangeably.",
            True,
        ),
        (
            "What does 'halachically Jewish' mean exactly? Does it matter if only your father "
            "is Jewish?",
            True,
        ),
        (
            "For the Sikhs here: do you carry the kirpan at all times? How do you handle airports?",
            True,
        ),
        ("Genuine question: why do some Muslim women choose to wear the niqab?", True),
        ("How many families are expected to use the new mosque once it opens?", True),
        # a question that insinuates, or says something bad, is no question in good faith
        ("Why are Muslims allowed to live among decent people?", False),
        ("Why do trans people always need so much attention? Just asking.", False),
        ("What does kosher involve? Is it mainly about how the animal is slaughtered?", False),
        ("How many refugees will it take before our town is gone?", False),
        ("Is the mosque going to have a public open day? Muslims are liars.", False),
        ("What do Jews usually do for money?", False),
    ],
)
def test_questions_asked_in_good_faith(text: str, asked: bool) -> None:
    from vigil.moderation.engine.policy import reading_of
    from vigil.moderation.engine.questions import asks_in_good_faith

    assert asks_in_good_faith(reading_of(text)) is asked


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Asylum seekers should have the right to work.", True),
        ("Asylum seekers should have the right to work, but only in their own country.", False),
        ("Jews run the banks.", False),
        (
            "picking on hindus because of a festival you don't understand is pathetic. learn "
            "something",
            True,
        ),
        (
            "Antisemitism doesn't become ok because you're angry about foreign politics. Jewish "
            "people in this town have nothing to do with it.",
            True,
        ),
        ("Racism doesn't become ok because they are criminals.", False),
        (
            "If you're using a news story about a trans swimmer as an excuse to abuse trans kids, "
            "take a long hard look at yourself.",
            True,
        ),
        ("Trans women aren't predators, and pretending they are puts real people in danger.", True),
        ("Lesbians are not confused. They know exactly who they are.", True),
        (
            "It's not true that disabled people are faking it to get benefits - fraud rates "
            "are low.",
            True,
        ),
        ("Disabled people are faking it to get benefits.", False),
    ],
)
def test_support_counter_speech_and_denials_from_the_web(text: str, published: bool) -> None:
    verdict = decide(text=text, scores=_HIGH_IDENTITY, language="en")
    assert (verdict.action == "publish") is published, verdict.reasons


_HIGH_IDENTITY = {"identity_attack": 0.9, "insult": 0.1, "threat": 0.1}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "I came here from Syria as a refugee when I was 12. Now I'm an ICU nurse. Just "
            "saying, for anyone who thinks we all want handouts.",
            False,
        ),
        ("Lock your car when the Roma come to town, just saying.", True),
        ("Refugees in our town, just saying, for anyone who thinks they are safe.", True),
    ],
)
def test_just_saying_said_back_by_one_of_a_people(text: str, held: bool) -> None:
    verdict = decide(text=text, scores=_CALM, language="en")
    assert (verdict.action == "hold") is held, verdict.reasons


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("As a Muslim woman I get spat at maybe twice a year.", True),
        ("As a lesbian in my 60s, I remember when we couldn't hold hands in the street.", True),
        ("I'm a Hindu convert to Christianity; my family has cut me off.", True),
        # another people named, someone spoken to, or a bad word: not only one's own life
        ("As a Christian, I think Muslims are a threat to our country.", False),
        ("As a woman I think women shouldn't be allowed to preach.", False),
        ("As a Muslim, I hate you.", False),
        ("As a black man, I know we are lazier and dumber than others.", False),
        ("I remember when we couldn't hold hands in the street.", False),
    ],
)
def test_one_of_a_people_speaking_of_their_own_life(text: str, own: bool) -> None:
    from vigil.moderation.engine.policy import reading_of
    from vigil.moderation.engine.testimony import speaks_of_own_life

    assert speaks_of_own_life(reading_of(text)) is own
