"""The prayer guide's PDF, built once per content by a task, stored, served as a file.

Typesetting the guide costs seconds of CPU, so no request does it. A guide is named by
the digest of the HTML it is typeset from: the same content is never typeset twice,
and a changed content (an edited fact, a new prayer point, a renamed edition) gets a
new file. Which digest is current is remembered per *content version* (the counter
every save in a content app bumps, see ``vigil.core.pagecache``), so a download costs
a cache read and a file stat; only after a change does one request render the HTML
(not the PDF) to learn the new digest.

When the current file is not built yet, the build is enqueued once (a lock in the
shared cache) and the download gets the edition's previous file meanwhile, or, when
there is none, a page asking to try again in a minute (503 with ``Retry-After``).
A save of guide content enqueues the builds of the editions whose guide was already
built, and publishing an edition enqueues its own; with tasks run in the request
(the immediate backend) a save does not wait for a PDF: the next download builds it.

Files live in the default storage under ``prayer-guides/<year>/``; several app servers
need a shared default storage (a shared volume or an object store).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.tasks import task
from django.tasks.backends.immediate import ImmediateBackend

from vigil.campaigns import guide
from vigil.campaigns.models import Prisoner
from vigil.core import conf, pagecache
from vigil.watchlist.models import Country, Edition, Entry, FactSheet, LevelBand, PrayerPoint

logger = logging.getLogger(__name__)

FOLDER = "prayer-guides"
BUILD_LOCK_SECONDS = 10 * 60
"""How long one enqueued build keeps others from being enqueued (a lost worker
delays a rebuild by at most this)."""
FILES_KEPT = 2
"""Per edition: the current file and the one before, served while the next builds."""


@dataclass(frozen=True)
class StoredGuide:
    """A built guide in the default storage."""

    name: str
    digest: str

    @property
    def modified(self) -> datetime:
        return default_storage.get_modified_time(self.name)

    def open(self) -> object:
        return default_storage.open(self.name, "rb")


def _folder(edition: Edition) -> str:
    return f"{FOLDER}/{edition.year}"


def file_name(edition: Edition, digest: str) -> str:
    return f"{_folder(edition)}/prayer-guide-{edition.year}-{digest}.pdf"


def _digest(html: str) -> str:
    return hashlib.sha256(html.encode()).hexdigest()[:20]


def _digest_key(edition: Edition) -> str:
    return f"vigil:prayer-guide:{edition.pk}:v{pagecache.content_version()}"


def _lock_key(edition_id: int) -> str:
    return f"vigil:prayer-guide:building:{edition_id}"


def current_digest(edition: Edition) -> str:
    """The digest of the edition's guide as its content is now (a cache read, or one
    HTML render after a content change)."""
    key = _digest_key(edition)
    digest = cache.get(key)
    if digest is None:
        digest = _digest(guide.guide_html(edition))
        cache.set(key, digest, timeout=conf.page_cache_seconds())
    return str(digest)


def current(edition: Edition) -> StoredGuide | None:
    """The built file of the edition's current content, if it is built."""
    digest = current_digest(edition)
    name = file_name(edition, digest)
    return StoredGuide(name, digest) if default_storage.exists(name) else None


def _stored(edition: Edition) -> list[StoredGuide]:
    """The edition's built files, newest first."""
    folder = _folder(edition)
    if not default_storage.exists(folder):
        return []
    _dirs, files = default_storage.listdir(folder)
    prefix = f"prayer-guide-{edition.year}-"
    guides = [
        StoredGuide(f"{folder}/{f}", f.removeprefix(prefix).removesuffix(".pdf"))
        for f in files
        if f.startswith(prefix) and f.endswith(".pdf")
    ]
    return sorted(guides, key=lambda stored: stored.modified, reverse=True)


def latest(edition: Edition) -> StoredGuide | None:
    """The edition's newest built file, whatever content it was built from."""
    return next(iter(_stored(edition)), None)


def prayer_guide_build(*, edition: Edition) -> tuple[StoredGuide, bool]:
    """Typeset and store the edition's guide unless its current content is stored
    already; ``(file, built)``. Older files beyond ``FILES_KEPT`` are deleted."""
    key = _digest_key(edition)
    html = guide.guide_html(edition)
    digest = _digest(html)
    name = file_name(edition, digest)
    built = not default_storage.exists(name)
    if built:
        pdf = guide.render_pdf(html, base_url=guide.site_base_url())
        saved = default_storage.save(name, ContentFile(pdf))
        if saved != name:  # another process stored the same content meanwhile
            default_storage.delete(saved)
        logger.info("prayer_guide.built", extra={"edition": edition.year, "file": name})
    cache.set(key, digest, timeout=conf.page_cache_seconds())
    _prune(edition)
    return StoredGuide(name, digest), built


def _prune(edition: Edition) -> None:
    for old in _stored(edition)[FILES_KEPT:]:
        default_storage.delete(old.name)


@task()
def build_prayer_guide(edition_id: int) -> str:
    """Build an edition's guide (enqueued by ``request_build``); the stored file's name."""
    try:
        edition = Edition.objects.filter(pk=edition_id).first()
        if edition is None:
            return ""
        stored, _built = prayer_guide_build(edition=edition)
        return stored.name
    finally:
        cache.delete(_lock_key(edition_id))


def request_build(edition: Edition) -> bool:
    """Enqueue the edition's build unless one is enqueued already; ``True`` if enqueued.
    With the immediate backend the build runs now."""
    if not cache.add(_lock_key(edition.pk), 1, timeout=BUILD_LOCK_SECONDS):
        return False
    try:
        build_prayer_guide.enqueue(edition.pk)
    except Exception:
        cache.delete(_lock_key(edition.pk))
        raise
    return True


def _builds_in_background() -> bool:
    return not isinstance(build_prayer_guide.get_backend(), ImmediateBackend)


def _refresh(edition_ids: set[int]) -> None:
    """Rebuild (in the background) the given editions' guides and every guide built before.
    An edition whose build is already enqueued is skipped before its files are listed
    (an import calls this once per saved row)."""
    editions = Edition.objects.filter(publish_at__isnull=False)
    for edition in editions:
        if cache.get(_lock_key(edition.pk)) is not None:
            continue
        if edition.pk in edition_ids or latest(edition) is not None:
            request_build(edition)


def content_changed(*, edition_id: int | None = None) -> None:
    """Guide content was saved: after commit, rebuild the guides already built, and the
    edition ``edition_id`` (one being published). Nothing with the immediate backend."""
    if not _builds_in_background():
        return
    ids = {edition_id} if edition_id else set()
    transaction.on_commit(lambda: _refresh(ids))


def _on_content_saved(sender: type[Model], instance: Model, **kwargs: object) -> None:
    published = isinstance(instance, Edition) and instance.publish_at is not None
    content_changed(edition_id=instance.pk if published else None)


def watch_content() -> None:
    """Rebuild guides when what they print changes (called from ``AppConfig.ready``)."""
    for model in (Edition, Entry, LevelBand, Country, FactSheet, PrayerPoint, Prisoner):
        for signal in (post_save, post_delete):
            signal.connect(_on_content_saved, sender=model, dispatch_uid=f"guide-{model.__name__}")
    m2m_changed.connect(
        _on_content_saved, sender=Prisoner.prayer_points.through, dispatch_uid="guide-prisoners"
    )
