from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from vigil.startup import require_site_url


def test_a_server_refuses_to_start_without_the_site_url_outside_debug(settings):
    settings.DEBUG, settings.VIGIL_SITE_URL = False, ""
    with pytest.raises(ImproperlyConfigured, match="VIGIL_SITE_URL"):
        require_site_url()


def test_debug_or_a_site_url_is_enough(settings):
    settings.DEBUG, settings.VIGIL_SITE_URL = True, ""
    require_site_url()
    settings.DEBUG, settings.VIGIL_SITE_URL = False, "https://vigil.example.org"
    require_site_url()
