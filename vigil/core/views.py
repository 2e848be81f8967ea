"""Plain views that belong to no domain."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.static import serve

from vigil.core import privacy, ratelimit
from vigil.core.models import log_action
from vigil.core.ratelimit import Rate


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponseBase:
    """An uploaded file (a campaign's image) from ``MEDIA_ROOT``, on every install, so
    the one-command site shows them too; a proxy or CDN in front keeps them like any
    public answer (``PublicCacheMiddleware``), so few requests reach Vigil."""
    return serve(request, path, document_root=str(settings.MEDIA_ROOT))


@require_safe
def ping(request: HttpRequest) -> HttpResponse:
    """The smallest Django view: the reference that benchmarks compare pages against."""
    return HttpResponse("pong", content_type="text/plain")


CSP_REPORT_MAX_BYTES = 16 * 1024
CSP_REPORTS = Rate(20, 60 * 60)
_CSP_FIELDS = ("document-uri", "violated-directive", "effective-directive", "blocked-uri")


def _csp_fields(body: bytes) -> dict[str, str] | None:
    """The fields of a CSP report (``report-uri`` or Reporting API form) worth keeping:
    the page's path (no query), the directive and the blocked origin, trimmed."""
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    if isinstance(payload, list):  # Reporting API: [{"type": ..., "body": {...}}]
        first = payload[0] if payload else None
        payload = {"csp-report": first.get("body")} if isinstance(first, dict) else None
    report = payload.get("csp-report") if isinstance(payload, dict) else None
    if not isinstance(report, dict):
        return None
    kept = {}
    for field in _CSP_FIELDS:
        value = str(report.get(field) or report.get(field.replace("-u", "U")) or "")
        parts = urlsplit(value)
        kept[field] = (f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else value)[
            :300
        ]
    return kept


@csrf_exempt
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Receive a browser's Content-Security-Policy violation report and keep it in the
    audit log (staff read it in the admin). Limited per client; no address is kept."""
    if len(request.body) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    try:
        ratelimit.hit("csp-report", privacy.client_hash(request), CSP_REPORTS)
    except ratelimit.RateLimited:
        return HttpResponse(status=429)
    fields = _csp_fields(request.body)
    if fields is None:
        return HttpResponse(status=400)
    log_action("csp.violation", report=fields)
    return HttpResponse(status=204)
