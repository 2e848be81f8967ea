"""The moderation interface: ``assess`` returns a ``Verdict`` for a text; ``record_event``
writes the audit trail. The fast stage runs inside the request, in this order:

bans → word lists on the text and the author's name → link rules with trust →
the author's recent rejections → language detection → the classifier → the wall's
thresholds (``engine.policy.decide``).

Nothing at import time here imports the prayers app (prayers imports this module);
the queue actions at the end reach prayers through ``prayers.services`` only.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from vigil.moderation.engine import classifier as engine_classifier
from vigil.moderation.engine.language import detect_language
from vigil.moderation.engine.policy import DEFAULT_THRESHOLDS, Thresholds, decide
from vigil.moderation.engine.terms import TermHit, TermMatcher
from vigil.moderation.models import Ban, ModerationEvent, Term, WallPolicy

Action = Literal["publish", "pending", "hold", "reject"]
_SEVERITY: dict[str, int] = {"publish": 0, "pending": 0, "hold": 1, "reject": 2}
FAST_POST_SECONDS = 3.0
TRUSTED_AFTER = 3
"""Published prayers after which an author is trusted (links allowed)."""
RECENT_REJECTION_DAYS = 30
_TERMS_VERSION_KEY = "vigil:moderation:terms-version"
_WALL_POLICY_KEY = "vigil:moderation:wall-policy:{}"
REWRITE_TEXT = (
    "Your text contains language this wall does not publish. "
    "Please rewrite it without insults or slurs and send it again."
)
REWRITE_NAME = (
    "The name you gave contains a word this wall does not publish. "
    "Please choose another name and send your prayer again."
)
BANNED_MESSAGE = "This wall does not accept posts from you."
HELD_MESSAGE = "Thank you, it will appear after review."
PENDING_MESSAGE = "Thank you, your prayer will appear in a moment, after a last check."

# Links: a scheme, "www.", or a bare domain with a common top-level domain.
LINK_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://\S+)"
    r"|(?:\bwww\.\S+)"
    r"|(?:\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|site|online|shop|me|ly|gg|tk|link|click)"
    r"\b(?:/\S*)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Author:
    name: str
    email_hash: str = ""
    client_hash: str = ""
    prior_published_count: int = 0
    recent_rejections: int | None = None
    """Rejections in the last ``RECENT_REJECTION_DAYS``; ``None``: ``assess`` counts them."""

    @property
    def is_trusted(self) -> bool:
        trusted_after = getattr(settings, "VIGIL_MODERATION_TRUSTED_AFTER", TRUSTED_AFTER)
        return self.prior_published_count >= trusted_after


@dataclass(frozen=True)
class Context:
    wall_id: int | None = None
    is_first_post: bool = True
    pre_moderation: bool = False
    language: str = "en"
    """The language the visitor chose or the site's; the detected one is added to it."""
    seconds_to_submit: float | None = None
    """Time between rendering the form and posting it; ``None`` when not measured (API)."""
    form_token_valid: bool = True


@dataclass
class Verdict:
    action: Action = "publish"
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    scores: dict[str, float] = field(default_factory=dict)
    language: str | None = None
    """The detected language (ISO 639-1), or ``None`` when too short or unclear."""

    def escalate(self, action: Action, reason: str, message: str = "") -> None:
        """Record a reason; keep the most severe action and the first message for it."""
        self.reasons.append(reason)
        if _SEVERITY[action] > _SEVERITY[self.action]:
            self.action = action
            self.message = message or self.message
        elif action == self.action and not self.message:
            self.message = message


def find_links(text: str) -> list[str]:
    return LINK_RE.findall(text)


def assess(text: str, author: Author, context: Context) -> Verdict:
    """Decide whether a text is published, held for a moderator or rejected (with a reason
    the author can act on). Talking about persecution is fine; attacking people is not."""
    verdict = Verdict()
    policy = wall_policy(context.wall_id)
    _apply_ban(verdict, author, policy)
    verdict.language = _detect(text)
    languages = _languages(context.language, verdict.language)
    text_hits, name_hits = find_terms(text, languages), find_terms(author.name, languages)
    _apply_terms(verdict, text_hits, REWRITE_TEXT)
    _apply_terms(verdict, name_hits, REWRITE_NAME, where="name")
    _apply_links(verdict, text, author, context)
    _apply_history(verdict, author)
    _apply_timing(verdict, context)
    if context.pre_moderation:
        verdict.escalate("hold", "wall is pre-moderated")
    _apply_classifier(verdict, text, author, policy)
    if verdict.action == "publish" and deep_classifier_path():
        verdict.action, verdict.message = "pending", PENDING_MESSAGE
        verdict.reasons.append("deep stage pending")
    if verdict.action == "hold" and not verdict.message:
        verdict.message = HELD_MESSAGE
    return verdict


# --- the heavier stage, run as a task ---------------------------------------------------


def deep_classifier_path() -> str:
    """``VIGIL_MODERATION_DEEP_CLASSIFIER``: a slower model (dotted path) that checks what
    the fast stage would publish. Off by default: the shipped fast stage is the policy."""
    return getattr(settings, "VIGIL_MODERATION_DEEP_CLASSIFIER", "") or ""


def deep_assess(prayer_id: int) -> str:
    """Run the heavier model on a pending prayer, then publish it or hold it for a
    moderator through the prayers services (this stage never rejects)."""
    from vigil.prayers import services as prayer_services
    from vigil.prayers.models import Prayer

    prayer = Prayer.objects.filter(pk=prayer_id, status=Prayer.Status.PENDING).first()
    if prayer is None:
        return "gone"
    model = _load_classifier(deep_classifier_path())
    policy = wall_policy(prayer.wall_id)
    decision = decide(
        text=prayer.text, author_name=prayer.name, scores=model.predict([prayer.text])[0],
        hits=[], language=prayer.language or None, trained_languages=trained_languages(model),
        thresholds=policy.as_thresholds() if policy else DEFAULT_THRESHOLDS,
    )  # fmt: skip
    if decision.action == "publish":
        prayer_services.prayer_publish(prayer=prayer, reasons=["deep stage: clear"])
        return "publish"
    prayer_services.prayer_hold(
        prayer=prayer, reasons=[f"deep stage: {r}" for r in decision.reasons]
    )
    return "hold"


def _apply_ban(verdict: Verdict, author: Author, policy: WallPolicy | None) -> None:
    if not is_banned(client_hash=author.client_hash, email_hash=author.email_hash):
        return
    if policy is not None and policy.ban_action == WallPolicy.BanAction.HOLD:
        verdict.escalate("hold", "author is banned")
    else:
        verdict.escalate("reject", "author is banned", BANNED_MESSAGE)


def _apply_terms(
    verdict: Verdict, hits: Iterable[TermHit], message: str, where: str = "term"
) -> None:
    prefix = "" if where == "term" else "name: "
    for hit in hits:
        if hit.kind == "banned":
            verdict.escalate("reject", f"{prefix}banned term: {hit.term}", message)
        else:
            verdict.escalate("hold", f"{prefix}suspect term: {hit.term}")


def _apply_links(verdict: Verdict, text: str, author: Author, context: Context) -> None:
    """A trusted author may post links; otherwise more than one link, or a link in a
    first post, is held for a moderator."""
    links = find_links(text)
    if not links or author.is_trusted:
        return
    if len(links) > 1:
        verdict.escalate("hold", f"{len(links)} links")
    elif context.is_first_post:
        verdict.escalate("hold", "link in a first post")


def _apply_history(verdict: Verdict, author: Author) -> None:
    rejections = author.recent_rejections
    if rejections is None:
        rejections = recent_rejections(client_hash=author.client_hash, email_hash=author.email_hash)
    if rejections:
        verdict.escalate("hold", f"author has {rejections} recent rejection(s)")


def _apply_timing(verdict: Verdict, context: Context) -> None:
    if not context.form_token_valid:
        verdict.escalate("hold", "form token missing or invalid")
    elif context.seconds_to_submit is not None and context.seconds_to_submit < FAST_POST_SECONDS:
        verdict.escalate("hold", f"posted {context.seconds_to_submit:.1f}s after the form loaded")


def _apply_classifier(
    verdict: Verdict, text: str, author: Author, policy: WallPolicy | None
) -> None:
    """Scores and the wall's thresholds; word-list hits were applied already."""
    model = get_classifier()
    scores = model.predict([text])[0]
    decision = decide(
        text=text,
        author_name=author.name,
        scores=scores,
        hits=[],
        language=verdict.language,
        trained_languages=trained_languages(model),
        thresholds=policy.as_thresholds() if policy else DEFAULT_THRESHOLDS,
    )
    verdict.scores = {label: round(score, 4) for label, score in scores.items()}
    for reason in decision.reasons:
        if decision.action == "reject":
            verdict.escalate("reject", reason, decision.message)
        else:
            verdict.escalate("hold", reason)


def _detect(text: str) -> str | None:
    if not getattr(settings, "VIGIL_MODERATION_DETECT_LANGUAGE", True):
        return None
    return detect_language(text)


def _languages(chosen: str, detected: str | None) -> list[str]:
    """Word-list languages: the chosen one, the detected one (English lists always apply)."""
    return list(dict.fromkeys(code for code in (chosen or "en", detected) if code))


def find_terms(text: str, languages: Sequence[str] = ("en",)) -> list[TermHit]:
    """Listed terms in ``text`` for any of ``languages`` (plus English and every-language)."""
    if not text:
        return []
    found: set[TermHit] = set()
    for language in languages:
        found.update(matcher(language).find(text))
    return sorted(found, key=lambda hit: (hit.start, hit.kind != "banned", hit.end))


def recent_rejections(*, client_hash: str = "", email_hash: str = "") -> int:
    """How many of this author's prayers were rejected in the last 30 days."""
    if not client_hash and not email_hash:
        return 0
    author = Q(prayer__client_hash=client_hash) if client_hash else Q(pk__in=[])
    if email_hash:
        author |= Q(prayer__email_hash=email_hash)
    days = getattr(settings, "VIGIL_MODERATION_RECENT_REJECTION_DAYS", RECENT_REJECTION_DAYS)
    since = timezone.now() - timedelta(days=days)
    events = ModerationEvent.objects.filter(author, action="prayer.rejected", created_at__gte=since)
    return events.values("prayer_id").distinct().count()


# --- the classifier and the wall's policy, cached per process -------------------------

_classifiers: dict[str, engine_classifier.Classifier] = {}


def get_classifier() -> engine_classifier.Classifier:
    """The model named by ``VIGIL_CLASSIFIER`` (a dotted path), else the shipped one;
    loaded once per process."""
    return _load_classifier(getattr(settings, "VIGIL_CLASSIFIER", None) or "")


def _load_classifier(dotted: str) -> engine_classifier.Classifier:
    model = _classifiers.get(dotted)
    if model is None:
        model = engine_classifier.load(dotted) if dotted else engine_classifier.load_default()
        _classifiers[dotted] = model
    return model


def trained_languages(model: engine_classifier.Classifier) -> frozenset[str]:
    """Languages whose scores the policy trusts to reject: the model's own claim, else English."""
    claimed = getattr(model, "trained_languages", None)
    if claimed is None:
        claimed = getattr(model, "meta", {}).get("trained_languages")
    return frozenset(claimed or ("en",))


def wall_policy(wall_id: int | None) -> WallPolicy | None:
    """The wall's policy (or ``None`` for the defaults), cached until it changes."""
    if wall_id is None:
        return None
    key = _WALL_POLICY_KEY.format(wall_id)
    cached = cache.get(key)
    if cached is None:
        cached = WallPolicy.objects.filter(wall_id=wall_id).first() or False
        cache.set(key, cached, timeout=300)
    return cached or None


def wall_policy_changed(wall_id: int) -> None:
    cache.delete(_WALL_POLICY_KEY.format(wall_id))


def thresholds_for(wall_id: int | None) -> Thresholds:
    policy = wall_policy(wall_id)
    return policy.as_thresholds() if policy else DEFAULT_THRESHOLDS


def is_banned(*, client_hash: str = "", email_hash: str = "") -> bool:
    return Ban.objects.matching(client_hash=client_hash, email_hash=email_hash).exists()


def record_event(
    *,
    action: str,
    prayer: Any = None,
    actor: Any = None,
    reasons: Iterable[str] = (),
    scores: dict[str, float] | None = None,
) -> ModerationEvent:
    """Write one audit-trail entry; call it inside the transaction of the change."""
    event = ModerationEvent(
        action=action,
        prayer=prayer,
        actor=actor if actor is not None and actor.pk else None,
        target_repr=str(prayer)[:200] if prayer is not None else "",
        reasons=list(reasons),
        scores=dict(scores or {}),
    )
    event.full_clean()
    event.save()
    return event


# --- the word-list matcher, rebuilt when terms change ---------------------------------

_matchers: dict[str, tuple[object, float, TermMatcher]] = {}
_lock = threading.Lock()


def terms_changed() -> None:
    """Make every process rebuild its matcher (called when a Term is saved or deleted)."""
    if not cache.add(_TERMS_VERSION_KEY, 1, timeout=None):
        try:
            cache.incr(_TERMS_VERSION_KEY)
        except ValueError:
            cache.set(_TERMS_VERSION_KEY, 1, timeout=None)
    _matchers.clear()


def matcher(language: str = "en") -> TermMatcher:
    """The listed terms for ``language`` (database + shipped lists), cached per process.

    Rebuilt when the terms version in the shared cache changes, and at least every
    ``VIGIL_MODERATION_TERMS_TTL`` seconds, so processes with a private cache catch up.
    """
    version = cache.get(_TERMS_VERSION_KEY, 0)
    ttl = getattr(settings, "VIGIL_MODERATION_TERMS_TTL", 60)
    cached = _matchers.get(language)
    if cached and cached[0] == version and time.monotonic() - cached[1] < ttl:
        return cached[2]
    with _lock:
        built = _build_matcher(language)
        _matchers[language] = (version, time.monotonic(), built)
    return built


def _build_matcher(language: str) -> TermMatcher:
    banned: list[str] = []
    suspect: list[str] = []
    if getattr(settings, "VIGIL_MODERATION_SHIPPED_WORDLISTS", True):
        from vigil.moderation.engine.terms import WORDLIST_DIR, read_wordlist

        for lang in dict.fromkeys([language, "en"]):
            banned += read_wordlist(WORDLIST_DIR / f"banned_{lang}.txt")
            suspect += read_wordlist(WORDLIST_DIR / f"suspect_{lang}.txt")
    rows = Term.objects.filter(language__in=["", language, "en"]).values_list("term", "kind")
    for term, kind in rows:
        (banned if kind == Term.Kind.BANNED else suspect).append(term)
    return TermMatcher(banned, suspect)


# --- queue actions: every state change of a prayer goes through prayers.services ------

REJECT_REASONS: dict[str, str] = {
    "identity_attack": "Attacks people for their religion, ethnicity or belief",
    "harassment": "Insults or harasses someone",
    "language": "Inappropriate language",
    "threat": "Threatens someone",
    "sexual": "Sexual content",
    "spam": "Advertising or spam",
    "personal": "Shares someone's personal information",
    "other": "Breaks the wall's rules in another way",
}
BAN_DURATIONS: dict[str, int | None] = {"1": 1, "7": 7, "30": 30, "365": 365, "forever": None}
QUEUE_ACTIONS = ("approve", "reject", "remove", "ban")


class ActionRefused(Exception):
    """The action does not apply to the prayer in its current state; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def prayer_moderate(
    *, prayer: Any, action: str, actor: Any, reason: str = "", duration: str = "7"
) -> Any:
    """Apply one queue action (approve, reject, remove, ban) as ``actor``.

    Raises ``ActionRefused`` for an action that does not fit the prayer's status
    (for example removing a prayer that is not published).
    """
    from vigil.prayers import services as prayers

    status = prayer.status
    if action == "approve":
        _require(status, {"held", "rejected", "pending", "removed", "spam"}, "approve")
        return prayers.prayer_publish(prayer=prayer, actor=actor, reasons=["approved"])
    if action == "reject":
        _require(status, {"held", "pending", "published"}, "reject")
        code = reason if reason in REJECT_REASONS else "other"
        return prayers.prayer_reject(prayer=prayer, actor=actor, reasons=[f"reason: {code}"])
    if action == "remove":
        _require(status, {"published"}, "remove")
        code = reason if reason in REJECT_REASONS else "other"
        return prayers.prayer_remove(prayer=prayer, actor=actor, reasons=[f"reason: {code}"])
    if action == "ban":
        return author_ban(prayer=prayer, actor=actor, duration=duration, reason=reason)
    raise ActionRefused(f"Unknown action {action!r}.")


def _require(status: str, allowed: set[str], action: str) -> None:
    if status not in allowed:
        raise ActionRefused(f"A {status} prayer cannot be {PAST_TENSE[action]}.")


PAST_TENSE = {"approve": "approved", "reject": "rejected", "remove": "removed", "ban": "banned"}


@transaction.atomic
def author_ban(*, prayer: Any, actor: Any, duration: str = "7", reason: str = "") -> Any:
    """Ban the prayer's author (email hash and client hash) for ``duration`` days (or
    for ever), and take the prayer down: held → rejected, published → removed."""
    from vigil.prayers import services as prayers

    if duration not in BAN_DURATIONS:
        raise ActionRefused("Choose a ban duration from the list.")
    if not prayer.client_hash and not prayer.email_hash:
        raise ActionRefused("This author left no trace to ban (the client hash was purged).")
    days = BAN_DURATIONS[duration]
    until = timezone.now() + timedelta(days=days) if days else None
    code = reason if reason in REJECT_REASONS else "other"
    for kind, value in ((Ban.Kind.EMAIL, prayer.email_hash), (Ban.Kind.CLIENT, prayer.client_hash)):
        if value:
            ban = Ban(kind=kind, value=value, reason=REJECT_REASONS[code], until=until)
            ban.created_by = actor if actor is not None and actor.pk else None
            ban.full_clean()
            ban.save()
    how_long = f"{days} days" if days else "no end"
    record_event(action="author.banned", prayer=prayer, actor=actor, reasons=[code, how_long])
    reasons = [f"reason: {code}", "author banned"]
    if prayer.status in {"held", "pending"}:
        return prayers.prayer_reject(prayer=prayer, actor=actor, reasons=reasons)
    if prayer.status == "published":
        return prayers.prayer_remove(prayer=prayer, actor=actor, reasons=reasons)
    return prayer


def prayers_moderate(
    *, prayers: Iterable[Any], action: str, actor: Any, reason: str = "", duration: str = "7"
) -> tuple[int, list[str]]:
    """Apply one action to several prayers; returns (done, messages of those refused)."""
    done, refused = 0, []
    for prayer in prayers:
        try:
            prayer_moderate(
                prayer=prayer, action=action, actor=actor, reason=reason, duration=duration
            )
        except ActionRefused as error:
            refused.append(f"#{prayer.pk}: {error.message}")
        else:
            done += 1
    return done, refused


# --- the digest of held prayers ------------------------------------------------------

DIGEST_ACTION = "moderation.digest_sent"


def digest_recipients() -> list[str]:
    """Emails of active members of the Moderators group and of active superusers."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(groups__name="Moderators") | Q(is_superuser=True))
    return sorted(set(users.values_list("email", flat=True)))


def last_digest_at() -> Any:
    event = ModerationEvent.objects.filter(action=DIGEST_ACTION).order_by("-created_at").first()
    return event.created_at if event else None


def held_since_last_digest() -> list[ModerationEvent]:
    """The latest "held" event of every prayer held since the last digest and still held."""
    events = ModerationEvent.objects.filter(action="prayer.held", prayer__status="held")
    since = last_digest_at()
    if since is not None:
        events = events.filter(created_at__gt=since)
    latest: dict[int, ModerationEvent] = {}
    for event in events.select_related("prayer__wall").order_by("created_at"):
        latest[event.prayer_id] = event  # type: ignore[index]
    return list(latest.values())


def held_digest_send(*, base_url: str = "") -> int:
    """Email moderators the prayers held since the last digest and log the digest.
    Returns how many prayers it listed (0: nothing held, nothing sent)."""
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    events = held_since_last_digest()
    recipients = digest_recipients()
    if not events or not recipients:
        return 0
    context = {"events": events, "queue_url": f"{base_url}/moderation/"}
    body = render_to_string("moderation/digest_email.txt", context)
    subject = f"[{settings.VIGIL_SITE_NAME}] {len(events)} prayer(s) held for review"
    send_mail(subject, body, None, recipients)
    record_event(
        action=DIGEST_ACTION, reasons=[f"{len(events)} held", f"{len(recipients)} recipients"]
    )
    return len(events)
