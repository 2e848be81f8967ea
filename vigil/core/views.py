"""Plain views that belong to no domain."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def ping(request: HttpRequest) -> HttpResponse:
    """The smallest Django view: the reference that benchmarks compare pages against."""
    return HttpResponse("pong", content_type="text/plain")
