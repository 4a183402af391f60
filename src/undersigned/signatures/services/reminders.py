"""Reminders: a pending sign-on that has waited some days is sent its confirmation link once more."""

from datetime import timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from undersigned.signatures import tasks
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement


def signatures_due_for_reminder(
    signatures: QuerySet[Signature], *, older_than_days: int
) -> QuerySet[Signature]:
    """Of `signatures` (a coordinator's region, or the whole statement), the pending sign-ons with an
    address, older than the given days, that were never reminded."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    return signatures.filter(
        status=Signature.Status.PENDING, created_at__lt=cutoff, reminded_at__isnull=True
    ).exclude(email="")


def signatures_send_reminders(
    *, statement: Statement, signatures: QuerySet[Signature], older_than_days: int, user=None, countries=None
) -> int:
    """Claim the due sign-ons (each is reminded at most once, even if two people press the button at the
    same moment) and queue the emails for the worker. Returns how many are reminded; logged on the statement."""
    with transaction.atomic():
        due = signatures_due_for_reminder(signatures, older_than_days=older_than_days)
        ids = list(due.select_for_update().values_list("pk", flat=True))
        if not ids:
            return 0
        claimed = Signature.objects.filter(pk__in=ids, reminded_at__isnull=True).update(
            reminded_at=timezone.now()
        )
        statement.log_action(
            "signatures.reminded",
            user=user,
            data={"count": claimed, "older_than_days": older_than_days, "countries": countries or "all"},
        )
        tasks.send_reminders.enqueue(ids)
    return claimed
