"""HTTP behaviour shared by every ``/api/`` answer.

- A rate limit per (hashed) client over all API requests (``VIGIL_API_RATE``): 429 with
  ``Retry-After``.
- Conditional GETs: an ``ETag`` (set by Django's ``ConditionalGetMiddleware``, which runs
  inside this one) and a ``Last-Modified`` that is the first time this exact answer was
  served, kept in the shared cache; ``If-None-Match`` and ``If-Modified-Since`` get 304.
- Cache-Control is left to ``vigil.core.middleware.PublicCacheMiddleware`` (public for
  anonymous GETs), unless the view said otherwise (the form token is ``private, no-store``).
- CORS for reading only: ``Access-Control-Allow-Origin: *`` on GET and HEAD answers and
  their preflights, never on a POST, and never with credentials.
- Every error has the API's one error shape, also where Django answers before the API
  (an unknown path, a method not allowed).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from vigil.api.errors import error_response
from vigil.core import conf, privacy, ratelimit

SEEN_FOR = 60 * 60 * 24 * 30
READ_METHODS = {"GET", "HEAD"}
API_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}
PREFLIGHT_HEADERS = {
    **CORS_HEADERS,
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}
MESSAGES = {
    404: "There is nothing at this address: see /api/docs for the endpoints.",
    405: "This endpoint does not answer that method.",
}


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/") and not request.path_info.startswith(
        "/api/docs/assets/"
    )


def first_served(request: HttpRequest, etag: str) -> float:
    """When this answer (path and ``ETag``) was first served, by any process."""
    key = (
        "vigil:api:seen:" + hashlib.sha256(f"{request.get_full_path()} {etag}".encode()).hexdigest()
    )
    now = float(int(time.time()))
    cache.add(key, now, timeout=SEEN_FOR)
    return float(cache.get(key, now))


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_api(request):
            return self.get_response(request)
        if request.method == "OPTIONS" and self._read_preflight(request):
            return self._with(HttpResponse(status=204), PREFLIGHT_HEADERS)
        if request.method not in API_METHODS:  # TRACE, CONNECT …: no endpoint answers them
            return error_response(405, MESSAGES[405])
        response: HttpResponse
        try:
            rate = ratelimit.Rate(*conf.api_rate())
            ratelimit.hit("api", privacy.client_hash(request), rate)
        except ratelimit.RateLimited as limited:
            response = error_response(
                429, f"Too many requests: try again in {limited.retry_after} seconds."
            )
            response["Retry-After"] = str(limited.retry_after)
        else:
            response = self._one_error_shape(self._answer(request))
        if request.method in READ_METHODS:
            response = self._for_reading(request, response)
            self._with(response, CORS_HEADERS)
        return response

    def _answer(self, request: HttpRequest) -> HttpResponse:
        """The view's answer; a HEAD is answered as its GET is, headers and all (its
        ``ETag`` and length included), without the body."""
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response

    @staticmethod
    def _read_preflight(request: HttpRequest) -> bool:
        return request.headers.get("Access-Control-Request-Method", "") in READ_METHODS

    @staticmethod
    def _with(response: HttpResponse, headers: dict[str, str]) -> HttpResponse:
        for name, value in headers.items():
            response[name] = value
        return response

    @staticmethod
    def _one_error_shape(response: HttpResponse) -> HttpResponse:
        if response.status_code < 400 or response.get("Content-Type", "").startswith(
            "application/json"
        ):
            return response
        status = response.status_code
        reshaped = error_response(status, MESSAGES.get(status, response.reason_phrase + "."))
        if response.has_header("Allow"):
            reshaped["Allow"] = response["Allow"]
        return reshaped

    @staticmethod
    def _for_reading(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        etag = response.get("ETag")
        if response.status_code not in {200, 304} or not etag:
            return response
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(first_served(request, etag))
        if response.status_code == 304:
            return response
        last_modified = first_served(request, etag)
        conditional = get_conditional_response(
            request, etag=etag, last_modified=int(last_modified), response=response
        )
        return conditional or response
