"""Every error the API answers has one shape, ``ErrorOut``: ``{detail, code, ...}``.

Ninja's own errors (unparseable body, validation, 404) and Django's refusal of an
oversized body are turned into that shape here, so no client ever reads HTML or a
500 from ``/api/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

CODES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
}
_LOCATIONS = {"body", "payload", "query", "path", "header", "cookie"}


def error_response(
    status: int, detail: str, *, code: str | None = None, **extra: object
) -> JsonResponse:
    body = {"detail": detail, "code": code or CODES.get(status, "error"), **extra}
    return JsonResponse(body, status=status)


def field_errors(errors: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Pydantic's error list as ``{field: [messages]}``: ``body`` for an error about the
    whole body (none sent), ``__all__`` for any other error without a field."""
    result: dict[str, list[str]] = {}
    for error in errors:
        location = tuple(error.get("loc", ()))
        names = [str(part) for part in location if part not in _LOCATIONS]
        whole_body = bool(location) and location[0] == "body"
        field = ".".join(names) or ("body" if whole_body else "__all__")
        result.setdefault(field, []).append(str(error.get("msg", "Invalid value.")))
    return result


def invalid(field: str, message: str) -> ValidationError:
    """A 422 about one query field, in the shape of ninja's own validation errors."""
    return ValidationError([{"loc": ("query", field), "msg": message}])


def _validation_error(request: HttpRequest, exc: object) -> HttpResponse:
    errors = field_errors(exc.errors if isinstance(exc, ValidationError) else ())
    fields = ", ".join(sorted(errors))
    if list(errors) == ["body"]:
        detail = "The request has no body: send its fields as a JSON object."
    elif fields:
        detail = f"Please check these fields: {fields}."
    else:
        detail = "Please check the request."
    return error_response(422, detail, errors=errors)


def _http_error(request: HttpRequest, exc: object) -> HttpResponse:
    status = exc.status_code if isinstance(exc, HttpError) else 400
    return error_response(status, str(exc))


def _not_found(request: HttpRequest, exc: object) -> HttpResponse:
    return error_response(404, "Not found.")


def _too_large(request: HttpRequest, exc: object) -> HttpResponse:
    return error_response(413, "The request body is too large.")


def install(api: NinjaAPI) -> None:
    """Answer ninja's and Django's errors with ``ErrorOut`` instead of their own shapes."""
    api.add_exception_handler(ValidationError, _validation_error)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(RequestDataTooBig, _too_large)
