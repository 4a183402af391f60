"""A public sign-on's request stores one row; the task worker follows it up (services/follow_up.py): the
audit entry, the per-address email limit and the queued confirmation email."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from tests.factories import make_statement
from tests.signatures.test_sign import VALID_PERSON, sign
from undersigned.audit.models import AuditEntry
from undersigned.common.outbox import drain_outboxes
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_create, signatures_follow_up

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def confirmation_tasks():
    return DBTaskResult.objects.filter(task_path__endswith=".send_confirmation_email")


def test_a_public_sign_on_stores_one_row_and_counts_its_client_in_the_request(client, statement):
    with CaptureQueriesContext(connection) as queries:
        assert sign(client, statement).status_code == 302

    writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(WRITES)]
    assert len(writes) == 2
    assert writes[0].startswith('INSERT INTO "common_ratecounter"')  # the client address's limit: a 429
    assert writes[1].startswith('INSERT INTO "signatures_signature"')
    assert Signature.objects.get().follow_up_due is True


def test_the_follow_up_writes_the_audit_entry_and_queues_the_email(client, statement):
    sign(client, statement)
    signature = Signature.objects.get()
    assert not AuditEntry.objects.filter(action="signature.created").exists()

    assert signatures_follow_up() == 1

    entry = AuditEntry.objects.get(action="signature.created")
    assert (entry.object_id, entry.via, entry.user) == (str(signature.pk), "web", None)
    assert confirmation_tasks().count() == 1
    signature.refresh_from_db()
    assert signature.follow_up_due is False


def test_each_sign_on_is_followed_up_once(client, statement):
    for n in range(3):
        sign(client, statement, email=f"reader{n}@example.org")

    assert drain_outboxes() == {"signatures.follow_up": 3}
    assert drain_outboxes() == {"signatures.follow_up": 0}
    assert confirmation_tasks().count() == 3
    assert AuditEntry.objects.filter(action="signature.created").count() == 3


def test_the_follow_up_takes_a_batch_at_a_time_oldest_first(client, statement):
    for n in range(3):
        sign(client, statement, email=f"reader{n}@example.org")

    assert signatures_follow_up(batch_size=2) == 2
    assert list(Signature.objects.filter(follow_up_due=True).values_list("email", flat=True)) == [
        "reader2@example.org"
    ]


def test_an_address_over_its_hourly_share_is_followed_up_without_an_email(client, statement, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "confirmation_email": (1, 3600)}
    other = make_statement(slug="second")
    sign(client, statement)
    sign(client, other)

    assert signatures_follow_up() == 2
    assert confirmation_tasks().count() == 1
    assert AuditEntry.objects.filter(action="signature.created").count() == 2


def test_a_coordinators_entry_is_audited_and_queued_at_once_under_their_name(statement, bob):
    fields = {k: v for k, v in VALID_PERSON.items() if k not in ("email", "kind", "consent_display")}
    outcome = signature_create(
        statement=statement,
        email="grace@example.org",
        kind="individual",
        user=bob,
        source="coordinator",
        **fields,
    )

    assert outcome.signature.follow_up_due is False
    assert AuditEntry.objects.get(action="signature.created").user == bob
    assert confirmation_tasks().count() == 1


def test_healthz_shows_sign_ons_waiting_for_the_worker(client, statement):
    sign(client, statement)
    waiting = client.get("/healthz").json()["outbox"]
    assert waiting["waiting"] == 1
    assert 0 <= waiting["oldest_waiting_age_s"] < 60

    drain_outboxes()
    assert client.get("/healthz").json()["outbox"] == {"waiting": 0, "oldest_waiting_age_s": None}
