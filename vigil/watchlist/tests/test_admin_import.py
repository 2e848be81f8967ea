"""The admin's import page: upload CSV files, all or nothing, errors by file, row and
column, and a history of every import."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from vigil.watchlist.forms import DATASET_FILES
from vigil.watchlist.importer import import_directory
from vigil.watchlist.models import DatasetImport, Entry
from vigil.watchlist.tests.test_import import DATA

pytestmark = pytest.mark.django_db
UPLOAD = reverse("admin:watchlist_datasetimport_add")
HISTORY = reverse("admin:watchlist_datasetimport_changelist")


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("ed", password="x-editor-pass", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def upload(name: str, content: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (DATA / name).read_bytes() if content is None else content)


def dataset_files() -> list[SimpleUploadedFile]:
    return [upload(name) for name in DATASET_FILES if (DATA / name).exists()]


def text(response) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_editors_see_the_upload_form(client, editor) -> None:
    response = client.get(UPLOAD)
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.content.decode()
    assert "all or nothing" in text(response)
    history = client.get(HISTORY)
    assert "Import dataset files" in text(history)


def test_a_good_upload_imports_and_is_recorded(client, editor) -> None:
    response = client.post(UPLOAD, {"dataset": dataset_files()})
    assert response.status_code == 302 and response.url == HISTORY
    assert Entry.objects.filter(edition__year=2014, country__slug="kazakhstan").exists()
    record = DatasetImport.objects.get()
    assert record.succeeded and record.user == editor and record.errors == []
    assert "wwl_rankings.csv" in record.files and "entries" in record.summary
    page = text(client.get(HISTORY))
    assert "Imported" in page and "ed" in page


def test_one_changed_file_keeps_the_rest_as_it_is(client, editor) -> None:
    import_directory(DATA)
    before = Entry.objects.count()
    rankings = (DATA / "wwl_rankings.csv").read_text(encoding="utf-8")
    changed = rankings.replace("2014,39,Kazakhstan,KAZ,49,", "2014,39,Kazakhstan,KAZ,51,", 1)
    assert changed != rankings
    client.post(UPLOAD, {"dataset": [upload("wwl_rankings.csv", changed.encode())]})
    record = DatasetImport.objects.get()
    assert record.succeeded, record.errors
    assert record.files == ["wwl_rankings.csv"]
    assert Entry.objects.count() == before
    entry = Entry.objects.get(edition__year=2014, country__slug="kazakhstan")
    assert str(entry.score) == "51.0"


def test_a_bad_file_imports_nothing_and_shows_each_problem(client, editor) -> None:
    rankings = (DATA / "wwl_rankings.csv").read_text(encoding="utf-8").splitlines()
    header = rankings[0].split(",")
    row = rankings[4].split(",")
    row[header.index("score")] = "ninety"
    rankings[4] = ",".join(row)
    files = [f for f in dataset_files() if f.name != "wwl_rankings.csv"]
    files.append(upload("wwl_rankings.csv", "\n".join(rankings).encode()))
    response = client.post(UPLOAD, {"dataset": files})
    assert response.status_code == 200
    assert Entry.objects.count() == 0
    page = text(response)
    assert "Nothing was imported" in page
    assert "wwl_rankings.csv 5 score 'ninety' is not a number." in page
    record = DatasetImport.objects.get()
    assert not record.succeeded
    assert record.errors == [
        {
            "file": "wwl_rankings.csv",
            "row": 5,
            "column": "score",
            "message": "'ninety' is not a number.",
        }
    ]
    detail = client.get(reverse("admin:watchlist_datasetimport_change", args=[record.pk]))
    assert detail.status_code == 200
    assert "wwl_rankings.csv 5 score 'ninety' is not a number." in text(detail)
    assert "Failed: 1 problem" in text(client.get(HISTORY))


def test_unknown_or_repeated_files_are_refused_before_importing(client, editor) -> None:
    response = client.post(
        UPLOAD,
        {"dataset": [upload("x.csv", b"a,b\n"), upload("countries.csv"), upload("countries.csv")]},
    )
    assert response.status_code == 200
    page = text(response)
    assert "x.csv is not one of the dataset's files." in page
    assert "countries.csv was chosen twice" in page
    assert not DatasetImport.objects.exists()


def test_an_empty_upload_says_what_to_do(client, editor) -> None:
    response = client.post(UPLOAD, {})
    assert response.status_code == 200
    assert "This field is required." in text(response)
    assert not DatasetImport.objects.exists()


def test_history_cannot_be_edited_or_deleted(client, editor) -> None:
    record = DatasetImport.objects.create(user=editor, files=["countries.csv"], succeeded=True)
    change = reverse("admin:watchlist_datasetimport_change", args=[record.pk])
    assert client.post(change, {"summary": "x"}).status_code == 403
    delete = reverse("admin:watchlist_datasetimport_delete", args=[record.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert DatasetImport.objects.filter(pk=record.pk).exists()


def test_visitors_cannot_upload(client) -> None:
    response = client.get(UPLOAD)
    assert response.status_code == 302 and "/login/" in response.url
