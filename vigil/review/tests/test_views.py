"""The moderator queue and audit trail: permissions, actions (plain POST and htmx),
bulk actions, fixed query counts and the CSV export."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from vigil.core.models import LogEntry, log_action
from vigil.moderation.models import Ban
from vigil.prayers.models import Prayer
from vigil.review.tests.factories import ModeratorFactory, PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("review:queue")
EVENTS = reverse("review:event-list")

# A signed-in request reads its session from the database unless sessions live in Redis.
SESSION_QUERIES = int(settings.SESSION_ENGINE == "django.contrib.sessions.backends.db")


@pytest.fixture
def moderator():
    return ModeratorFactory()


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def held(**kwargs):
    defaults = {"status": "held", "published_at": None, "client_hash": "c-1", "email_hash": "e-1"}
    return PrayerFactory(**{**defaults, **kwargs})


def act(client, prayer, action, **data):
    url = reverse("review:prayer-action", args=[prayer.pk])
    return client.post(url, {"action": action, "tab": "held", **data}, **data.pop("headers", {}))


# --- permissions --------------------------------------------------------------------


@pytest.mark.parametrize("url", [QUEUE, EVENTS, reverse("review:event-export")])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_non_staff_users_are_sent_to_log_in_and_cannot_act(client):
    user = get_user_model().objects.create(username="visitor")
    client.force_login(user)
    prayer = held()
    assert client.get(QUEUE).status_code == 302
    assert act(client, prayer, "approve").status_code == 302
    assert Prayer.objects.get(pk=prayer.pk).status == "held"


def test_staff_without_moderation_rights_get_403(client):
    editor = get_user_model().objects.create(username="editor", is_staff=True)
    client.force_login(editor)
    prayer = held()
    assert client.get(QUEUE).status_code == 403
    assert act(client, prayer, "approve").status_code == 403
    assert Prayer.objects.get(pk=prayer.pk).status == "held"


# --- the queue ----------------------------------------------------------------------


def test_the_held_tab_shows_text_with_highlights_name_wall_reasons_scores_and_history(
    mod_client,
):
    from vigil.moderation.models import Term

    Term.objects.create(term="snailfolk", kind=Term.Kind.SUSPECT)
    wall = WallFactory(title="Kazakhstan")
    prayer = held(wall=wall, name="Marta", text="Those snailfolk again & again")
    log_action("prayer.held", target=prayer, reasons=["suspect term: snailfolk"],
        scores={"insult": 0.42},
    )  # fmt: skip
    PrayerFactory(client_hash="c-1", text="An earlier prayer by Marta")
    PrayerFactory(status="published", text="Somebody else's prayer")
    response = mod_client.get(QUEUE)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="term term-suspect" title="suspect term">snailfolk</mark>' in html
    assert "again &amp; again" in html
    assert "Marta" in html and "Kazakhstan" in html
    assert "suspect term: snailfolk" in html and "0.42" in html
    assert "An earlier prayer by Marta" in html
    assert "Somebody else" not in html
    assert 'tabindex="0"' in html and "<article" in html
    assert 'Held <span class="count">(1)</span>' in html
    assert "Moderation (1 held)" in html


@pytest.mark.parametrize(
    ("tab", "shown", "hidden"),
    [
        ("rejected", "rejected", "held"),
        ("published", "published", "held"),
        ("reported", "reported", "published"),
    ],
)
def test_each_tab_shows_its_prayers(mod_client, tab, shown, hidden):
    PrayerFactory(status="rejected", text="text rejected", published_at=None)
    PrayerFactory(status="held", text="text held", published_at=None)
    PrayerFactory(status="published", text="text published")
    PrayerFactory(status="published", text="text reported", report_count=2)
    html = mod_client.get(QUEUE, {"tab": tab}).content.decode()
    assert f"text {shown}" in html
    assert f"text {hidden}<" not in html


def _count_queries(client, django_assert_num_queries, expected):
    with django_assert_num_queries(expected):
        assert client.get(QUEUE).status_code == 200


def test_the_queue_costs_the_same_queries_for_5_or_50_held_prayers(
    mod_client, django_assert_num_queries
):
    for n in range(5):
        held(client_hash=f"c-{n}", email_hash=f"e-{n}")
    mod_client.get(QUEUE)  # warm the word-list matcher
    _count_queries(mod_client, django_assert_num_queries, 7 + SESSION_QUERIES)
    for n in range(45):
        prayer = held(client_hash=f"c-{n % 7}", email_hash="")
        log_action("prayer.held", target=prayer, reasons=["x"])
    _count_queries(mod_client, django_assert_num_queries, 7 + SESSION_QUERIES)


def test_the_queue_pages_by_keyset(mod_client):
    prayers = [
        held(text=f"prayer number {n}", client_hash=f"c{n}", email_hash="") for n in range(30)
    ]
    first = mod_client.get(QUEUE).content.decode()
    assert "prayer number 29" in first and "prayer number 4<" not in first
    assert f"before={prayers[5].pk}" in first
    second = mod_client.get(QUEUE, {"before": prayers[5].pk}).content.decode()
    assert "prayer number 4" in second and "prayer number 29" not in second


# --- actions ------------------------------------------------------------------------


def test_approve_publishes_through_the_service_and_logs_the_moderator(mod_client, moderator):
    prayer = held()
    response = act(mod_client, prayer, "approve")
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?tab=held"
    assert Prayer.objects.get(pk=prayer.pk).status == "published"
    event = LogEntry.objects.for_object(prayer).get(action="prayer.published")
    assert event.actor == moderator
    page = mod_client.get(QUEUE)
    assert page.context["last_action"]["text"] == f"Prayer #{prayer.pk} approved."
    html = page.content.decode()
    assert f"Prayer #{prayer.pk} approved." in html and 'action="/moderation/undo/"' in html
    assert "undo/" not in mod_client.get(QUEUE).content.decode()  # offered once


def test_reject_keeps_the_reason_code(mod_client):
    prayer = held()
    act(mod_client, prayer, "reject", reason="harassment")
    assert Prayer.objects.get(pk=prayer.pk).status == "rejected"
    event = LogEntry.objects.for_object(prayer).get(action="prayer.rejected")
    assert event.reasons == ["reason: harassment"]


def test_remove_takes_down_a_published_prayer_only(mod_client):
    published = PrayerFactory()
    act(mod_client, published, "remove", reason="spam")
    assert Prayer.objects.get(pk=published.pk).status == "removed"
    waiting = held()
    act(mod_client, waiting, "remove", reason="spam")
    assert Prayer.objects.get(pk=waiting.pk).status == "held"
    messages = [str(m) for m in mod_client.get(QUEUE).context["messages"]]
    assert messages[-1] == "A held prayer cannot be removed."


def test_ban_bans_both_hashes_for_the_duration_and_rejects(mod_client, moderator):
    prayer = held()
    act(mod_client, prayer, "ban", duration="30", reason="identity_attack")
    bans = Ban.objects.order_by("kind")
    assert [(b.kind, b.value, b.created_by) for b in bans] == [
        ("client", "c-1", moderator),
        ("email", "e-1", moderator),
    ]
    assert all(29 <= (b.until - b.created_at).days <= 30 for b in bans)
    assert Prayer.objects.get(pk=prayer.pk).status == "rejected"
    assert LogEntry.objects.filter(action="author.banned", actor=moderator).exists()


def test_the_card_suggests_the_reason_its_checks_give_and_otherwise_none(mod_client):
    spam = held(text="Cheap watches at example dot com")
    log_action("prayer.held", target=spam, reasons=["classifier.spam (uncertain)"])
    plain = held(text="A prayer the checks had nothing to say about")
    log_action("prayer.held", target=plain, reasons=["language.untrained"])

    html = mod_client.get(QUEUE).content.decode()

    def chosen(prayer):
        card = html[html.index(f'id="prayer-{prayer.pk}"') :]
        select = card[card.index('<select name="reason" data-reason>') :]
        return re.search(r'<option value="([^"]*)" selected>', select[: select.index("</select>")])

    assert chosen(spam)[1] == "spam"
    assert chosen(plain)[1] == ""
    bulk = html[html.index('id="bulk-form"') :]
    assert re.search(r'<select name="reason"><option value="" selected>', bulk)


@pytest.mark.parametrize("action", ["reject", "ban"])
def test_a_rejection_without_a_reason_is_refused_and_changes_nothing(mod_client, action):
    prayer = held()

    act(mod_client, prayer, action, reason="")

    assert Prayer.objects.get(pk=prayer.pk).status == "held"
    assert not Ban.objects.exists()
    messages = [str(m) for m in mod_client.get(QUEUE).context["messages"]]
    assert messages == ["Choose a reason first: it is recorded with the decision."]
    html = act(mod_client, prayer, action, headers={"HTTP_HX_REQUEST": "true"}).content.decode()
    assert "Choose a reason first" in html and 'value="approve"' in html
    assert Prayer.objects.get(pk=prayer.pk).status == "held"
    url = reverse("review:bulk-action")
    mod_client.post(url, {"ids": [prayer.pk], "action": action, "reason": "", "tab": "held"})
    assert Prayer.objects.get(pk=prayer.pk).status == "held"


def test_a_ban_without_end(mod_client):
    act(mod_client, held(), "ban", duration="forever", reason="threat")
    assert set(Ban.objects.values_list("until", flat=True)) == {None}


def test_htmx_gets_the_card_partial_with_updated_counts(mod_client):
    prayer = held()
    held()
    response = act(mod_client, prayer, "approve", headers={"HTTP_HX_REQUEST": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert f'id="prayer-{prayer.pk}"' in html and "approved" in html
    assert 'hx-swap-oob="true"' in html and 'Held <span class="count">(1)</span>' in html


def test_bulk_actions_apply_to_every_selected_prayer(mod_client):
    chosen = [held(), held()]
    other = held()
    url = reverse("review:bulk-action")
    response = mod_client.post(url, {"ids": [p.pk for p in chosen], "action": "reject",
                                     "reason": "spam", "tab": "held"})  # fmt: skip
    assert response.status_code == 302
    statuses = dict(Prayer.objects.values_list("pk", "status"))
    assert [statuses[p.pk] for p in chosen] == ["rejected", "rejected"]
    assert statuses[other.pk] == "held"


def test_bulk_without_a_selection_says_what_to_do(mod_client):
    mod_client.post(reverse("review:bulk-action"), {"action": "approve"})
    messages = [str(m) for m in mod_client.get(QUEUE).context["messages"]]
    assert messages == ["Select at least one prayer first."]


def test_every_action_form_posts_to_a_real_url(mod_client):
    held()
    html = mod_client.get(QUEUE).content.decode()
    assert html.count("hx-post=") == html.count('class="mod-actions" method="post" action="/')


# --- the audit trail ----------------------------------------------------------------


@pytest.fixture
def events(moderator):
    wall_a, wall_b = WallFactory(title="Alpha"), WallFactory(title="Beta")
    a, b = PrayerFactory(wall=wall_a), PrayerFactory(wall=wall_b)
    log_action("prayer.held", target=a, reasons=["=cmd"])
    log_action("prayer.published", target=a, actor=moderator)
    log_action("prayer.rejected", target=b, actor=moderator)
    return wall_a, wall_b


def _actions(response):
    return [row.entry.action for row in response.context["rows"]]


def test_the_audit_page_lists_and_filters_events(mod_client, moderator, events):
    wall_a, _ = events
    assert _actions(mod_client.get(EVENTS)) == [
        "prayer.rejected",
        "prayer.published",
        "prayer.held",
    ]
    assert _actions(mod_client.get(EVENTS, {"action": "prayer.held"})) == ["prayer.held"]
    assert _actions(mod_client.get(EVENTS, {"actor": "system"})) == ["prayer.held"]
    assert _actions(mod_client.get(EVENTS, {"actor": moderator.pk})) == [
        "prayer.rejected", "prayer.published",
    ]  # fmt: skip
    assert _actions(mod_client.get(EVENTS, {"wall": wall_a.pk})) == [
        "prayer.published", "prayer.held",
    ]  # fmt: skip
    assert _actions(mod_client.get(EVENTS, {"since": "2000-01-01", "until": "2000-01-02"})) == []


def test_the_action_filter_offers_each_logged_action_once_in_order(mod_client, events):
    for _ in range(3):
        log_action("prayer.held", target=Prayer.objects.first())
    log_action("csp.violation", report={})

    actions = mod_client.get(EVENTS).context["actions"]

    assert actions == ["csp.violation", "prayer.held", "prayer.published", "prayer.rejected"]


def test_the_held_count_in_the_header_stops_at_the_cap(mod_client):
    from vigil.review import queue

    held = PrayerFactory(status="held", published_at=None)
    assert "Moderation (1 held)" in mod_client.get(EVENTS).content.decode()

    Prayer.objects.bulk_create(
        Prayer(wall=held.wall, name="N", text=f"Held {n}", status="held")
        for n in range(queue.COUNT_CAP)
    )

    assert queue.held_count() == queue.COUNT_CAP + 1  # counted no further
    assert "Moderation (999+ held)" in mod_client.get(EVENTS).content.decode()


def test_the_audit_page_explains_bad_filters_without_failing(mod_client, events):
    response = mod_client.get(EVENTS, {"since": "yesterday"})
    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()


def test_the_audit_trail_exports_filtered_csv_safe_for_spreadsheets(mod_client, events):
    response = mod_client.get(reverse("review:event-export"), {"actor": "system"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["time", "action", "actor", "prayer", "wall", "target", "reasons", "scores"]
    assert [[*row[1:3], row[4], row[6]] for row in rows[1:]] == [
        ["prayer.held", "system", "Alpha", "'=cmd"]
    ]


def test_the_audit_page_costs_fixed_queries(mod_client, events, django_assert_num_queries):
    with django_assert_num_queries(9 + SESSION_QUERIES):
        mod_client.get(EVENTS)
    for _ in range(20):
        log_action("prayer.held", target=Prayer.objects.first())
    with django_assert_num_queries(9 + SESSION_QUERIES):
        mod_client.get(EVENTS)


@pytest.mark.parametrize(
    "query",
    [
        {"wall": "99999999999999999999"},
        {"wall": str(2**63)},
        {"before": "99999999999999999999"},
        {"actor": "99999999999999999999"},
    ],
)
def test_the_audit_page_survives_oversized_ids(mod_client, events, query):
    response = mod_client.get(EVENTS, query)
    assert response.status_code in {200, 400}
    export = mod_client.get(reverse("review:event-export"), query)
    assert export.status_code in {200, 400}
    b"".join(export.streaming_content)


def test_an_oversized_wall_id_lists_nothing_and_says_why(mod_client, events):
    response = mod_client.get(EVENTS, {"wall": "99999999999999999999"})
    assert _actions(response) == []
    assert "wall" in response.content.decode()


# --- keep, undo, plain words ------------------------------------------------------------


UNDO = reverse("review:action-undo")


def test_a_reported_prayer_can_be_kept_and_leaves_the_reported_tab(mod_client):
    prayer = PrayerFactory(text="A fine prayer", report_count=2)
    html = mod_client.get(QUEUE, {"tab": "reported"}).content.decode()
    assert "Keep — dismiss reports" in html and "A fine prayer" in html
    response = act(mod_client, prayer, "dismiss", tab="reported")
    assert response.status_code == 302
    assert Prayer.objects.get(pk=prayer.pk).report_count == 0
    html = mod_client.get(QUEUE, {"tab": "reported"}).content.decode()
    assert f"Prayer #{prayer.pk} kept and its reports dismissed." in html
    assert "A fine prayer" not in html
    assert LogEntry.objects.filter(action="prayer.reports_dismissed").count() == 1


def test_the_confirmation_offers_undo_as_a_plain_form(mod_client):
    prayer = held()
    act(mod_client, prayer, "approve")
    page = mod_client.get(QUEUE)
    entry = page.context["last_action"]["entry"]
    response = mod_client.post(UNDO, {"entry": entry, "prayer": prayer.pk, "tab": "held"})
    assert response.status_code == 302 and response["Location"] == f"{QUEUE}?tab=held"
    assert Prayer.objects.get(pk=prayer.pk).status == "held"
    messages = [str(m) for m in mod_client.get(QUEUE).context["messages"]]
    assert messages == [
        f"Undone: the approval of prayer #{prayer.pk}. It is held for review again."
    ]


def test_undo_after_a_minute_is_refused_with_a_message(mod_client):
    from datetime import timedelta

    prayer = held()
    act(mod_client, prayer, "reject", reason="language")
    entry = LogEntry.objects.for_object(prayer).latest("id")
    LogEntry.objects.filter(pk=entry.pk).update(created_at=entry.created_at - timedelta(minutes=2))
    mod_client.post(UNDO, {"entry": entry.pk})
    messages = [str(m) for m in mod_client.get(QUEUE).context["messages"]]
    assert "only possible for a minute" in messages[0]
    assert Prayer.objects.get(pk=prayer.pk).status == "rejected"
    assert mod_client.post(UNDO, {"entry": "x"}).status_code == 302


def test_htmx_offers_undo_on_the_card_and_undo_brings_the_card_back(mod_client):
    prayer = held(text="Bring me back")
    hx = {"HTTP_HX_REQUEST": "true"}
    html = act(mod_client, prayer, "ban", reason="harassment", headers=hx).content.decode()
    assert 'data-hx-post="/moderation/undo/"' in html and "data-undo" in html
    entry = LogEntry.objects.get(action="author.banned")
    assert f'name="entry" value="{entry.pk}"' in html
    response = mod_client.post(UNDO, {"entry": entry.pk, "prayer": prayer.pk, "tab": "held"}, **hx)
    html = response.content.decode()
    assert "<html" not in html and f'id="prayer-{prayer.pk}"' in html
    assert "Undone: the ban of prayer" in html and "Bring me back" in html
    assert 'value="approve"' in html and 'Held <span class="count">(1)</span>' in html
    assert not Ban.objects.active().exists()
    refused = mod_client.post(UNDO, {"entry": entry.pk, "prayer": prayer.pk}, **hx)
    assert "message-error" in refused.content.decode()


def test_reasons_read_in_plain_words_with_the_code_at_hand(mod_client):
    prayer = held()
    log_action("prayer.held", target=prayer, reasons=["classifier.identity_attack"])
    html = mod_client.get(QUEUE).content.decode()
    assert "The automatic check thinks it may attack people for their religion" in html
    assert 'title="Rule code: classifier.identity_attack"' in html
    assert '<code class="mod-code">classifier.identity_attack</code>' in html


def test_approve_and_ban_look_different_and_ban_takes_a_second_step(mod_client):
    held()
    html = mod_client.get(QUEUE).content.decode()
    approve = html.index(
        'class="button button-approve" type="submit" name="action" value="approve"'
    )
    ban_step = html.index('<details class="mod-ban">\n          <summary>Ban the author…</summary>')
    ban = html.index(
        'class="button button-danger" type="submit" name="action" value="ban"', ban_step
    )
    assert approve < ban_step < ban


def test_the_author_grouping_says_what_it_is(mod_client):
    held()
    html = mod_client.get(QUEUE).content.decode()
    assert "Other prayers sent from the same connection or email" in html
    assert "The author's other prayers" not in html


def test_audit_rows_read_as_sentences_and_keep_the_code(mod_client, moderator):
    moderator.first_name = "Maria"
    moderator.save()
    prayer = held(name="Anna", wall=WallFactory(title="Kazakhstan"))
    log_action("prayer.held", target=prayer, reasons=["link in a first post"])
    act(mod_client, prayer, "approve")
    html = mod_client.get(EVENTS).content.decode()
    assert "Maria approved Anna&#x27;s prayer on Kazakhstan&#x27;s wall." in html
    assert "Vigil held Anna&#x27;s prayer for a moderator on Kazakhstan&#x27;s wall." in html
    assert "Reasons: <span" in html and "it is the first post from this sender" in html
    assert '<code class="mod-code">prayer.published</code>' in html
    assert " ago</time>" in html


def test_a_digit_that_is_no_number_is_no_id(mod_client):
    # "²" is a digit to str.isdigit, but int() refuses it: these answered 500
    assert mod_client.get("/moderation/?before=%C2%B2").status_code == 200
    assert mod_client.get("/moderation/events/?before=%C2%B2").status_code == 200
    assert mod_client.post("/moderation/undo/", {"entry": "²"}).status_code < 500
    undo = mod_client.post(
        "/moderation/undo/", {"entry": "1", "prayer": "²"}, HTTP_HX_REQUEST="true"
    )
    assert undo.status_code < 500
    bulk = mod_client.post("/moderation/prayers/bulk/", {"ids": "²", "action": "approve"})
    assert bulk.status_code < 500
