"""Languages of the public site: one language per URL, never per visitor.

English pages are unprefixed (``/countries/kazakhstan/``) and the other languages
carry a prefix (``/ru/countries/kazakhstan/``), so a page's address alone decides
its language. Nothing is read from ``Accept-Language`` or a cookie: every visitor
gets the same bytes for a URL, which a shared cache may keep, and the
``Content-Language`` header names the language the page is written in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import translate_url
from django.utils import translation

from vigil.core import conf


class PathLocaleMiddleware:
    """Activate the language named by the URL prefix, else the default (English)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", translation.get_language())
        finally:
            # The language belongs to this request only: code that runs next in this
            # thread (a task, a management command, a test) starts in English again.
            translation.deactivate()
        return response


@dataclass(frozen=True)
class LanguageLink:
    """The current page in one language: for the switcher and ``hreflang``."""

    code: str
    name: str
    url: str
    current: bool
    bidi: bool
    default: bool

    @property
    def absolute(self) -> str:
        """The address on the site's public address (``VIGIL_SITE_URL``), as the canonical
        link is: the same bytes whatever host a request named."""
        return conf.site_url() + self.url


def language_links(request: HttpRequest) -> list[LanguageLink]:
    """The same page in every site language (empty where the page is not translated)."""
    path = request.get_full_path()
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                url=translate_url(path, code),
                current=code == current,
                bidi=info["bidi"],
                default=code == settings.LANGUAGE_CODE,
            )
        )
    if len({link.url for link in links}) < len(links):
        return []
    return links
