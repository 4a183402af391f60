"""The daily housekeeping of signatures (registered with common.housekeeping in SignaturesConfig.ready):
addresses are kept only as long as the organizers need them, and sign-ons nobody confirmed go away."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q

from undersigned.audit.models import AuditEntry
from undersigned.audit.services import audit_entries_scrub, log_actions
from undersigned.signatures.models import Signature
from undersigned.signatures.privacy import PERSONAL_FIELDS
from undersigned.signatures.services._lists import list_changed
from undersigned.statements.models import Statement

_OBJECT_TYPE = "signatures.signature"
_FINISHED = (Statement.Status.CLOSED, Statement.Status.PUBLISHED)


def statements_closed_before(cutoff: datetime):
    """Statements that stopped taking signatures before `cutoff`: closed (or published) then, or still open
    with a deadline that passed then. A statement closed without a recorded date counts from its last
    change, which is never earlier than its closing."""
    return Statement.objects.filter(
        Q(status__in=_FINISHED, closed_at__lte=cutoff)
        | Q(status__in=_FINISHED, closed_at__isnull=True, updated_at__lte=cutoff)
        | Q(status=Statement.Status.OPEN, deadline__lte=cutoff)
    )


def signatures_anonymise_after_closing(*, now: datetime) -> int:
    """Erase the email address of every signature on a statement closed longer ago than
    UNDERSIGNED_EMAIL_RETENTION_DAYS, here and in the audit entries about it. The public list keeps its
    lines; withdrawing or erasing still works from the links, which name the signature, not the address."""
    cutoff = now - timedelta(days=settings.UNDERSIGNED_EMAIL_RETENTION_DAYS)
    due = Signature.objects.filter(statement__in=statements_closed_before(cutoff)).exclude(email="")
    signatures = list(due.only("pk", "statement_id", "email"))
    if not signatures:
        return 0
    ids = [signature.pk for signature in signatures]
    audit_entries_scrub(
        object_type=_OBJECT_TYPE, values_by_id={s.pk: [s.email] for s in signatures}, keys=["email"]
    )
    Signature.objects.filter(pk__in=ids).update(email="", updated_at=now)
    log_actions(signatures, "signature.email_anonymised", via="retention")
    return len(ids)


def signatures_expire_pending(*, now: datetime) -> int:
    """Remove sign-ons still pending UNDERSIGNED_PENDING_EXPIRY_DAYS after their last confirmation link
    (the sign-on, an edit, a reminder or a resent link). Sign-ons without an address wait for a
    coordinator to record the confirmation and stay. Each statement's trail gets one entry with the count;
    what earlier entries held of these people is scrubbed."""
    cutoff = now - timedelta(days=settings.UNDERSIGNED_PENDING_EXPIRY_DAYS)
    resent = AuditEntry.objects.filter(
        object_type=_OBJECT_TYPE, action="signature.confirmation_resent", created_at__gt=cutoff
    ).values_list("object_id", flat=True)
    due = (
        Signature.objects.filter(status=Signature.Status.PENDING, updated_at__lte=cutoff)
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lte=cutoff))
        .exclude(email="")
        .exclude(pk__in=[int(object_id) for object_id in resent])
    )
    expired = list(due.select_related("statement"))
    audit_entries_scrub(
        object_type=_OBJECT_TYPE,
        values_by_id={s.pk: [getattr(s, name) for name in PERSONAL_FIELDS] for s in expired},
        keys=PERSONAL_FIELDS,
    )
    log_actions(expired, "signature.expired", via="housekeeping")
    by_statement: dict[Statement, int] = {}
    for signature in expired:
        by_statement[signature.statement] = by_statement.get(signature.statement, 0) + 1
    Signature.objects.filter(pk__in=[signature.pk for signature in expired]).delete()
    for statement, count in by_statement.items():
        statement.log_action("signatures.pending_expired", via="housekeeping", data={"count": count})
        list_changed(statement_id=statement.pk)
    return len(expired)
