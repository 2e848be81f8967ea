from __future__ import annotations

from datetime import UTC, datetime

from django.test import RequestFactory

from vigil.core import privacy

JAN = datetime(2025, 1, 31, tzinfo=UTC)
FEB = datetime(2025, 2, 1, tzinfo=UTC)


def test_client_hash_is_keyed_rotates_monthly_and_hides_the_address():
    first = privacy.hash_client("203.0.113.9", at=JAN)
    assert first == privacy.hash_client("203.0.113.9", at=JAN)
    assert first.startswith("202501:")
    assert "203.0.113.9" not in first
    assert first != privacy.hash_client("203.0.113.9", at=FEB)
    assert first != privacy.hash_client("203.0.113.10", at=JAN)


def test_client_hash_depends_on_the_secret_key(settings):
    before = privacy.hash_client("203.0.113.9", at=JAN)
    settings.SECRET_KEY = "another secret key for this test only, long enough"
    assert privacy.hash_client("203.0.113.9", at=JAN) != before


def test_a_new_user_agent_does_not_make_a_new_client():
    factory = RequestFactory()
    firefox = factory.get("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox")
    chrome = factory.get("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Chrome/1")
    assert privacy.client_hash(firefox) == privacy.client_hash(chrome)


def test_a_request_hashes_its_client_once(monkeypatch):
    calls: list[str] = []

    def hash_client(ip: str) -> str:
        calls.append(ip)
        return f"h:{ip}"

    monkeypatch.setattr(privacy, "hash_client", hash_client)
    request = RequestFactory().post("/api/walls/1/prayers", REMOTE_ADDR="203.0.113.9")
    assert privacy.client_hash(request) == privacy.client_hash(request) == "h:203.0.113.9"
    assert calls == ["203.0.113.9"]


def test_ipv6_clients_are_keyed_on_their_64_prefix():
    one = privacy.hash_client("2001:db8:1:2:aaaa::1", at=JAN)
    assert one == privacy.hash_client("2001:db8:1:2:ffff:ffff:ffff:ffff", at=JAN)
    assert one != privacy.hash_client("2001:db8:1:3::1", at=JAN)
    assert privacy.network_of("::ffff:203.0.113.9") == "203.0.113.9"
    assert privacy.network_of("not an address") == "not an address"


def test_proxy_header_is_used_only_when_configured(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9"
    )
    assert privacy.client_ip(request) == "10.0.0.1"
    settings.VIGIL_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    assert privacy.client_ip(request) == "203.0.113.9"


def test_email_hash_normalises_and_is_empty_without_email():
    assert privacy.email_hash(" Anna@Example.org ") == privacy.email_hash("anna@example.org")
    assert "anna" not in privacy.email_hash("anna@example.org")
    assert privacy.email_hash("") == ""


def test_visitor_keys_come_from_the_signed_cookie_and_the_client():
    from django.http import HttpResponse

    factory = RequestFactory()
    request = factory.get("/", REMOTE_ADDR="203.0.113.9")
    keys = privacy.visitor_keys(request)
    response = HttpResponse()
    privacy.remember_visitor(request, response)
    cookie = response.cookies[privacy.VISITOR_COOKIE].value
    again = factory.get("/", REMOTE_ADDR="198.51.100.1")
    again.COOKIES[privacy.VISITOR_COOKIE] = cookie
    assert privacy.visitor_keys(again)[0] == keys[0]
    forged = factory.get("/", REMOTE_ADDR="203.0.113.9")
    forged.COOKIES[privacy.VISITOR_COOKIE] = cookie + "x"
    assert privacy.visitor_keys(forged)[0] != keys[0]
    assert privacy.visitor_keys(forged)[1] == keys[1]
