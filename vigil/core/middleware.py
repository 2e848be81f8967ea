"""HTTP caching of public pages: one answer for every anonymous visitor, which nginx or a
CDN may keep; anything carrying one visitor's state stays private.

``PublicCacheMiddleware`` sits outside the session, locale, CSRF and messages
middleware, so it sees the finished response. An anonymous GET or HEAD answered 200
(or 304) that sets no cookie, used no CSRF token and left its own ``Cache-Control``
alone is made ``public, max-age=…, s-maxage=…`` (``conf.http_max_age`` and
``conf.http_shared_max_age``, shortened by ``pagecache.limit_http_cache``), and
``Vary: Cookie`` and ``Vary: Accept-Language`` are dropped: such a page depends on its
URL only (``ConditionalGetMiddleware`` gives it an ETag and answers 304). Every other
anonymous answer to a GET is ``private, no-store``, and so is every answer to a
signed-in user.

The language of an anonymous GET comes from its URL alone: a language prefix
(``/ru/…``) picks it, and without one the site's default is used, whatever the
browser's ``Accept-Language`` or a language cookie say. So a cache keyed on the URL
never serves one visitor's language to another. Requests carrying a session cookie keep
their negotiated language and are never made public.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers

from vigil.core import conf, edge, pagecache, responsecache

SAFE_METHODS = ("GET", "HEAD")
CACHEABLE_STATUSES = (200, 304)
URL_ONLY_VARY = {"cookie", "accept-language"}


class FormEncodingMiddleware:
    """Answers 400 to a form body that declares a charset other than UTF-8.

    Django reads only UTF-8 form bodies and raises ``BadRequest`` on any other the first
    time ``request.POST`` is read; its own 400 and 500 pages read it again (their CSRF
    check), so such a request would end in a 500 on any URL. It goes first, so nothing
    reads the body before it is refused."""

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
    UTF8 = ("utf-8", "utf8")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method not in SAFE_METHODS and self._other_charset(request):
            return HttpResponseBadRequest(
                "Form data must be sent in UTF-8.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)

    def _other_charset(self, request: HttpRequest) -> bool:
        if request.content_type not in self.FORM_TYPES:
            return False
        charset = (request.content_params or {}).get("charset", "").strip().strip('"').lower()
        return bool(charset) and charset not in self.UTF8


class KeptAnswerMiddleware:
    """Answers an anonymous GET or HEAD from the response cache (``responsecache``), and
    keeps the public answers it passes on. It goes first, so what it keeps carries every
    header the other middleware add, and a hit skips them all."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not responsecache.may_answer(request):
            return self.get_response(request)
        key = responsecache.key_for(request.META)
        looked_up = request.META.get(responsecache.LOOKED_UP, False)
        kept = None if looked_up else responsecache.lookup(request, key)
        if kept is not None:
            edge.record(request, *kept)
            return kept[0]
        with responsecache.recording() as depends:
            response = self.get_response(request)
        responsecache.keep(request, response, depends, key)
        return response


class PublicCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        url_only = _pin_language_to_url(request)
        with responsecache.recording() as depends:
            response = self.get_response(request)
        if request.method in SAFE_METHODS:
            _set_cache_headers(request, response, url_only=url_only)
            if url_only:
                edge.record(request, response, depends)
        return response


def _pin_language_to_url(request: HttpRequest) -> bool:
    """For an anonymous-looking GET, hide the browser's language preferences from the
    locale middleware, so the answer depends on the URL alone; ``True`` if it does."""
    if request.method not in SAFE_METHODS or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
    request.COOKIES.pop(settings.LANGUAGE_COOKIE_NAME, None)
    return True


def _set_cache_headers(request: HttpRequest, response: HttpResponseBase, *, url_only: bool) -> None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
        return
    if response.has_header("Cache-Control"):
        # the view decided (never_cache, an uncached fragment, a download…); where it said
        # public, a shared cache may keep it as long, and it depends on the URL alone
        if url_only and _said_public(response) and _same_for_everyone(request, response):
            _share(response)
        return
    if response.status_code not in CACHEABLE_STATUSES:
        return
    if not (url_only and _same_for_everyone(request, response)):
        patch_cache_control(response, private=True, no_store=True)
        return
    max_age, s_maxage = conf.http_max_age(), conf.http_shared_max_age()
    limits = pagecache.http_limits(request)
    if limits is not None:
        max_age, s_maxage = min(max_age, limits[0]), min(s_maxage, limits[1])
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=s_maxage)
    _drop_vary(response, URL_ONLY_VARY)
    if pagecache.varies_on_edge(request):
        patch_vary_headers(response, (pagecache.EDGE_HEADER,))


def _said_public(response: HttpResponseBase) -> bool:
    directives = {d.strip().split("=")[0].lower() for d in response["Cache-Control"].split(",")}
    return "public" in directives and not directives & {"private", "no-store", "no-cache"}


def _share(response: HttpResponseBase) -> None:
    """A public answer the view made: ``s-maxage`` as its ``max-age`` where it gave none,
    and no ``Vary`` on the cookie or the browser's language (the URL decides both)."""
    directives = {}
    for directive in response["Cache-Control"].split(","):
        name, _, value = directive.strip().partition("=")
        directives[name.lower()] = value
    if "s-maxage" not in directives and directives.get("max-age", "").isdecimal():
        patch_cache_control(response, s_maxage=int(directives["max-age"]))
    _drop_vary(response, URL_ONLY_VARY)


def _same_for_everyone(request: HttpRequest, response: HttpResponseBase) -> bool:
    """No cookie set, no CSRF token used, and not a partial for htmx unless the view
    said the URL varies on ``HX-Request``."""
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",")}
    return not request.headers.get("HX-Request") or "hx-request" in vary


def _drop_vary(response: HttpResponseBase, names: set[str]) -> None:
    kept = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in kept if v.lower() not in names]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif response.has_header("Vary"):
        del response["Vary"]
