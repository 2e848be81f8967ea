"""Staff sign-in: throttled without raw addresses, optional TOTP, HSTS over TLS."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from vigil.accounts.models import User

PASSWORD = "a long and good password 42"
ADDRESS = "203.0.113.77"


@pytest.fixture
def staff(db) -> User:
    return User.objects.create_user("editor", password=PASSWORD, is_staff=True)


def sign_in(client, password: str = PASSWORD, token: str = "", address: str = ADDRESS):
    return client.post(
        reverse("admin:login"),
        {"username": "editor", "password": password, "otp_token": token, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"


def test_password_alone_signs_in_staff_without_a_device(client, staff):
    response = sign_in(client)
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_failed_sign_ins_lock_the_account_for_that_network_without_storing_it(client, staff):
    for _ in range(4):
        assert sign_in(client, password="wrong").status_code == 200
    assert sign_in(client, password="wrong").status_code == 429  # the fifth failure locks
    locked = sign_in(client)  # even with the right password
    assert locked.status_code == 429
    assert b"Sign-in paused" in locked.content
    attempt = AccessAttempt.objects.get()
    assert attempt.ip_address.startswith("fd")
    assert ADDRESS not in attempt.ip_address
    # Another network is not locked out by this one.
    assert sign_in(client, address="198.51.100.9").status_code == 302


def test_a_confirmed_device_makes_the_code_required(client, staff, settings):
    settings.AXES_ENABLED = False
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    assert sign_in(client).status_code == 200  # refused: no code
    assert client.get(reverse("admin:index")).status_code == 302
    assert (
        sign_in(client, token="000000" if code(device) != "000000" else "111111").status_code == 200
    )
    assert sign_in(client, token=code(device)).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_two_factor_can_be_required_for_every_staff_member(client, staff, settings):
    settings.VIGIL_STAFF_REQUIRE_2FA = True
    sign_in(client)
    assert client.get(reverse("admin:index")).status_code == 302


def test_staff_set_up_two_factor_with_a_qr_code_drawn_on_the_server(client, staff, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.force_login(staff)
    page = client.get(reverse("admin:two-factor"))
    assert page.status_code == 200
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert client.post(reverse("admin:two-factor"), {"token": "not a code"}).status_code == 200
    device.refresh_from_db()
    assert not device.confirmed
    client.post(reverse("admin:two-factor"), {"token": code(device)})
    device.refresh_from_db()
    assert device.confirmed


def test_admin_is_named_for_vigil(client, staff):
    client.force_login(staff)
    assert b"Vigil administration" in client.get(reverse("admin:index")).content


def test_hsts_is_sent_over_tls_when_configured(client, settings, db):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/ping", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in client.get("/ping")
