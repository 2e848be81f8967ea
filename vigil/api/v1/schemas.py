"""Response shapes of version 1. Built from explicit fields only: no schema carries an
email address, a hash, a consent note or anything else that is not public."""

from __future__ import annotations

from datetime import date, datetime

from ninja import Field, Schema


class CountryRef(Schema):
    slug: str
    code: str = Field(description="ISO 3166-1 alpha-2.")
    iso3: str
    name: str


class SourceOut(Schema):
    code: str
    title: str
    publisher: str
    year: int | None
    url: str
    citation: str = Field(description="Title, publisher and year, as the site shows it.")


class EngineOut(Schema):
    slug: str
    name: str
    aliases: list[str] = Field(description="Other names of the engine in earlier editions.")
    description: str


class LevelOut(Schema):
    slug: str
    name: str
    score_min: float | None
    score_max: float | None


class Completeness(Schema):
    complete: bool = Field(description="Every ranked country is listed.")
    entries: int = Field(description="Countries listed, ranked or not.")
    ranked: int = Field(description="Countries with a rank.")
    top_ten: bool = Field(description="Ranks 1 to 10 are all listed.")


class Downloads(Schema):
    ranking_csv: str = Field(description="The ranking in the import format (wwl_rankings.csv).")
    edition_json: str = Field(
        description="The edition, ranking, engines and sources as JSON, in the import format."
    )


class EditionOut(Schema):
    year: int
    title: str
    period_start: date | None
    period_end: date | None
    published_at: datetime
    completeness: Completeness
    coverage_note: str
    levels: list[LevelOut]
    sources: list[str] = Field(description="Source codes; see /api/v1/sources.")
    downloads: Downloads
    url: str


class EntryEngineOut(Schema):
    slug: str
    name: str
    published_name: str
    strength: str
    role: str
    confidence: str
    sources: list[str]


class Spheres(Schema):
    private: float | None
    family: float | None
    community: float | None
    national: float | None
    church: float | None
    violence: float | None


class EntryOut(Schema):
    year: int
    country: CountryRef
    rank: int | None
    score: float | None
    level: str
    spheres: Spheres
    engines: list[EntryEngineOut]
    prayer_points: list[str]
    confidence: str = Field(description="How sure the rank and score are.")
    sources: list[str]
    note: str
    url: str


class HistoryOut(Schema):
    year: int
    rank: int | None
    score: float | None
    level: str
    confidence: str


class CountryOut(CountryRef):
    region: str
    url: str
    history: list[HistoryOut] = Field(description="Its entry in each published edition.")


class CampaignOut(Schema):
    slug: str
    title: str
    summary: str
    starts: date
    ends: date | None
    status: str
    running: bool
    countries: list[CountryRef]
    wall: int | None = Field(description="Its prayer wall, once it has one.")
    url: str


class PrisonerUpdateOut(Schema):
    date: date
    text: str


class PrisonerOut(Schema):
    slug: str
    name: str
    country: CountryRef
    church: str
    arrested: date
    released: date | None
    status: str
    charges: str
    outcome: str
    summary: str
    updates: list[PrisonerUpdateOut]
    confidence: str
    sources: list[str]
    url: str


class OwnerRef(Schema):
    slug: str
    title: str
    url: str


class WallOut(Schema):
    id: int
    title: str
    kind: str = Field(description='"country" or "campaign".')
    country: CountryRef | None
    campaign: OwnerRef | None
    is_open: bool
    published_count: int
    prayed_count: int
    url: str


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """A page of ``item``: ``items`` and the ``next`` cursor."""
    fields = {
        "__annotations__": {"items": list[item], "next": str | None},  # type: ignore[valid-type]
        "next": Field(None, description="Pass as ?cursor= for the next page; null on the last."),
    }
    return type(name, (Schema,), fields)


EditionPage = page_of(EditionOut, "EditionPage")
EntryPage = page_of(EntryOut, "EntryPage")
CountryPage = page_of(CountryOut, "CountryPage")
EnginePage = page_of(EngineOut, "EnginePage")
SourcePage = page_of(SourceOut, "SourcePage")
CampaignPage = page_of(CampaignOut, "CampaignPage")
PrisonerPage = page_of(PrisonerOut, "PrisonerPage")
WallPage = page_of(WallOut, "WallPage")
