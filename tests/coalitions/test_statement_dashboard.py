"""The statement dashboard at /manage/s/<slug>/dashboard/: counts by state, kind, country and region, sign-ons
over time, what waits for the owner, recent audit entries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature
from undersigned.coalitions.models import Coordinator
from undersigned.delivery.models import Delivery
from undersigned.delivery.services import mailing_create, recipient_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/dashboard/"


def _state(html, key):
    return int(html.split(f'id="state-{key}">')[1].split("<")[0])


@pytest.fixture
def signed(coalition):
    make_signature(coalition, country="DE")
    make_signature(coalition, kind="organization", organization_name="Weser Canoe Club", country="DE")
    make_signature(coalition, country="AT")
    make_signature(coalition, status="pending", country="FR")
    make_signature(coalition, status="withdrawn", country="FR")
    make_signature(coalition, status="rejected", country="FR")
    return coalition


def test_it_counts_every_state_apart(client, alice, signed):
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    counts = [_state(html, key) for key in ("pending", "confirmed", "rejected", "withdrawn")]
    assert counts == [1, 3, 1, 1]


def test_it_draws_kind_country_and_region_charts_with_their_numbers_as_text(client, alice, signed, bob):
    Coordinator.objects.create(user=bob, statement=signed, countries="DE, AT", region_name="DACH")
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert '<desc id="chart-kind-desc">Organization: 1; Individual: 2</desc>' in html
    assert '<desc id="chart-country-desc">Germany: 2; Austria: 1</desc>' in html
    assert '<desc id="chart-region-desc">DACH: 3</desc>' in html
    assert 'aria-labelledby="chart-time-title chart-time-desc"' in html
    assert "6 sign-ons from" in html


def test_it_lists_sign_ons_pending_for_too_long(client, alice, signed):
    old = make_signature(signed, status="pending", person_name="Klara Brandt", country="DE")
    Signature.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "1 sign-on pending for more than 7 days" in html
    assert "Klara Brandt" in html.split("Sign-ons by state")[0]
    later = client.get(URL + "?days=11").content.decode()
    assert "pending for more than" not in later.split("Sign-ons by state")[0]


def test_a_nonsense_number_of_days_falls_back_to_the_default(client, alice, signed):
    client.force_login(alice)
    response = client.get(URL + "?days=lots")
    assert response.status_code == 200
    assert 'value="7"' in response.content.decode()


def test_it_lists_probable_duplicates(client, alice, coalition):
    make_signature(coalition, kind="organization", organization_name="Weser Canoe Club e.V.", country="DE")
    make_signature(
        coalition, kind="organization", organization_name="Weser Canoe Club", country="DE", status="pending"
    )
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "1 signatory appears more than once" in html


def test_it_lists_failed_deliveries(client, alice, coalition):
    recipient = recipient_create(
        owner=alice, statement=coalition, kind="media", name="Tom Reporter", email="tom@herald.example"
    )
    mailing = mailing_create(statement=coalition, subject="Our statement", recipients=[recipient])
    Delivery.objects.create(
        mailing=mailing,
        statement=coalition,
        version=coalition.current_version,
        recipient=recipient,
        name="Tom Reporter",
        email="tom@herald.example",
        salutation="Dear Tom,",
        status=Delivery.Status.FAILED,
        reason="550 mailbox unavailable",
    )
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "1 email to a recipient failed" in html
    assert "550 mailbox unavailable" in html


def test_nothing_waiting_says_so(client, alice, coalition):
    client.force_login(alice)
    assert "Nothing needs you right now." in client.get(URL).content.decode()


def test_it_shows_recent_audit_entries(client, alice, signed):
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "<code>statement.created</code>" in html


def test_a_coordinator_is_refused(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.get(URL).status_code == 403


def test_an_outsider_is_refused(client, charlie, coalition):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_it_rejects_post(client, alice, coalition):
    client.force_login(alice)
    assert client.post(URL).status_code == 405


def test_it_counts_confirmed_sign_ons_by_where_they_were_made(client, alice, coalition):
    make_signature(coalition)
    make_signature(coalition)
    make_signature(coalition, source="embed", source_site="https://partner.example")
    make_signature(coalition, source="api")
    client.force_login(alice)
    html = client.get(URL).content.decode()
    sources = html.split('id="sources">')[1].split("</dl>")[0]
    assert [line.strip() for line in sources.replace("<div><dt>", "\n").split("\n") if "</dt>" in line] == [
        "Direct</dt><dd>2</dd></div>",
        "API</dt><dd>1</dd></div>",
        "https://partner.example</dt><dd>1</dd></div>",
    ]
