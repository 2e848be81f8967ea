"""The prayer wall's pages and actions. Every action works as a plain POST (redirect
back with a message) and as an htmx request (the named partial swapped in place)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from vigil.core import privacy
from vigil.prayers import services
from vigil.prayers.forms import PrayerForm, ReportForm
from vigil.prayers.models import Cursor, Prayer, Wall

WALL_TEMPLATE = "prayers/wall.html"


def page_size() -> int:
    return int(getattr(settings, "VIGIL_PRAYERS_PAGE_SIZE", 20))


def wall_context(
    request: HttpRequest | None,
    wall: Wall,
    *,
    next_url: str,
    form: PrayerForm | None = None,
    cursor: Cursor | None = None,
    notice: str = "",
) -> dict[str, Any]:
    """Everything ``prayers/wall.html`` needs, in two queries at most (the page of prayers)."""
    prayers, next_cursor = Prayer.objects.for_wall(wall).page(cursor, page_size())
    return {
        "wall": wall,
        "prayers": prayers,
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "is_first_page": cursor is None,
        "form": form or PrayerForm(wall_id=wall.pk),
        "next_url": next_url,
        "notice": notice,
        "request": request,
    }


def _next_url(request: HttpRequest, wall: Wall) -> str:
    """Where to go back to: the posted ``next`` if it is on this site, else the wall's page."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return wall.get_absolute_url()


def _back(request: HttpRequest, wall: Wall, anchor: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{_next_url(request, wall).split('#')[0]}#{anchor}")


def _get_wall(pk: int) -> Wall:
    return get_object_or_404(Wall.objects.select_related("country"), pk=pk)


@require_GET
def wall_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The wall on its own page; with ``?after=`` the next page of prayers ("more prayers")."""
    wall = _get_wall(pk)
    cursor = Cursor.decode(request.GET.get("after"))
    context = wall_context(request, wall, next_url=_next_url(request, wall), cursor=cursor)
    if request.htmx and cursor:  # type: ignore[attr-defined]
        return render(request, f"{WALL_TEMPLATE}#prayer-page", context)
    return render(request, "prayers/wall_detail.html", context)


@require_POST
def prayer_create(request: HttpRequest, pk: int) -> HttpResponse:
    wall = _get_wall(pk)
    form = PrayerForm(request.POST, wall_id=wall.pk)
    if not form.is_valid():
        form.add_error(None, "Please correct the fields below; your text is kept.")
        return _form_again(request, wall, form, status=422)
    seconds = form.seconds_to_submit()
    try:
        result = services.prayer_submit(
            wall=wall,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            text=form.cleaned_data["text"],
            client_hash=privacy.client_hash(request),
            language=getattr(request, "LANGUAGE_CODE", ""),
            honeypot=form.cleaned_data["website"],
            seconds_to_submit=seconds,
            form_token_valid=seconds is not None,
        )
    except services.SubmissionRefused as refused:
        form.add_error(None, refused.message)
        for field, errors in refused.errors.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        return _form_again(request, wall, form, status=refused.status, retry=refused.retry_after)
    if result.prayer.status == Prayer.Status.REJECTED:
        form.add_error("text", result.message)
        return _form_again(request, wall, form, status=422)
    if request.htmx:  # type: ignore[attr-defined]
        context = wall_context(request, wall, next_url=_next_url(request, wall))
        context["notice"] = result.message
        return render(request, f"{WALL_TEMPLATE}#wall", context)
    messages.success(request, result.message)
    return _back(request, wall, wall.anchor)


def _form_again(
    request: HttpRequest, wall: Wall, form: PrayerForm, *, status: int, retry: int | None = None
) -> HttpResponse:
    """Show the form again with the visitor's text and the reason. htmx only swaps 2xx
    responses, so it gets 200; a plain POST gets the real status on the wall's page."""
    context = wall_context(request, wall, next_url=_next_url(request, wall), form=form)
    if request.htmx:  # type: ignore[attr-defined]
        response = render(request, f"{WALL_TEMPLATE}#wall", context)
    else:
        response = render(request, "prayers/wall_detail.html", context, status=status)
    if retry:
        response["Retry-After"] = str(retry)
    return response


@require_POST
def wall_pray(request: HttpRequest, pk: int) -> HttpResponse:
    wall = _get_wall(pk)
    counted, _ = services.wall_pray(wall=wall, visitor_keys=privacy.visitor_keys(request))
    if request.htmx:  # type: ignore[attr-defined]
        context = {"wall": wall, "prayed_now": True, "counted": counted}
        context["next_url"] = _next_url(request, wall)
        response = render(request, f"{WALL_TEMPLATE}#prayed", context)
    else:
        if counted:
            messages.success(request, f"Thank you for praying for {wall.title}.")
        else:
            messages.info(request, "Thank you — your prayer today is already counted.")
        response = _back(request, wall, f"{wall.anchor}-prayed")
    privacy.remember_visitor(request, response)
    return response


def _visible_prayer(pk: int) -> Prayer:
    prayer = Prayer.objects.visible().select_related("wall__country").filter(pk=pk).first()
    if prayer is None:
        raise Http404("No such prayer.")
    return prayer


@require_POST
def prayer_pray_with(request: HttpRequest, pk: int) -> HttpResponse:
    prayer = _visible_prayer(pk)
    keys = privacy.visitor_keys(request)
    counted, _ = services.prayer_pray_with(prayer=prayer, visitor_keys=keys)
    if request.htmx:  # type: ignore[attr-defined]
        context = {"prayer": prayer, "wall": prayer.wall, "prayed_now": True, "counted": counted}
        context["next_url"] = _next_url(request, prayer.wall)
        response = render(request, f"{WALL_TEMPLATE}#pray-with", context)
    else:
        messages.success(request, f"Thank you for praying with {prayer.name}.")
        response = _back(request, prayer.wall, f"prayer-{prayer.pk}")
    privacy.remember_visitor(request, response)
    return response


@require_http_methods(["GET", "POST"])
def prayer_report(request: HttpRequest, pk: int) -> HttpResponse:
    prayer = _visible_prayer(pk)
    form = ReportForm(request.POST or None)
    context = {"prayer": prayer, "form": form, "next_url": _next_url(request, prayer.wall)}
    if request.method == "POST" and form.is_valid():
        services.prayer_report(
            prayer=prayer,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            reporter=privacy.client_hash(request),
        )
        if request.htmx:  # type: ignore[attr-defined]
            return render(request, f"{WALL_TEMPLATE}#report-done", context)
        messages.success(request, "Thank you. Moderators will look at this prayer.")
        return _back(request, prayer.wall, f"prayer-{prayer.pk}")
    status = 422 if form.is_bound and not request.htmx else 200  # type: ignore[attr-defined]
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "prayers/report.html#report-form", context, status=status)
    return render(request, "prayers/report.html", context, status=status)
