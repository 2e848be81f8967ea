"""The guide's PDF is built once per content by a task, stored and served as a file."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.tasks import task_backends
from django.urls import reverse
from django.utils import timezone

from vigil.campaigns import guide, guide_files
from vigil.core import pagecache
from vigil.watchlist.models import Edition
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    FactSheetFactory,
    PrayerPointFactory,
)

pytestmark = pytest.mark.django_db
DUMMY_TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.VIGIL_SITE_URL = "https://pray.example.org"
    return tmp_path


@pytest.fixture
def renders(monkeypatch) -> list[str]:
    """Every PDF typeset (the costly step), by the HTML it was typeset from."""
    calls: list[str] = []
    real = guide.render_pdf

    def counting(html: str, base_url: str) -> bytes:
        calls.append(html)
        return real(html, base_url)

    monkeypatch.setattr(guide, "render_pdf", counting)
    return calls


@pytest.fixture
def edition() -> Edition:
    edition = EditionFactory(year=2025)
    for rank, code in enumerate(["KZ", "LY"], 1):
        entry = EntryFactory(
            edition=edition, country=CountryFactory(code=code), rank=rank, score=Decimal(90 - rank)
        )
        PrayerPointFactory(entry=entry, text=f"Pray for the believers of {code}.")
    return edition


def pdf_url(edition: Edition) -> str:
    return reverse("campaigns:prayer-guide-pdf", args=[edition.year])


def dummy_results() -> list:
    return task_backends["default"].results


def test_first_download_builds_once_then_every_download_is_the_stored_file(
    client, edition, renders
):
    first = client.get(pdf_url(edition))
    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    body = b"".join(first.streaming_content)
    assert body.startswith(b"%PDF-") and len(renders) == 1
    second = client.get(pdf_url(edition))
    assert b"".join(second.streaming_content) == body
    assert len(renders) == 1
    assert second["ETag"] == first["ETag"] and second["Last-Modified"]
    assert "public" in second["Cache-Control"] and "s-maxage=300" in second["Cache-Control"]
    assert second["Content-Disposition"] == 'inline; filename="prayer-guide-2025.pdf"'
    assert not second.cookies
    unchanged = client.get(pdf_url(edition), HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304 and len(renders) == 1


def test_a_content_version_bump_without_a_change_typesets_nothing(client, edition, renders):
    client.get(pdf_url(edition))
    pagecache.bump_content_version()
    assert client.get(pdf_url(edition)).status_code == 200
    assert len(renders) == 1


def test_changed_content_is_built_as_a_new_version_and_old_files_are_pruned(
    client, edition, renders
):
    etags = [client.get(pdf_url(edition))["ETag"]]
    entry = edition.entries.get(country__code="KZ")
    for n in range(3):
        PrayerPointFactory(entry=entry, text=f"Pray for the house churches, week {n}.")
        response = client.get(pdf_url(edition))
        assert response.status_code == 200
        etags.append(response["ETag"])
    assert len(renders) == 4 and len(set(etags)) == 4
    assert "house churches, week 2" in renders[-1]
    _dirs, files = default_storage.listdir("prayer-guides/2025")
    assert len(files) == guide_files.FILES_KEPT


def test_without_a_built_file_the_download_asks_to_come_back_and_enqueues_once(
    client, edition, settings, renders
):
    settings.TASKS = DUMMY_TASKS
    for _ in range(2):
        response = client.get(pdf_url(edition))
        assert response.status_code == 503
        assert response["Retry-After"] == "60"
        assert "The guide is being prepared" in response.content.decode()
        assert "try again in a minute" in response.content.decode()
    assert [r.task.name for r in dummy_results()] == ["build_prayer_guide"]
    assert dummy_results()[0].args == [edition.pk] and not renders
    guide_files.build_prayer_guide.call(edition.pk)  # what the worker does
    assert client.get(pdf_url(edition)).status_code == 200
    assert len(renders) == 1


def test_while_a_new_version_builds_the_previous_file_is_served(client, edition, settings, renders):
    old = client.get(pdf_url(edition))
    settings.TASKS = DUMMY_TASKS
    PrayerPointFactory(entry=edition.entries.first(), text="Pray for the new believers.")
    response = client.get(pdf_url(edition))
    assert response.status_code == 200 and response["ETag"] == old["ETag"]
    assert "max-age=30" in response["Cache-Control"]
    assert len(dummy_results()) == 1 and len(renders) == 1


def test_a_failed_build_is_not_a_server_error(client, edition, monkeypatch):
    def broken(html: str, base_url: str) -> bytes:
        raise OSError("no space left on device")

    monkeypatch.setattr(guide, "render_pdf", broken)
    response = client.get(pdf_url(edition))
    assert response.status_code == 503 and response["Retry-After"] == "60"
    monkeypatch.undo()
    assert client.get(pdf_url(edition)).status_code == 200  # the lock was released


def test_saving_guide_content_enqueues_rebuilds_of_built_guides(
    client, edition, settings, django_capture_on_commit_callbacks
):
    other = EditionFactory(year=2024)
    client.get(pdf_url(edition))  # 2025 has been built; 2024 never was
    settings.TASKS = DUMMY_TASKS
    with django_capture_on_commit_callbacks(execute=True):
        FactSheetFactory(country=edition.entries.first().country, year=2025)
    assert [r.args for r in dummy_results()] == [[edition.pk]]
    assert other.pk not in {r.args[0] for r in dummy_results()}


def test_publishing_an_edition_enqueues_its_guide(settings, django_capture_on_commit_callbacks):
    draft = EditionFactory(year=2027, publish_at=None)
    settings.TASKS = DUMMY_TASKS
    with django_capture_on_commit_callbacks(execute=True):
        draft.title = "World Watch List 2027"
        draft.save()
    assert dummy_results() == []
    with django_capture_on_commit_callbacks(execute=True):
        draft.publish_at = timezone.now()  # what ``edition_publish`` saves
        draft.save(update_fields=["publish_at"])
    assert [r.args for r in dummy_results()] == [[draft.pk]]


def test_the_command_builds_now_and_then_reports_up_to_date(edition, renders):
    out = StringIO()
    call_command("build_prayer_guides", "2025", stdout=out)
    assert out.getvalue().startswith("2025: built, prayer-guides/2025/prayer-guide-2025-")
    call_command("build_prayer_guides", stdout=out)
    assert "2025: up to date" in out.getvalue() and len(renders) == 1
    with pytest.raises(CommandError, match=r"\[1999\]"):
        call_command("build_prayer_guides", "1999")
