"""``{% load prayers %}{% prayer_wall_for country %}``: a page's prayer wall as every
anonymous reader gets it (see ``views.public_wall``), in one query for the wall row when
its list of prayers is in the shared cache; and ``{% prayer_item %}``, one prayer of a
wall's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma, naturaltime
from django.http import HttpRequest
from django.template.defaultfilters import date, linebreaksbr
from django.template.defaulttags import CsrfTokenNode
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]
from django.utils.translation import gettext, ngettext, pgettext

from vigil.core.templatetags.vigil import written_in
from vigil.prayers.models import Prayer, Wall, wall_for
from vigil.prayers.views import prayed_placeholder, public_wall

register = template.Library()


def _render(context: template.Context, wall: Wall) -> SafeString:
    request = context.get("request")
    next_url = _here(request) if request is not None else wall.get_absolute_url()
    return public_wall(request, wall, next_url=next_url)


def _here(request: HttpRequest) -> str:
    """The page the wall is on, keeping the edition shown (``?edition=2014``) so posting
    without JavaScript comes back to the same profile; other parameters are dropped."""
    edition = request.GET.get("edition", "")
    return f"{request.path}?{urlencode({'edition': edition})}" if edition else request.path


@register.simple_tag(takes_context=True)
def prayer_wall_for(context: template.Context, owner: Any) -> SafeString:
    """The wall of a country or campaign (created on first use), with its first page."""
    return _render(context, wall_for(owner))


@register.simple_tag(takes_context=True)
def prayed_button_for(context: template.Context, owner: Any) -> SafeString:
    """Only the "I prayed" button and count of ``owner``'s wall (a page whose wall takes
    no written prayers, such as a prisoner's), loaded for each visitor from an uncached
    part: the page itself stays the same for everyone (one query, for the wall)."""
    wall = wall_for(owner)
    request = context.get("request")
    next_url = _here(request) if request is not None else wall.get_absolute_url()
    return prayed_placeholder(wall, next_url=next_url)


@register.simple_tag(takes_context=True)
def prayer_wall(context: template.Context, wall: Wall) -> SafeString:
    """A wall already at hand."""
    return _render(context, wall)


@register.filter
def outside_walls(messages: Any) -> list[Any]:
    """The page's messages except those a prayer wall shows next to its own form."""
    return [m for m in messages if not m.extra_tags.startswith("wall-")]


_PK = 4_611_686_018_427_387_904
"""A primary key no prayer has: each address is reversed once per list with it, and
each prayer's key put in its place."""

_ITEM = (
    '<li class="prayer" id="prayer-{pk}">\n'
    "      <article>\n"
    '        <header><strong class="prayer-name" dir="auto">{name}</strong> '
    '<time datetime="{iso}" title="{title}">{ago}</time></header>\n'
    '        <p class="prayer-text"{written_in}>{text}</p>\n'
    '        <footer class="prayer-actions">\n'
    "          \n"
    "          {pray_with}\n"
    "          \n"
    '          <a class="report-link" href="{report}" data-hx-get="{report}" '
    'data-hx-target="this" data-hx-swap="outerHTML">{report_label}</a>\n'
    "        </footer>\n"
    "      </article>\n"
    "    </li>"
)
_PRAY_WITH = (
    '<form class="pray-with" method="{method}" action="{url}" data-hx-post="{url}" '
    'data-hx-target="this" data-hx-swap="outerHTML">\n'
    '            {csrf}<input type="hidden" name="next" value="{next_url}">\n'
    '            <button type="submit" class="button-link"{pressed}>{label}</button>\n'
    '            <span class="pray-with-count">{count}</span>\n'
    "            {notice}\n"
    "          </form>"
)
_PRESSED = ' aria-pressed="true"'
_NOTICE = '<span class="notice" role="status">{}</span>'


@dataclass(frozen=True)
class _Cards:
    """What the prayers of one list share, as HTML: the pieces of their addresses, the
    words of the page's language and, after "Pray with", the visitor's outcome. Each
    prayer's own values are escaped as they are put in."""

    next_url: str
    pray_with_url: tuple[str, str]
    report_url: tuple[str, str]
    method: str
    csrf: str
    pressed: str
    notice: str
    report_label: str
    title_format: str

    @classmethod
    def of(cls, context: template.Context) -> _Cards:
        shared = bool(context.get("shared"))
        next_url = str(context.get("next_url", ""))
        prayed_now = bool(context.get("prayed_now"))
        report = reverse("prayers:prayer-report", args=[_PK]) + f"?next={quote(next_url)}"
        return cls(
            next_url=escape(next_url),
            pray_with_url=_split(escape(reverse("prayers:prayer-pray-with", args=[_PK]))),
            report_url=_split(escape(report)),
            method="get" if shared else "post",
            csrf="" if shared else CsrfTokenNode().render(context),
            pressed=_PRESSED if prayed_now else "",
            notice=_notice(bool(context.get("counted"))) if prayed_now else "",
            report_label=escape(pgettext("verb: report a prayer to moderators", "Report")),
            title_format=gettext("j F Y, H:i e"),
        )

    def pray_with(self, prayer: Prayer) -> SafeString:
        count = ngettext("%(shown)s prayed", "%(shown)s prayed", prayer.prayed_count)
        return _safe(
            _PRAY_WITH.format(
                method=self.method,
                url=f"{self.pray_with_url[0]}{prayer.pk}{self.pray_with_url[1]}",
                csrf=self.csrf,
                next_url=self.next_url,
                pressed=self.pressed,
                label=gettext("Pray with %(name)s") % {"name": escape(prayer.name)},
                count=count % {"shown": escape(intcomma(prayer.prayed_count))},
                notice=self.notice,
            )
        )

    def item(self, prayer: Prayer) -> SafeString:
        published = template_localtime(prayer.published_at)
        return _safe(
            _ITEM.format(
                pk=prayer.pk,
                name=escape(prayer.name),
                iso=_iso(published),
                title=escape(date(published, self.title_format)),
                ago=escape(_ago(prayer.published_at)),
                written_in=written_in(prayer.language),
                text=linebreaksbr(prayer.text),
                pray_with=self.pray_with(prayer),
                report=f"{self.report_url[0]}{prayer.pk}{self.report_url[1]}",
                report_label=self.report_label,
            )
        )


def _safe(html: str) -> SafeString:
    """Markup of the project's own words, with every visitor's text escaped in."""
    return mark_safe(html)  # noqa: S308 - see above


def _notice(counted: bool) -> str:
    # (escaped, as the template's {% translate %} escaped them)
    return _NOTICE.format(
        escape(gettext("Thank you.") if counted else gettext("Already counted today."))
    )


def _iso(published: datetime | None) -> str:
    r"""``2025-01-15T09:00:00+0000``: the date filter's ``Y-m-d\TH:i:sO``, without its
    per-call parsing of the format (a wall's list writes one per prayer)."""
    return published.strftime("%Y-%m-%dT%H:%M:%S%z") if published else ""


def _ago(published: datetime | None) -> str:
    """ "3 minutes ago"; "None" for a prayer without a time, as the template wrote it."""
    return str(naturaltime(published) if published else published)


def _split(url: str) -> tuple[str, str]:
    """An address reversed with ``_PK``, as the parts either side of it."""
    head, _pk, tail = url.partition(str(_PK))
    return head, tail


_CARDS = "vigil.prayers.cards"


def _cards(context: template.Context) -> _Cards:
    """The prayers' shared parts, worked out once for each rendering of a list."""
    cards = context.render_context.get(_CARDS)
    if cards is None or cards.next_url != escape(context.get("next_url", "")):
        cards = context.render_context[_CARDS] = _Cards.of(context)
    return cards


@register.simple_tag(takes_context=True)
def prayer_item(context: template.Context, prayer: Prayer) -> SafeString:
    """A prayer of a wall's list: name, time, text, "Pray with" and "Report". Built here
    rather than in a template because a list shows many, and a template made them most of
    the wall's rendering."""
    return _cards(context).item(prayer)


@register.simple_tag(takes_context=True)
def pray_with(context: template.Context, prayer: Prayer) -> SafeString:
    """A prayer's "Pray with" button and count, with the thanks after pressing it."""
    return _cards(context).pray_with(prayer)
