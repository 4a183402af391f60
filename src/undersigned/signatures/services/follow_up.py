"""The task worker's half of a public sign-on (common/outbox.py).

In a surge the sign-on request does one INSERT: the signature, flagged `follow_up_due`. The worker then
writes its audit entry and queues its confirmation email, unless the address already had its share of
confirmation emails this hour (the limit that stops anyone flooding a stranger's inbox through our form).
The signer's page says "check your email" either way, as it says for every address.
"""

import logging
from datetime import datetime
from itertools import groupby

from django.db import connection, transaction
from django.db.models import Count, Min

from undersigned.audit.services import log_actions
from undersigned.common import ratelimit
from undersigned.signatures import tasks
from undersigned.signatures.models import Signature

logger = logging.getLogger("undersigned.signatures")

FOLLOW_UP_BATCH = 200


def address_may_get_email(email: str) -> bool:
    """Counts one confirmation email to `email`; False once the address had its share this hour."""
    if ratelimit.hit("confirmation_email", email) is None:
        return True
    logger.info("A confirmation email was not sent: its address had its share this hour.")
    return False


def signatures_follow_up_backlog() -> tuple[int, datetime | None]:
    """How many sign-ons wait for their follow-up, and when the oldest was stored."""
    waiting = Signature.objects.filter(follow_up_due=True).aggregate(
        count=Count("pk"), oldest=Min("created_at")
    )
    return waiting["count"], waiting["oldest"]


def signatures_follow_up(batch_size: int = FOLLOW_UP_BATCH) -> int:
    """Follow up at most `batch_size` sign-ons the public stored, oldest first; returns how many.

    One transaction: the audit entries, the queued emails and the cleared flags commit together, so each
    sign-on is followed up exactly once. Several workers skip each other's rows (PostgreSQL's SKIP LOCKED;
    SQLite has one writer at a time).
    """
    due = Signature.objects.filter(follow_up_due=True).order_by("pk")
    if not due.exists():  # twice a second: an index read, no write lock, when nothing waits
        return 0
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        signatures = list(due[:batch_size])
        for source, signed in groupby(sorted(signatures, key=lambda s: s.source), key=lambda s: s.source):
            log_actions(list(signed), "signature.created", via=source)
        for signature in signatures:
            if signature.email and address_may_get_email(signature.email):
                tasks.send_confirmation_email.enqueue(signature.pk)
        Signature.objects.filter(pk__in=[s.pk for s in signatures]).update(follow_up_due=False)
    return len(signatures)
