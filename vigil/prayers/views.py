"""The prayer wall's pages and actions. Every action works as a plain POST (redirect
back with a message) and as an htmx request (the named partial swapped in place)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from vigil.core import conf, edge, pagecache, privacy, responsecache
from vigil.moderation import services as moderation
from vigil.prayers import related, wallcache
from vigil.prayers.forms import EmailForm, PrayerEditForm, PrayerForm, ReportForm
from vigil.prayers.models import EDIT_WINDOW, Cursor, Prayer, Subscription, Wall
from vigil.prayers.services import (
    authors,
    my_data,
    reactions,
    reports,
    retention,
    submission,
    subscriptions,
)
from vigil.prayers.services.common import SubmissionRefused

WALL_TEMPLATE = "prayers/wall.html"


def live_context(
    request: HttpRequest,
    wall: Wall,
    *,
    next_url: str,
    form: PrayerForm | None = None,
    follow_form: EmailForm | None = None,
) -> dict[str, Any]:
    """What the wall's live part needs (``prayers/wall.html#live``): the forms with this
    visitor's tokens, the "I prayed" count as it is now and whether they pressed it today,
    and the messages a post without JavaScript left."""
    return {
        "wall": wall,
        "form": form or PrayerForm(wall_id=wall.pk),
        "follow_form": follow_form or EmailForm(prefix_id=f"wall-{wall.pk}-follow"),
        "next_url": next_url,
        "prayed_today": reactions.wall_prayed_today(
            wall=wall, visitor_keys=privacy.visitor_keys(request)
        ),
        **wall_messages(request, wall),
    }


def public_wall(request: HttpRequest | None, wall: Wall, *, next_url: str) -> SafeString:
    """The wall as every anonymous reader gets it, for the page at ``next_url``: no form
    (the live part loads from ``wall-live``, or the "Leave a prayer" link opens the form
    page), and the list of prayers inline: kept by a shared cache for the live window
    only, or, behind Vigil's nginx, for ``s-maxage`` (nginx is asked for the page again
    when the wall changes, ``vigil.core.edge``), or, behind an nginx that fills
    server-side includes, as an include so the page can be cached longer than the list.
    The page's ``?lang=`` shows the prayers written in one language only."""
    context: dict[str, Any] = {"wall": wall, "next_url": next_url}
    context["related"] = related.related_walls(wall)
    query = urlencode({"next": next_url})
    context["live_url"] = f"{reverse('prayers:wall-live', args=[wall.pk])}?{query}"
    context["form_url"] = f"{reverse('prayers:wall-form', args=[wall.pk])}?{query}"
    language = _language(request) if request is not None else ""
    if request is not None and pagecache.edge_includes(request):
        ssi_query = urlencode({"next": next_url, **({"lang": language} if language else {})})
        context["ssi_url"] = f"{reverse('prayers:wall-prayers', args=[wall.pk])}?{ssi_query}"
        pagecache.limit_http_cache(request, max_age=0, s_maxage=conf.http_shared_max_age())
    else:
        context["prayers_html"] = wallcache.render_list(wall, next_url, language)
        if request is not None and edge.keeps_long(request):
            # Vigil's nginx keeps the whole page and is told when this wall changes.
            pagecache.limit_http_cache(request, max_age=0, s_maxage=conf.http_shared_max_age())
        elif request is not None:
            pagecache.limit_to_live(request)
    return mark_safe(render_to_string(WALL_TEMPLATE, context))  # noqa: S308


def wall_messages(request: HttpRequest | None, wall: Wall) -> dict[str, list[Any]]:
    """The messages a no-JavaScript post left for this wall, to show inside it next to
    the form (``posted_messages``) or the "I prayed" button (``prayed_messages``)."""
    found: dict[str, list[Any]] = {"posted_messages": [], "prayed_messages": []}
    if request is None or not hasattr(request, "_messages"):
        return found
    for message in messages.get_messages(request):
        tags = message.extra_tags.split()
        if f"{wall.anchor}-prayed" in tags:
            found["prayed_messages"].append(message)
        elif wall.anchor in tags:
            found["posted_messages"].append(message)
    return found


def _next_url(request: HttpRequest, wall: Wall) -> str:
    """Where to go back to: the posted ``next`` if it is on this site, else the wall's page."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return wall.get_absolute_url()


def _to_form_page(request: HttpRequest, wall: Wall, anchor: str) -> HttpResponseRedirect:
    """Back to the wall's form page after a post without JavaScript: the outcome is shown
    there (the page the wall is on is the same for everyone, so it shows no message)."""
    query = urlencode({"next": _next_url(request, wall).split("#")[0]})
    url = reverse("prayers:wall-form", args=[wall.pk])
    return HttpResponseRedirect(f"{url}?{query}#{anchor}")


def _language(request: HttpRequest) -> str:
    return wallcache.language_param(request.GET.get(wallcache.LANGUAGE_PARAM))


def _get_wall(pk: int) -> Wall:
    return get_object_or_404(Wall.objects.select_related("country"), pk=pk)


@require_safe
def wall_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The wall on its own page; with ``?after=`` the next page of prayers ("more prayers"),
    a partial of the list for htmx; with ``?lang=`` only the prayers in one language."""
    wall = _get_wall(pk)
    cursor = Cursor.decode(request.GET.get("after"))
    next_url = _next_url(request, wall) if cursor else request.path
    if cursor:
        context = wallcache.list_context(
            wall, next_url=next_url, cursor=cursor, language=_language(request)
        )
        pagecache.limit_to_live(request)
        responsecache.dont_keep(request)  # a further page, read from the database
        if request.htmx:  # type: ignore[attr-defined]
            response = HttpResponse(render_to_string(f"{WALL_TEMPLATE}#prayer-page", context))
        else:
            response = render(request, "prayers/wall_detail.html", context)
    else:
        wall_html = public_wall(request, wall, next_url=next_url)
        context = {"wall": wall, "wall_html": wall_html}
        response = render(request, "prayers/wall_detail.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_safe
def wall_live(request: HttpRequest, pk: int) -> HttpResponse:
    """The wall's live part for this visitor (forms with their tokens, live count), loaded
    by htmx into the cached page. Never cached: it sets the CSRF cookie."""
    wall = _get_wall(pk)
    context = live_context(request, wall, next_url=_next_url(request, wall))
    response = render(request, f"{WALL_TEMPLATE}#live", context)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def wall_form(request: HttpRequest, pk: int) -> HttpResponse:
    """The wall's forms on a page of their own, for visitors without JavaScript: the
    cached page links here ("Leave a prayer"), and posts without JavaScript come back
    here to show their outcome."""
    wall = _get_wall(pk)
    context = live_context(request, wall, next_url=_next_url(request, wall))
    response = render(request, "prayers/wall_form.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def wall_prayers(request: HttpRequest, pk: int) -> HttpResponse:
    """The wall's list of prayers alone, as nginx includes it into a cached page (a
    server-side include): from the shared cache, fresh after every change. By default
    nginx never keeps it, so a deleted prayer is gone at once; ``VIGIL_EDGE_LIST_SECONDS``
    lets nginx keep it that many seconds instead (see docs/caching.md)."""
    wall = _get_wall(pk)
    response = HttpResponse(
        wallcache.render_list(wall, _next_url(request, wall), _language(request))
    )
    seconds = conf.edge_list_seconds()
    if seconds > 0:
        patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
    else:
        patch_cache_control(response, no_cache=True)
    return response


@require_POST
def prayer_create(request: HttpRequest, pk: int) -> HttpResponse:
    wall = _get_wall(pk)
    form = PrayerForm(request.POST, wall_id=wall.pk)
    if not form.is_valid():
        form.add_error(None, _("Please correct the fields below; your text is kept."))
        return _form_again(request, wall, form, status=422)
    seconds = form.seconds_to_submit()
    try:
        result = submission.prayer_submit(
            wall=wall,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            text=form.cleaned_data["text"],
            client_hash=privacy.client_hash(request),
            language=getattr(request, "LANGUAGE_CODE", ""),
            honeypot=form.cleaned_data["website"],
            seconds_to_submit=seconds,
            form_token_valid=seconds is not None,
            notify_when_published=form.cleaned_data["notify"],
        )
    except SubmissionRefused as refused:
        form.add_error(None, refused.message)
        for field, errors in refused.errors.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        return _form_again(request, wall, form, status=refused.status, retry=refused.retry_after)
    if result.prayer.status == Prayer.Status.REJECTED:
        form.add_error(_rejected_field(result.verdict), result.message)
        return _form_again(request, wall, form, status=422)
    manage_url = ""
    if result.edit_token:  # none for spam: its sender sees only a neutral thanks
        manage_url = request.build_absolute_uri(result.prayer.manage_url(result.edit_token))
    posted = _posted_notice(request, wall, result.message, manage_url, bool(result.prayer.email))
    if request.htmx:  # type: ignore[attr-defined]
        context = live_context(request, wall, next_url=_next_url(request, wall))
        context.update(wall_notice=posted)
        response = render(request, f"{WALL_TEMPLATE}#live", context)
        wall.refresh_from_db(fields=["published_count", "language_counts"])
        fresh_list = wallcache.render_list(wall, _next_url(request, wall), oob=True)
        response.content += fresh_list.encode()
        return response
    messages.success(request, posted, extra_tags=wall.anchor)
    return _to_form_page(request, wall, f"{wall.anchor}-notice")


def _posted_notice(
    request: HttpRequest, wall: Wall, message: str, manage_url: str, has_email: bool
) -> str:
    """The success message with the author's private link (shown this once only), for
    the wall to show next to its form with or without JavaScript."""
    context = {
        "wall": wall,
        "message": message,
        "manage_url": manage_url,
        "manage_emailed": has_email and bool(manage_url),
        "edit_minutes": int(EDIT_WINDOW.total_seconds() // 60),
    }
    return render_to_string(f"{WALL_TEMPLATE}#posted", context, request)


def _form_again(
    request: HttpRequest, wall: Wall, form: PrayerForm, *, status: int, retry: int | None = None
) -> HttpResponse:
    """Show the form again with the visitor's text and the reason. htmx only swaps 2xx
    responses, so it gets 200; a plain POST gets the real status on the wall's form page."""
    form.renew_token()
    context = live_context(request, wall, next_url=_next_url(request, wall), form=form)
    if request.htmx:  # type: ignore[attr-defined]
        response = render(request, f"{WALL_TEMPLATE}#live", context)
    else:
        response = render(request, "prayers/wall_form.html", context, status=status)
    if retry:
        response["Retry-After"] = str(retry)
    return response


def prayed_placeholder(wall: Wall, *, next_url: str) -> SafeString:
    """The "I prayed" button of a page that offers only that (a prisoner's page), as
    every anonymous reader gets it: htmx loads the live button and count from
    ``wall-pray``; without JavaScript, the button is a link to the same URL's page."""
    url = f"{reverse('prayers:wall-pray', args=[wall.pk])}?{urlencode({'next': next_url})}"
    context = {"wall": wall, "prayed_url": url}
    return mark_safe(render_to_string("prayers/_prayed_placeholder.html", context))  # noqa: S308


def _prayed_context(request: HttpRequest, wall: Wall) -> dict[str, Any]:
    keys = privacy.visitor_keys(request)
    return {
        "wall": wall,
        "next_url": _next_url(request, wall),
        "prayed_today": reactions.wall_prayed_today(wall=wall, visitor_keys=keys),
        **wall_messages(request, wall),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def wall_pray(request: HttpRequest, pk: int) -> HttpResponse:
    """Count "I prayed" (POST). GET is the button and the count as they are now for this
    visitor: the part htmx loads into a page that offers only "I prayed", or, without
    JavaScript, a page of its own where such a page's posts come back. Never cached."""
    wall = _get_wall(pk)
    if request.method != "POST":
        template = f"{WALL_TEMPLATE}#prayed" if request.htmx else "prayers/wall_prayed.html"  # type: ignore[attr-defined]
        response = render(request, template, _prayed_context(request, wall))
        patch_cache_control(response, private=True, no_store=True)
        return response
    counted, _count = reactions.wall_pray(wall=wall, visitor_keys=privacy.visitor_keys(request))
    prayed_tag = f"{wall.anchor}-prayed"
    if request.htmx:  # type: ignore[attr-defined]
        context = {"wall": wall, "prayed_now": True, "counted": counted}
        context["next_url"] = _next_url(request, wall)
        response = render(request, f"{WALL_TEMPLATE}#prayed", context)
    else:
        if wall.has_closed():
            closed = gettext("This wall is closed: thank you for praying.")
            messages.info(request, closed, prayed_tag)
        elif counted:
            thanks = _("Thank you for praying for %(title)s.") % {"title": wall.display_title}
            messages.success(request, thanks, prayed_tag)
        else:
            thanks = _("Thank you — your prayer today is already counted.")
            messages.info(request, thanks, prayed_tag)
        response = _back_after_prayed(request, wall)
    privacy.remember_visitor(request, response)
    return response


def _back_after_prayed(request: HttpRequest, wall: Wall) -> HttpResponseRedirect:
    """After "I prayed" without JavaScript: the wall's form page, or for a wall that
    takes no written prayers, the "I prayed" page, which shows the outcome."""
    if wall.takes_prayers:
        return _to_form_page(request, wall, f"{wall.anchor}-prayed")
    query = urlencode({"next": _next_url(request, wall).split("#")[0]})
    url = reverse("prayers:wall-pray", args=[wall.pk])
    return HttpResponseRedirect(f"{url}?{query}#{wall.anchor}-prayed")


def _visible_prayer(pk: int) -> Prayer:
    prayer = Prayer.objects.visible().select_related("wall__country").filter(pk=pk).first()
    if prayer is None:
        raise Http404(_("No such prayer."))
    return prayer


@require_http_methods(["GET", "HEAD", "POST"])
def prayer_pray_with(request: HttpRequest, pk: int) -> HttpResponse:
    """Count "Pray with" (POST). GET is the button on a page of its own, for visitors
    without JavaScript: the cached list's "Pray with" buttons carry no CSRF token."""
    prayer = _visible_prayer(pk)
    if request.method != "POST":
        context = {"prayer": prayer, "next_url": _next_url(request, prayer.wall)}
        response = render(request, "prayers/pray_with.html", context)
        patch_cache_control(response, private=True, no_store=True)
        return response
    keys = privacy.visitor_keys(request)
    counted, _count = reactions.prayer_pray_with(prayer=prayer, visitor_keys=keys)
    if request.htmx:  # type: ignore[attr-defined]
        context = {"prayer": prayer, "wall": prayer.wall, "prayed_now": True, "counted": counted}
        context["next_url"] = _next_url(request, prayer.wall)
        response = render(request, f"{WALL_TEMPLATE}#pray-with", context)
    else:
        if counted:
            thanks = _("Thank you for praying with %(name)s.") % {"name": prayer.name}
            messages.success(request, thanks)
        else:
            thanks = _("Your prayer with %(name)s today is already counted.") % {
                "name": prayer.name
            }
            messages.info(request, thanks)
        query = urlencode({"next": _next_url(request, prayer.wall).split("#")[0]})
        response = HttpResponseRedirect(f"{request.path}?{query}")
    privacy.remember_visitor(request, response)
    return response


@require_http_methods(["GET", "POST"])
def prayer_report(request: HttpRequest, pk: int) -> HttpResponse:
    prayer = _visible_prayer(pk)
    form = ReportForm(request.POST or None)
    context = {"prayer": prayer, "form": form, "next_url": _next_url(request, prayer.wall)}
    if request.method == "POST" and form.is_valid():
        try:
            reports.prayer_report(
                prayer=prayer,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                reporter=privacy.client_hash(request),
            )
        except SubmissionRefused as refused:
            form.add_error(None, refused.message)
            template = "prayers/report.html#report-form" if request.htmx else "prayers/report.html"  # type: ignore[attr-defined]
            return render(request, template, context, status=refused.status)
        if request.htmx:  # type: ignore[attr-defined]
            return render(request, f"{WALL_TEMPLATE}#report-done", context)
        context = {"title": _("Thank you"), "wall": prayer.wall}
        context["message"] = _("Thank you. Moderators will look at this prayer.")
        return render(request, "prayers/notice.html", context)
    status = 422 if form.is_bound and not request.htmx else 200  # type: ignore[attr-defined]
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "prayers/report.html#report-form", context, status=status)
    return render(request, "prayers/report.html", context, status=status)


# --- the author's private link --------------------------------------------------------


def _link_not_found(request: HttpRequest, message: str | Promise) -> HttpResponse:
    """A friendly 404 for a wrong, spent or expired private link."""
    return render(request, "prayers/link_not_found.html", {"message": message}, status=404)


_MANAGE_GONE = gettext_lazy(
    "This private link does not work: it may be mistyped, or the prayer was deleted. "
    "Please copy the whole link from your email or from the page you saw after posting."
)


@never_cache
@require_http_methods(["GET", "POST"])
def prayer_manage(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """The author's page: edit within the edit window (moderated again), delete any time."""
    prayer = Prayer.objects.for_author_link(pk, token)
    if prayer is None:
        return _link_not_found(request, _MANAGE_GONE)
    editable = prayer.is_editable(timezone.now())
    initial = {"name": prayer.name, "text": prayer.text}
    form = PrayerEditForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if request.method == "POST":
        if not editable:
            status = 403
        elif form.is_valid():
            done = _apply_edit(request, prayer, form)
            if done:
                return HttpResponseRedirect(request.path)
            status = 422
        else:
            status = 422
    context = {"prayer": prayer, "form": form, "editable": editable, "token": token}
    context["closes_at"] = prayer.edit_window_closes_at()
    context["edit_minutes"] = int(EDIT_WINDOW.total_seconds() // 60)
    return render(request, "prayers/prayer_manage.html", context, status=status)


def _apply_edit(request: HttpRequest, prayer: Prayer, form: PrayerEditForm) -> bool:
    """Call ``prayer_edit``; ``True`` when saved, else the form carries the reason."""
    try:
        result = authors.prayer_edit(
            prayer=prayer, name=form.cleaned_data["name"], text=form.cleaned_data["text"]
        )
    except SubmissionRefused as refused:
        form.add_error(None, refused.message)
        for field, errors in refused.errors.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        return False
    if result.verdict.action == "reject":
        message = moderation.verdict_message(result.verdict)
        form.add_error(
            _rejected_field(result.verdict), message or _("Please rewrite it and save again.")
        )
        return False
    if result.prayer.status == Prayer.Status.PUBLISHED:
        messages.success(request, _("Your changes are saved and published."))
    else:
        messages.success(
            request, _("Your changes are saved. A moderator will read them before they appear.")
        )
    return True


@never_cache
@require_http_methods(["GET", "POST"])
def prayer_delete(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """Ask, then delete the prayer at its author's request (any time)."""
    prayer = Prayer.objects.for_author_link(pk, token)
    if prayer is None:
        return _link_not_found(request, _MANAGE_GONE)
    if request.method == "POST":
        wall = prayer.wall
        authors.prayer_delete_by_author(prayer=prayer)
        context = {"title": _("Your prayer is deleted"), "wall": wall}
        context["message"] = _("Your prayer is deleted. Nothing of it is shown anywhere any more.")
        return render(request, "prayers/notice.html", context)
    return render(request, "prayers/prayer_delete.html", {"prayer": prayer, "token": token})


# --- following a wall, confirming, unsubscribing ----------------------------------------

_FOLLOW_SENT = gettext_lazy(
    "Thank you. Please check your inbox: we have sent a link to confirm. "
    "Nothing else is sent until you confirm."
)


@require_POST
def wall_follow(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask for the wall's daily digest (double opt-in; the same answer for every address)."""
    wall = _get_wall(pk)
    form = EmailForm(request.POST, prefix_id=f"wall-{wall.pk}-follow")
    status, notice = 200, ""
    if form.is_valid():
        try:
            subscriptions.wall_follow(
                wall=wall,
                email=form.cleaned_data["email"],
                client_hash=privacy.client_hash(request),
            )
            notice = str(_FOLLOW_SENT)
        except SubmissionRefused as refused:
            form.add_error("email", refused.message)
            status = refused.status
    else:
        status = 422
    if request.htmx:  # type: ignore[attr-defined]
        context = {"wall": wall, "follow_form": form, "follow_notice": notice}
        context["next_url"] = _next_url(request, wall)
        return render(request, f"{WALL_TEMPLATE}#follow", context)
    if notice:
        messages.success(request, notice)
        return _to_form_page(request, wall, f"{wall.anchor}-follow")
    context = live_context(request, wall, next_url=_next_url(request, wall), follow_form=form)
    return render(request, "prayers/wall_form.html", context, status=status)


_SUBSCRIPTION_GONE = gettext_lazy(
    "This link does not work any more: you may have unsubscribed already, or the link is "
    "incomplete. Nothing will be sent to you for it."
)


@never_cache
@require_http_methods(["GET", "POST"])
def subscription_confirm(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """GET asks (mail scanners open links), POST confirms the subscription."""
    subscription = Subscription.objects.for_confirm_link(pk, token)
    if subscription is None:
        return _link_not_found(request, _SUBSCRIPTION_GONE)
    if request.method == "POST":
        subscriptions.subscription_confirm(subscription=subscription)
        context = {"title": _("Confirmed"), "wall": subscription.wall}
        context["message"] = _confirmed_message(subscription)
        context["unsubscribe_url"] = subscription.unsubscribe_url()
        return render(request, "prayers/notice.html", context)
    return render(request, "prayers/subscription_confirm.html", {"subscription": subscription})


def _confirmed_message(subscription: Subscription) -> str:
    if subscription.kind == Subscription.Kind.WALL_DIGEST and subscription.wall:
        return _(
            "Thank you. You will receive one email a day with the new prayers for "
            "%(title)s, on days when there are new prayers."
        ) % {"title": subscription.wall.display_title}
    return _("Thank you. We will email you once, when your prayer is published.")


# RFC 8058 one-click: mail clients POST without a CSRF token; the URL's token authorises.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def subscription_unsubscribe(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """GET shows one button; POST (the button, or the mail client's one-click) unsubscribes."""
    subscription = Subscription.objects.for_unsubscribe_link(pk, token)
    if subscription is None:
        return _link_not_found(request, _SUBSCRIPTION_GONE)
    if request.method == "POST":
        wall = subscription.wall
        subscriptions.subscription_cancel(subscription=subscription)
        context = {"title": _("Unsubscribed"), "wall": wall}
        context["message"] = _("You are unsubscribed, and your address is deleted from this list.")
        return render(request, "prayers/notice.html", context)
    return render(request, "prayers/subscription_unsubscribe.html", {"subscription": subscription})


# --- my data ------------------------------------------------------------------------------

_MY_DATA_SENT = gettext_lazy(
    "If we store anything under this address, we have sent it a link. The link works for one "
    "hour. If no email arrives, we store nothing under this address."
)
_MY_DATA_GONE = gettext_lazy(
    "This link does not work: it is older than one hour, or incomplete. Please ask for a new one."
)


@never_cache
@require_http_methods(["GET", "POST"])
def my_data_request(request: HttpRequest) -> HttpResponse:
    """Ask for a magic link; the answer never says whether the address is known."""
    form = EmailForm(request.POST or None, prefix_id="my-data")
    context: dict[str, Any] = {"form": form, "sent": False}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                my_data.my_data_link_request(
                    email=form.cleaned_data["email"], client_hash=privacy.client_hash(request)
                )
                context["sent"] = True
            except SubmissionRefused as refused:
                form.add_error("email", refused.message)
                status = refused.status
        else:
            status = 422
    context["sent_message"] = _MY_DATA_SENT
    return render(request, "prayers/my_data_request.html", context, status=status)


@never_cache
@require_GET
def my_data_detail(request: HttpRequest, token: str) -> HttpResponse:
    """What is stored under the email of a magic link, with export and erase."""
    email_hash = my_data.my_data_email_hash(token)
    if email_hash is None:
        return _link_not_found(request, _MY_DATA_GONE)
    prayers = list(
        Prayer.objects.for_email_hash(email_hash).select_related("wall").order_by("-created_at")
    )
    subscriptions = list(
        Subscription.objects.for_email_hash(email_hash).select_related("wall", "prayer__wall")
    )
    context = {"token": token, "prayers": prayers, "subscriptions": subscriptions}
    return render(request, "prayers/my_data_detail.html", context)


@never_cache
@require_GET
def my_data_export(request: HttpRequest, token: str) -> HttpResponse:
    email_hash = my_data.my_data_email_hash(token)
    if email_hash is None:
        return _link_not_found(request, _MY_DATA_GONE)
    data = my_data.my_data_export(email_hash=email_hash)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="my-prayer-data.json"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def my_data_erase(request: HttpRequest, token: str) -> HttpResponse:
    """Ask, then erase every prayer and subscription under the magic link's email."""
    email_hash = my_data.my_data_email_hash(token)
    if email_hash is None:
        return _link_not_found(request, _MY_DATA_GONE)
    if request.method == "POST":
        counts = my_data.my_data_erase(email_hash=email_hash)
        context = {"title": _("Your data is erased"), "message": _erased_message(counts)}
        return render(request, "prayers/notice.html", context)
    return render(request, "prayers/my_data_erase.html", {"token": token})


def _erased_message(counts: dict[str, int]) -> str:
    """What was erased, counted in whole sentences (plural forms differ by language)."""
    prayers = ngettext(
        "Erased %(count)s prayer.", "Erased %(count)s prayers.", counts["prayers"]
    ) % {"count": counts["prayers"]}
    subscriptions = ngettext(
        "Cancelled %(count)s email subscription.",
        "Cancelled %(count)s email subscriptions.",
        counts["subscriptions"],
    ) % {"count": counts["subscriptions"]}
    return " ".join([prayers, subscriptions, _("Nothing is stored under your email any more.")])


# --- the privacy page ---------------------------------------------------------------------


@require_safe
def privacy_page(request: HttpRequest) -> HttpResponse:
    """What Vigil stores, for how long, and how to see or erase it: in plain words."""
    context = {
        "retention_days": conf.retention_days(),
        "unconfirmed_days": retention.UNCONFIRMED_RETENTION.days,
        "edit_minutes": int(EDIT_WINDOW.total_seconds() // 60),
        "my_data_minutes": my_data.MY_DATA_MAX_AGE // 60,
    }
    return render(request, "privacy/privacy.html", context)


def _rejected_field(verdict: moderation.Verdict) -> str:
    """The field a rejection is about: the name where only the name was refused ("name: …"
    reasons), else the text."""
    refused = [reason for reason in verdict.reasons if "banned term" in reason]
    return "name" if refused and all(r.startswith("name: ") for r in refused) else "text"
