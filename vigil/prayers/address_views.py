"""The page behind an address confirmation link (double opt-in)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from vigil.prayers.services import addresses, my_data, receipts

_CONFIRM_GONE = gettext_lazy(
    "This confirmation link does not work: it may be mistyped or more than three days old. "
    "Post again, or ask for your data again, to get a new one."
)


@never_cache
@require_http_methods(["GET", "POST"])
def address_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (mail scanners open links), POST confirms the address; then the held-back
    receipts are sent, or the visitor goes on to their data."""
    found = addresses.read_confirmation(token)
    if found is None:
        context = {"message": str(_CONFIRM_GONE)}
        return render(request, "prayers/link_not_found.html", context, status=404)
    email_hash, then = found
    if request.method == "GET":
        return render(request, "prayers/address_confirm.html", {"then": then})
    receipts.address_confirm(email_hash=email_hash)
    if then == addresses.AFTER_MY_DATA:
        return HttpResponseRedirect(my_data.my_data_url(email_hash))
    message = _(
        "Thank you: the address is confirmed. The private link to edit or delete your prayer "
        "is on its way to it."
    )
    context = {"title": _("Address confirmed"), "message": message}
    return render(request, "prayers/notice.html", context)
