"""Site search over countries, campaigns, prisoners and prayer points.

Each kind of result is a ``Scope``: what a visitor may see of it, the text columns
searched (with a weight) and the country it concerns (country names come from
django-countries, in every language, not from a column). A query is split into
folded terms and *every term must match* a column or the country's name.

On PostgreSQL the columns are compared as full-text vectors (``SearchVector`` with
the language's stemming configuration and ``unaccent``, prefix-matched per term,
ranked with ``SearchRank``); elsewhere (SQLite) as folded substrings, ranked by the
weights of the columns that match. Either way each kind costs one query and returns
at most ``limit`` hits, the best first.

Translated columns (``narrative_ru`` beside ``narrative``, as django-modeltranslation
adds them) are found by name: the active language's text is searched first, with
English as the fallback, and no scope needs to change when a translation lands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models
from django.db.models import Case, F, Func, OuterRef, Q, Subquery, Value, When
from django.db.models.expressions import Combinable
from django.db.models.fields.json import KT
from django.utils import formats, translation
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from vigil.campaigns.models import Campaign, Prisoner
from vigil.discovery import text
from vigil.discovery.text import Segment
from vigil.watchlist.models import Entry, PrayerPoint

if TYPE_CHECKING:
    from django.contrib.postgres.search import SearchQuery

DEFAULT_LANGUAGE = "en"
# PostgreSQL text-search configurations (stemming and stop words) per site language.
PG_CONFIGS = {"en": "english", "ru": "russian", "es": "spanish", "ar": "arabic"}
NAME_WEIGHT = 1.0


class Fold(Func):
    """The folded text of an expression: ``vigil_fold`` on SQLite (registered on every
    connection, the same Python function that folds the query), ``LOWER`` elsewhere."""

    function = "LOWER"
    output_field = models.TextField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return super().as_sql(compiler, connection, function="VIGIL_FOLD", **extra)


# Combining marks that PostgreSQL's unaccent leaves: Hebrew points, Arabic vowel marks
# (harakat, Quranic signs) and the tatweel, the same that ``text.fold`` drops.
MARKS = (
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]"
)


class Unaccent(Func):
    """Text without accents or vowel marks, on PostgreSQL (the pattern is a constant)."""

    template = f"UNACCENT(REGEXP_REPLACE(%(expressions)s, '{MARKS}', '', 'g'))"
    output_field = models.TextField()


@dataclass(frozen=True)
class Column:
    """A searched text in one language: ``path`` from the scope's model to a column, or
    (``json``) to a key of a JSON ``translations`` column; ``name`` is the field's own."""

    path: str
    weight: float
    language: str
    name: str = ""
    json: bool = False

    def expression(self) -> Combinable:
        return KT(self.path) if self.json else F(self.path)

    def text(self, obj: Any) -> str:
        """This column's text on a fetched row (empty when missing)."""
        value = _resolve(obj, self.path)
        return str(value) if value else ""


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    meta: str
    snippet: list[Segment]


@dataclass(frozen=True)
class Group:
    kind: str
    label: str | Promise
    hits: list[Hit]
    more: bool  # there are more hits than shown


@dataclass(frozen=True)
class Results:
    query: str
    terms: list[str]
    groups: list[Group] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(group.hits) for group in self.groups)


# -- Languages and columns ------------------------------------------------------------------


def search_language() -> str:
    """The active language's base code (``pt`` for ``pt-br``)."""
    return (translation.get_language() or DEFAULT_LANGUAGE).split("-")[0].lower()


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def localized(model: type[models.Model], path: str, language: str) -> list[tuple[str, str, bool]]:
    """``(path, language, json)`` to search for the field at ``path``: its text in
    ``language`` and then in English. A translation lives either in a column per
    language (``title_ru``) or under a language key of the model's JSON ``translations``
    column (for the fields it lists in ``translatable_fields``); the field's own column
    holds the default language's text."""
    *relations, name = path.split("__")
    target = model
    for relation in relations:
        target = target._meta.get_field(relation).related_model  # type: ignore[assignment]
    found: list[tuple[str, str, bool]] = []
    for code in dict.fromkeys([language, DEFAULT_LANGUAGE]):
        column = f"{name}_{code.replace('-', '_')}"
        if _has_field(target, column):
            found.append(("__".join([*relations, column]), code, False))
        elif code != DEFAULT_LANGUAGE and name in getattr(target, "translatable_fields", ()):
            found.append(("__".join([*relations, "translations", code, name]), code, True))
    if not any(code == DEFAULT_LANGUAGE for _path, code, _json in found):
        found.append((path, DEFAULT_LANGUAGE, False))
    return found


def columns(
    model: type[models.Model], fields: Iterable[tuple[str, float]], language: str
) -> list[Column]:
    return [
        Column(path, weight, code, name.split("__")[-1], json)
        for name, weight in fields
        for path, code, json in localized(model, name, language)
    ]


@cache
def _folded_country_names(language: str) -> tuple[tuple[str, str], ...]:
    with translation.override(language):
        return tuple((code, text.fold(str(name)) or "") for code, name in countries)


def country_codes(word: str, language: str) -> list[str]:
    """ISO codes of the countries whose name, in ``language`` or English, contains ``word``."""
    codes: dict[str, None] = {}
    for code in dict.fromkeys([language, DEFAULT_LANGUAGE]):
        codes.update((iso, None) for iso, name in _folded_country_names(code) if word in name)
    return list(codes)


# -- Matching and ranking -------------------------------------------------------------------


def _name_match(scope: Scope, word: str, language: str) -> Q:
    if scope.country_path is None:
        return Q(pk__in=[])
    codes = country_codes(word, language)
    if not codes:
        return Q(pk__in=[])
    owners = scope.model._default_manager.filter(**{f"{scope.country_path}__code__in": codes})
    return Q(pk__in=owners.values("pk"))


def _weighted(condition: Q, weight: float) -> Case:
    return Case(When(condition, then=Value(weight)), default=Value(0.0))


class NumNode(Func):
    """How many operands a text-search query keeps: 0 for a stop word alone."""

    function = "NUMNODE"
    output_field = models.IntegerField()


def _fallback(scope: Scope, qs: models.QuerySet, cols: list[Column], words: list[str], lang: str):
    """Folded substrings: a term matches a column containing it anywhere."""
    qs = qs.annotate(**{f"_f{i}": Fold(col.expression()) for i, col in enumerate(cols)})
    rank: Combinable = Value(0.0)
    for word in words:
        found = name = _name_match(scope, word, lang)
        rank = rank + _weighted(name, NAME_WEIGHT * scope.name_weight)
        for i, col in enumerate(cols):
            contains = Q(**{f"_f{i}__contains": word})
            found |= contains
            rank = rank + _weighted(contains, col.weight)
        qs = qs.filter(found)
    return qs.annotate(_rank=rank)


def _postgres(scope: Scope, qs: models.QuerySet, cols: list[Column], words: list[str], lang: str):
    """Full text: each column a vector in its language's configuration (stemmed, without
    accents); a term matches a column holding a word that starts like it, and a term
    the configuration ignores (a stop word) matches everywhere. (Imported here: on SQLite
    a worker never loads psycopg and its libraries.)"""
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    configs = [PG_CONFIGS.get(col.language, "simple") for col in cols]
    qs = qs.annotate(
        **{
            f"_v{i}": SearchVector(Unaccent(col.expression()), config=config)
            for i, (col, config) in enumerate(zip(cols, configs, strict=True))
        }
    )
    rank: Combinable = Value(0.0)
    per_column: list[list[SearchQuery]] = [[] for _ in cols]
    for t, word in enumerate(words):
        found = name = _name_match(scope, word, lang)
        rank = rank + _weighted(name, NAME_WEIGHT * scope.name_weight)
        for i, config in enumerate(configs):
            query = SearchQuery(Unaccent(Value(f"{word}:*")), config=config, search_type="raw")
            per_column[i].append(query)
            qs = qs.annotate(**{f"_n{i}_{t}": NumNode(query)})
            found |= Q(**{f"_v{i}": query}) | Q(**{f"_n{i}_{t}": 0})
        qs = qs.filter(found)
    for i, col in enumerate(cols):
        combined = per_column[i][0]
        for query in per_column[i][1:]:
            combined = combined | query
        rank = rank + SearchRank(F(f"_v{i}"), combined) * Value(col.weight)
    return qs.annotate(_rank=rank)


def ranked(scope: Scope, words: list[str], language: str) -> models.QuerySet:
    """The scope's visible rows matching every term, best first."""
    qs = scope.queryset()
    cols = columns(scope.model, scope.fields, language)
    match = _postgres if connection.vendor == "postgresql" else _fallback
    return match(scope, qs, cols, words, language).order_by("-_rank", *scope.order)


# -- Scopes ---------------------------------------------------------------------------------


def _resolve(obj: Any, path: str) -> Any:
    """The value at ``path`` (relations, then a column or JSON keys) on a fetched row."""
    for part in path.split("__"):
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
        if obj is None:
            return None
    return obj


@dataclass(frozen=True)
class Scope:
    kind: str
    label: str | Promise
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]
    fields: tuple[tuple[str, float], ...]
    hit: Callable[[Any, list[Column], list[str]], Hit]
    country_path: str | None = None
    name_weight: float = 0.5
    order: tuple[str, ...] = ("pk",)
    markdown: frozenset[str] = frozenset()
    title: str | None = None  # the column shown as the hit's title, never quoted


def quote(obj: Any, cols: list[Column], words: list[str], scope: Scope) -> list[Segment]:
    """A snippet of the first column that matches (the active language's before the
    English one), else of the first column that has text; never the title again."""
    texts = []
    for col in cols:
        value = col.text(obj)
        if value and col.name != scope.title:
            texts.append(text.plain(value) if col.name in scope.markdown else value)
    best = next((t for t in texts if text.matches(t, words)), texts[0] if texts else "")
    return text.snippet(best, words)


def latest_entries() -> models.QuerySet[Entry]:
    """Each country's entry in its newest published edition: what its page shows."""
    newest = (
        Entry.objects.published()
        .filter(country=OuterRef("country"))
        .order_by("-edition__year")
        .values("pk")[:1]
    )
    return Entry.objects.published().filter(pk=Subquery(newest))


def _edition_meta(entry: Entry) -> str:
    if entry.rank is None:
        return entry.edition.display_title
    return gettext("Rank %(rank)d · %(edition)s") % {
        "rank": entry.rank,
        "edition": entry.edition.display_title,
    }


def _country_hit(entry: Entry, cols: list[Column], words: list[str]) -> Hit:
    return Hit(
        "countries",
        entry.country.name,
        entry.country.get_absolute_url(),
        _edition_meta(entry),
        quote(entry, cols, words, COUNTRIES),
    )


def _prayer_point_hit(point: PrayerPoint, cols: list[Column], words: list[str]) -> Hit:
    country = point.entry.country
    return Hit(
        "prayer-points",
        gettext("Pray for %(country)s") % {"country": country.name},
        f"{country.get_absolute_url()}#pray-heading",
        point.entry.edition.display_title,
        quote(point, cols, words, PRAYER_POINTS),
    )


def _campaign_hit(campaign: Campaign, cols: list[Column], words: list[str]) -> Hit:
    meta = gettext("Campaign")
    if campaign.ends:
        until = gettext("until %(day)s") % {"day": formats.date_format(campaign.ends)}
        meta = f"{meta} · {until}"
    return Hit(
        "campaigns",
        campaign.translated("title"),
        campaign.get_absolute_url(),
        meta,
        quote(campaign, cols, words, CAMPAIGNS),
    )


def _prisoner_hit(prisoner: Prisoner, cols: list[Column], words: list[str]) -> Hit:
    return Hit(
        "prisoners",
        prisoner.name,
        prisoner.get_absolute_url(),
        f"{prisoner.country.name} · {prisoner.get_status_display()}",
        quote(prisoner, cols, words, PRISONERS),
    )


COUNTRIES = Scope(
    kind="countries",
    label=_("Countries"),
    model=Entry,
    queryset=lambda: latest_entries().select_related("country", "edition"),
    fields=(("narrative", 0.6), ("most_affected", 0.4), ("country__region", 0.3)),
    hit=_country_hit,
    country_path="country",
    name_weight=2.0,
    order=("rank", "country__slug"),
    markdown=frozenset({"narrative", "most_affected"}),
)
CAMPAIGNS = Scope(
    kind="campaigns",
    label=_("Campaigns"),
    model=Campaign,
    queryset=lambda: Campaign.objects.public(),
    fields=(("title", 1.0), ("summary", 0.6), ("body", 0.3)),
    hit=_campaign_hit,
    country_path="countries",
    order=("-starts", "title"),
    markdown=frozenset({"body"}),
    title="title",
)
PRISONERS = Scope(
    kind="prisoners",
    label=_("Prisoners of faith"),
    model=Prisoner,
    queryset=lambda: Prisoner.objects.publishable().select_related("country"),
    fields=(
        ("name", 1.0),
        ("summary", 0.5),
        ("church", 0.4),
        ("charges", 0.4),
        ("outcome", 0.3),
    ),
    hit=_prisoner_hit,
    country_path="country",
    order=("-arrested", "name"),
    markdown=frozenset({"summary"}),
    title="name",
)
PRAYER_POINTS = Scope(
    kind="prayer-points",
    label=_("Prayer points"),
    model=PrayerPoint,
    queryset=lambda: PrayerPoint.objects.filter(entry__in=latest_entries()).select_related(
        "entry__country", "entry__edition"
    ),
    fields=(("text", 1.0),),
    hit=_prayer_point_hit,
    country_path="entry__country",
    name_weight=0.3,
    order=("entry__rank", "entry__country__slug", "order", "pk"),
)
SCOPES = (COUNTRIES, CAMPAIGNS, PRISONERS, PRAYER_POINTS)
KINDS = {scope.kind: scope for scope in SCOPES}


def search(query: str, *, kind: str | None = None, limit: int = 5) -> Results:
    """Hits for ``query`` in the active language, grouped by kind (or of one ``kind``),
    at most ``limit`` per kind: one query per kind, whatever the data."""
    language = search_language()
    words = text.terms(query, language)
    results = Results(query, words)
    if not words:
        return results
    for scope in SCOPES if kind is None else [KINDS[kind]]:
        cols = columns(scope.model, scope.fields, language)
        rows = list(ranked(scope, words, language)[: limit + 1])
        hits = [scope.hit(row, cols, words) for row in rows[:limit]]
        if hits:
            results.groups.append(Group(scope.kind, scope.label, hits, len(rows) > limit))
    return results
