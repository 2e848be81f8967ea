"""import_watchlist / export_watchlist: good files, bad files, idempotence and the round trip."""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from vigil.watchlist.csvio import ImportFailed
from vigil.watchlist.exporter import export_directory
from vigil.watchlist.importer import import_directory
from vigil.watchlist.models import Edition, Entry, EntryEngine, FactSheet, Source

DATA = Path(settings.BASE_DIR) / "data" / "watchlist"
pytestmark = pytest.mark.django_db


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A scratch copy of the shipped dataset that a test may damage."""
    target = tmp_path / "watchlist"
    shutil.copytree(DATA, target)
    return target


def edit_cell(path: Path, line: int, column: str, value: str) -> None:
    """Set one cell; ``line`` counts the header as line 1, as error messages do."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
        fields = list(rows[0].keys())
    rows[line - 2][column] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def test_import_loads_the_kazakhstan_2014_profile() -> None:
    import_directory(DATA)
    entry = Entry.objects.get(edition__year=2014, country__slug="kazakhstan")
    assert (entry.rank, entry.score) == (39, Decimal(49))
    assert [e.display_name for e in entry.engines.all()] == [
        "Dictatorial paranoia",
        "Organized corruption",
    ]
    sheet = FactSheet.objects.get(country=entry.country, year=2014)
    assert (sheet.leader, sheet.population, sheet.christians) == (
        "President Nursultan Nazarbayev",
        "16.7 million",
        "2.5 million",
    )
    assert list(sheet.sources.values_list("code", flat=True)) == ["S09"]


def test_import_maps_engine_spellings_to_one_vocabulary_entry() -> None:
    import_directory(DATA)
    use = EntryEngine.objects.get(
        entry__edition__year=2013,
        entry__country__slug="afghanistan",
        published_name="Organised corruption",
    )
    assert use.engine.name == "Organized corruption"


def test_import_is_idempotent() -> None:
    import_directory(DATA)
    counts = (
        Entry.objects.count(),
        EntryEngine.objects.count(),
        FactSheet.objects.count(),
        Source.objects.count(),
        Edition.objects.count(),
    )
    import_directory(DATA)
    assert counts == (
        Entry.objects.count(),
        EntryEngine.objects.count(),
        FactSheet.objects.count(),
        Source.objects.count(),
        Edition.objects.count(),
    )


def test_bad_file_imports_nothing_and_names_file_row_and_column(dataset: Path) -> None:
    edit_cell(dataset / "wwl_rankings.csv", 5, "score", "ninety")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    assert [str(e) for e in failed.value.errors] == [
        "wwl_rankings.csv, row 5, column 'score': 'ninety' is not a number."
    ]
    assert Entry.objects.count() == 0
    assert Source.objects.count() == 0


@pytest.mark.parametrize(
    ("file", "line", "column", "value", "message"),
    [
        ("wwl_rankings.csv", 3, "rank", "1", "rank 1 in 2009 is already on row 2."),
        ("wwl_rankings.csv", 2, "iso3", "XXX", "'XXX' is not an ISO 3166 alpha-3 country code."),
        ("wwl_rankings.csv", 2, "source_ids", "S999", "source 'S999' is not in SOURCES.md."),
        ("wwl_rankings.csv", 2, "confidence", "sure", "'sure' is not one of"),
        ("wwl_rankings.csv", 2, "score", "101", "101 is outside 0–100."),
        ("wwl_rankings.csv", 72, "violence", "1.0", "the six sphere scores add up to"),
        ("wwl_persecution_engines.csv", 2, "engine", "Bad luck", "not in the engine vocabulary"),
        ("country_facts.csv", 2, "wwl_year", "20x4", "'20x4' is not a whole number."),
        ("editions.csv", 2, "publish_at", "soon", "'soon' is not a date and time"),
        # well formed, but no such day: parse_datetime raised instead of answering None
        ("editions.csv", 2, "publish_at", "2020-13-45T99:00Z", "is not a date and time"),
        # "NaN" is a Decimal that no comparison accepts
        ("wwl_rankings.csv", 2, "score", "NaN", "'NaN' is not a number."),
        ("wwl_rankings.csv", 2, "score", "Infinity", "'Infinity' is not a number."),
        # a superscript two is a digit to str.isdigit, but no number to int()
        ("wwl_rankings.csv", 2, "prev_rank", "²", "'²' is not a rank or 'new'."),
    ],
)
def test_each_kind_of_bad_cell_is_reported(
    dataset: Path, file: str, line: int, column: str, value: str, message: str
) -> None:
    edit_cell(dataset / file, line, column, value)
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    errors = [e for e in failed.value.errors if (e.file, e.row) == (file, line)]
    assert errors, [str(e) for e in failed.value.errors]
    assert message in errors[0].message
    assert Entry.objects.count() == 0


def test_a_previous_rank_that_disagrees_with_the_previous_edition_is_refused(
    dataset: Path,
) -> None:
    rows = (dataset / "wwl_rankings.csv").read_text(encoding="utf-8").splitlines()
    line = next(i for i, row in enumerate(rows, 1) if row.startswith("2014,39,Kazakhstan"))
    edit_cell(dataset / "wwl_rankings.csv", line, "prev_rank", "12")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    assert [e.column for e in failed.value.errors] == ["prev_rank"]
    assert "the 2013 rows give KAZ rank 48" in failed.value.errors[0].message


@pytest.mark.parametrize("file", ["wwl_persecution_engines.csv", "wwl_levels.csv"])
def test_a_repeated_row_the_database_refuses_is_named_and_imports_nothing(
    dataset: Path, file: str
) -> None:
    path = dataset / file
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    errors = [e for e in failed.value.errors if e.file == file]
    assert errors and "repeats an earlier row" in errors[0].message, failed.value.errors
    assert errors[0].row == len(lines) + 1
    assert Entry.objects.count() == 0 and EntryEngine.objects.count() == 0


def test_a_sources_file_that_is_not_utf8_is_named(dataset: Path) -> None:
    with (dataset / "SOURCES.md").open("ab") as handle:
        handle.write(b"\n| S998 | caf\xff | nothing |\n")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    assert [(e.file, e.row) for e in failed.value.errors][:1] == [("SOURCES.md", 0)]
    assert "is not UTF-8 text" in failed.value.errors[0].message
    assert Source.objects.count() == 0


@pytest.mark.parametrize("file", ["wwl_rankings.csv", "editions.csv", "countries.csv"])
def test_a_file_of_a_header_alone_is_refused_rather_than_deleting_every_row(
    dataset: Path, file: str
) -> None:
    path = dataset / file
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    assert [(e.file, e.row) for e in failed.value.errors] == [(file, 0)]
    assert "has no rows" in failed.value.errors[0].message


def test_a_sources_file_that_lists_no_source_is_refused(dataset: Path) -> None:
    (dataset / "SOURCES.md").write_text("# Sources\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    assert ("SOURCES.md", 0) in [(e.file, e.row) for e in failed.value.errors]


def test_missing_column_and_missing_file_are_reported(dataset: Path) -> None:
    (dataset / "wwl_levels.csv").unlink()
    text = (dataset / "country_facts.csv").read_text(encoding="utf-8")
    (dataset / "country_facts.csv").write_text(text.replace("leader,", "ruler,", 1))
    with pytest.raises(ImportFailed) as failed:
        import_directory(dataset)
    messages = sorted(str(e) for e in failed.value.errors)
    assert any(m.startswith("country_facts.csv, row 1, column 'leader'") for m in messages)
    assert any(m.startswith("wwl_levels.csv: is missing") for m in messages)


def test_command_prints_every_error_and_fails(dataset: Path) -> None:
    edit_cell(dataset / "wwl_rankings.csv", 4, "rank", "-3")
    stderr = StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_watchlist", str(dataset), stderr=stderr)
    assert "wwl_rankings.csv, row 4, column 'rank': -3 is negative." in stderr.getvalue()


def test_round_trip_export_import_export_is_stable(tmp_path: Path) -> None:
    import_directory(DATA)
    first = export_directory(tmp_path / "first")
    for model in (EntryEngine, FactSheet, Entry, Edition):
        model.objects.all().delete()
    import_directory(tmp_path / "first")
    second = export_directory(tmp_path / "second")
    for a, b in zip(first, second, strict=True):
        assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8"), a.name


def test_export_keeps_every_ranked_row_of_the_source(tmp_path: Path) -> None:
    import_directory(DATA)
    export_directory(tmp_path)

    def keyed(path: Path) -> dict[tuple[str, str], dict[str, str]]:
        with path.open(newline="", encoding="utf-8") as handle:
            return {(r["year"], r["iso3"]): r for r in csv.DictReader(handle)}

    original, exported = keyed(DATA / "wwl_rankings.csv"), keyed(tmp_path / "wwl_rankings.csv")
    assert original.keys() == exported.keys()
    for key, row in original.items():
        assert exported[key]["rank"] == row["rank"]
        assert Decimal(exported[key]["score"] or 0) == Decimal(row["score"] or 0)
        assert set(exported[key]["source_ids"].split(";")) == set(row["source_ids"].split(";"))
        if row["prev_rank"]:
            assert exported[key]["prev_rank"] == row["prev_rank"], key


def test_an_export_to_a_folder_that_cannot_be_made_names_it(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way\n")
    with pytest.raises(CommandError, match=r"a-file/export: .*; the export did not finish\."):
        call_command("export_watchlist", str(blocked / "export"))
