"""/coordinate/s/<slug>/reminders/: the owner (every region) or a coordinator (their region) sends one
reminder, through the worker, to sign-ons pending for more than N days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

URL = "/coordinate/s/rivers/reminders/"


def _pending(statement, email, country, days_ago):
    signature = make_signature(
        statement, email=email, country=country, status="pending", confirmation_nonce=f"nonce-{email}"
    )
    Signature.objects.filter(pk=signature.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return signature


@pytest.fixture
def waiting(coalition):
    return {
        "de_old": _pending(coalition, "ada@example.de", "DE", 10),
        "de_new": _pending(coalition, "ben@example.de", "DE", 2),
        "fr_old": _pending(coalition, "chloe@example.fr", "FR", 10),
    }


def test_the_page_counts_who_is_due(client, alice, waiting):
    client.force_login(alice)
    html = client.get(URL + "?older_than_days=7").content.decode()
    assert "2 pending sign-ons are older than 7 days and have not been reminded." in html
    assert "Send 2 reminders" in html


def test_the_owner_reminds_every_region_once_through_the_worker(
    client, alice, waiting, run_tasks, mailoutbox
):
    client.force_login(alice)
    response = client.post(URL, {"older_than_days": "7"}, follow=True)
    assert "A reminder is being sent to 2 pending sign-ons." in response.content.decode()
    assert mailoutbox == []
    run_tasks()
    assert sorted(m.to[0] for m in mailoutbox) == ["ada@example.de", "chloe@example.fr"]
    assert mailoutbox[0].subject == "Reminder: please confirm your signature: Clean rivers"
    assert "A reminder: your signature is not confirmed yet, so it is not on the list." in mailoutbox[0].body
    assert "/s/rivers/confirm/" in mailoutbox[0].body
    response = client.post(URL, {"older_than_days": "7"}, follow=True)
    assert "No pending sign-on is due for a reminder." in response.content.decode()
    run_tasks()
    assert len(mailoutbox) == 2  # nobody is reminded twice
    entry = AuditEntry.objects.get(action="signatures.reminded")
    assert (entry.user, entry.data["count"], entry.data["older_than_days"]) == (alice, 2, 7)


def test_a_coordinator_reminds_only_their_region(
    client, bob, bob_coordinates, waiting, run_tasks, mailoutbox
):
    client.force_login(bob)
    response = client.post(URL, {"older_than_days": "7"}, follow=True)
    assert "A reminder is being sent to 1 pending sign-on." in response.content.decode()
    run_tasks()
    assert [m.to for m in mailoutbox] == [["ada@example.de"]]
    waiting["fr_old"].refresh_from_db()
    assert waiting["fr_old"].reminded_at is None


def test_a_sign_on_confirmed_before_the_worker_runs_is_not_reminded(
    client, alice, waiting, run_tasks, mailoutbox
):
    client.force_login(alice)
    client.post(URL, {"older_than_days": "7"})
    Signature.objects.filter(pk=waiting["de_old"].pk).update(status="confirmed")
    run_tasks()
    assert [m.to for m in mailoutbox] == [["chloe@example.fr"]]


def test_a_nonsense_number_of_days_is_refused_next_to_the_field(client, alice, waiting):
    client.force_login(alice)
    response = client.post(URL, {"older_than_days": "0"})
    assert response.status_code == 400
    assert "Ensure this value is greater than or equal to 1." in response.content.decode()
    assert not Signature.objects.filter(reminded_at__isnull=False).exists()


def test_an_outsider_cannot_send_reminders(client, charlie, waiting):
    client.force_login(charlie)
    assert client.post(URL, {"older_than_days": "7"}).status_code == 403


def test_it_rejects_other_methods(client, alice, waiting):
    client.force_login(alice)
    assert client.put(URL).status_code == 405
