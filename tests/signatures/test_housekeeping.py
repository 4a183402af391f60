"""The daily housekeeping of signatures: addresses erased UNDERSIGNED_EMAIL_RETENTION_DAYS after the statement
closed, and sign-ons nobody confirmed removed UNDERSIGNED_PENDING_EXPIRY_DAYS after their last link."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.audit.services import log_action
from undersigned.common.housekeeping import run_housekeeping
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_anonymise_after_closing, signatures_expire_pending
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_transition

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def periods(settings):
    settings.UNDERSIGNED_EMAIL_RETENTION_DAYS = 183
    settings.UNDERSIGNED_PENDING_EXPIRY_DAYS = 14


def _email(signature) -> str:
    return Signature.objects.get(pk=signature.pk).email


def test_addresses_stay_until_the_retention_after_closing_is_over():
    statement = make_statement()
    signature = make_signature(statement, email="ada@example.org")
    statement_transition(statement=statement, to=Statement.Status.CLOSED)
    assert signatures_anonymise_after_closing(now=timezone.now() + 182 * DAY) == 0
    assert _email(signature) == "ada@example.org"
    assert signatures_anonymise_after_closing(now=timezone.now() + 184 * DAY) == 1
    assert _email(signature) == ""
    kept = Signature.objects.get(pk=signature.pk)
    assert (kept.status, kept.person_name) == ("confirmed", signature.person_name)  # the list keeps its line


def test_an_open_statement_keeps_its_addresses_however_old():
    statement = make_statement()
    signature = make_signature(statement)
    assert signatures_anonymise_after_closing(now=timezone.now() + 1000 * DAY) == 0
    assert _email(signature)


def test_a_passed_deadline_counts_as_closing():
    statement = make_statement(deadline=timezone.now() - DAY)
    signature = make_signature(statement)
    assert signatures_anonymise_after_closing(now=timezone.now() + 181 * DAY) == 0
    assert signatures_anonymise_after_closing(now=timezone.now() + 183 * DAY) == 1
    assert _email(signature) == ""


def test_reopening_starts_the_retention_again():
    statement = make_statement()
    signature = make_signature(statement)
    statement_transition(statement=statement, to=Statement.Status.CLOSED)
    Statement.objects.filter(pk=statement.pk).update(closed_at=timezone.now() - 200 * DAY)
    statement_transition(statement=statement, to=Statement.Status.OPEN)
    assert signatures_anonymise_after_closing(now=timezone.now()) == 0
    assert _email(signature)


def test_anonymising_scrubs_the_address_from_the_audit_entries_and_says_so():
    statement = make_statement()
    signature = make_signature(statement, email="ada@example.org")
    log_action(
        signature,
        "signature.edited",
        data={"email": {"before": "old@example.org", "after": "ada@example.org"}},
    )
    statement_transition(statement=statement, to=Statement.Status.CLOSED)
    signatures_anonymise_after_closing(now=timezone.now() + 200 * DAY)
    about = AuditEntry.objects.filter(object_type="signatures.signature", object_id=str(signature.pk))
    assert "example.org" not in str([entry.data for entry in about])
    assert about.filter(action="signature.email_anonymised").count() == 1


def _pending(statement, age_days: int, **fields):
    signature = make_signature(statement, status=Signature.Status.PENDING, **fields)
    Signature.objects.filter(pk=signature.pk).update(
        created_at=timezone.now() - age_days * DAY, updated_at=timezone.now() - age_days * DAY
    )
    return signature


def test_pending_sign_ons_are_removed_only_after_the_expiry():
    statement = make_statement()
    old, young = _pending(statement, 15), _pending(statement, 13)
    confirmed = make_signature(statement)
    Signature.objects.filter(pk=confirmed.pk).update(updated_at=timezone.now() - 100 * DAY)
    assert signatures_expire_pending(now=timezone.now()) == 1
    assert set(Signature.objects.values_list("pk", flat=True)) == {young.pk, confirmed.pk}
    assert not Signature.objects.filter(pk=old.pk).exists()


def test_a_reminder_or_a_resent_link_gives_a_pending_sign_on_more_time():
    statement = make_statement()
    reminded, resent = _pending(statement, 20), _pending(statement, 20)
    Signature.objects.filter(pk=reminded.pk).update(reminded_at=timezone.now() - 5 * DAY)
    log_action(resent, "signature.confirmation_resent")
    assert signatures_expire_pending(now=timezone.now()) == 0


def test_a_pending_sign_on_without_an_address_waits_for_its_coordinator():
    statement = make_statement()
    _pending(statement, 100, email="")
    assert signatures_expire_pending(now=timezone.now()) == 0


def test_expiry_leaves_an_anonymous_count_on_the_statement_and_scrubs_the_entries():
    statement = make_statement()
    first = _pending(statement, 30, person_name="Ada Lovelace")
    _pending(statement, 30)
    revision = Statement.objects.get(pk=statement.pk).list_revision
    signatures_expire_pending(now=timezone.now())
    entry = AuditEntry.objects.get(action="signatures.pending_expired")
    assert (entry.object_id, entry.data) == (str(statement.pk), {"count": 2})
    about = AuditEntry.objects.filter(object_type="signatures.signature", object_id=str(first.pk))
    assert "Ada" not in str([e.data for e in about]) and about.filter(action="signature.expired").exists()
    assert Statement.objects.get(pk=statement.pk).list_revision > revision


def test_the_daily_housekeeping_runs_both():
    statement = make_statement()
    pending = _pending(statement, 30)
    signature = make_signature(statement)
    statement_transition(statement=statement, to=Statement.Status.CLOSED)
    results = run_housekeeping(now=timezone.now() + 200 * DAY)
    assert results["signatures.expire_pending"] == 1 and results["signatures.anonymise_after_closing"] == 1
    assert not Signature.objects.filter(pk=pending.pk).exists() and _email(signature) == ""
