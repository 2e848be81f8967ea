"""The canonical link and the Open Graph / Twitter-card tags of a page.

``{% page_meta %}`` in ``base.html`` reads the page's own ``title`` and
``description`` blocks, so a template that names its page once gets its share
preview for free. A view may set ``canonical_path`` (the page's one address,
e.g. a country without ``?edition=`` for the current edition) and ``share_image``
(a path to a 1200×630 PNG); otherwise the canonical address is the request's
path without its query, and the image is the site's own card.
"""

from __future__ import annotations

import html
import re

from django import template
from django.template.base import NodeList
from django.template.loader import render_to_string
from django.template.loader_tags import BlockNode
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString

from vigil.core import conf

register = template.Library()
_SPACE = re.compile(r"\s+")


def block_text(context: template.Context, name: str) -> str:
    """The plain text of block ``name`` as the most-derived template defines it."""
    rendered = BlockNode(name, NodeList()).render(context)
    return _SPACE.sub(" ", html.unescape(strip_tags(rendered))).strip()


def absolute(path: str) -> str:
    """``path`` on the site's public address (``VIGIL_SITE_URL``), for crawlers and previews."""
    if path.startswith(("http://", "https://")):
        return path
    return conf.site_url() + path


@register.simple_tag(takes_context=True)
def page_meta(context: template.Context) -> SafeString:
    request = context.get("request")
    path = context.get("canonical_path") or (request.path if request is not None else "/")
    image = context.get("share_image")
    values = {
        "site_name": conf.site_name(),
        "title": block_text(context, "title") or conf.site_name(),
        "description": block_text(context, "description"),
        "canonical": absolute(path),
        "image": absolute(image) if image else "",
        "image_alt": context.get("share_image_alt", ""),
        "locale": translation.to_locale(translation.get_language() or "en"),
        "site_url": conf.site_url(),
    }
    return render_to_string("includes/page_meta.html", values)
