from dataclasses import dataclass

from django.db.models import Q, QuerySet

from undersigned.delivery.models import Delivery, Mailing, Recipient
from undersigned.statements.models import Statement


def recipient_list(*, statement: Statement, user) -> QuerySet[Recipient]:
    """The statement's own recipients and the user's reusable ones."""
    return Recipient.objects.filter(Q(statement=statement) | Q(statement__isnull=True, owner=user))


@dataclass(frozen=True)
class PlannedEmail:
    recipient: Recipient
    send: bool
    already_sent_at: object  # datetime of the earlier delivery of this version, or None


def mailing_plan(mailing: Mailing) -> list[PlannedEmail]:
    """Who gets an email when the mailing is sent. A recipient who already received this version
    of the statement is skipped unless the owner asked to send again."""
    recipients = list(mailing.recipients.all())
    earlier = {
        email.lower(): sent_at
        for email, sent_at in Delivery.objects.filter(
            statement=mailing.statement, version=mailing.version, status=Delivery.Status.SENT,
            email__in=[r.email for r in recipients],
        ).exclude(mailing=mailing).values_list("email", "sent_at")
    }  # fmt: skip
    return [
        PlannedEmail(
            r,
            send=mailing.resend or r.email.lower() not in earlier,
            already_sent_at=earlier.get(r.email.lower()),
        )
        for r in recipients
    ]


def delivery_counts(mailing: Mailing) -> dict[str, int]:
    counts = dict.fromkeys(Delivery.Status.values, 0)
    for status in mailing.deliveries.values_list("status", flat=True):
        counts[status] += 1
    return counts


def deliveries_failed(statement: Statement) -> QuerySet[Delivery]:
    """Emails to recipients that failed for good (a retry is the owner's call), newest first."""
    return (
        Delivery.objects.filter(statement=statement, status=Delivery.Status.FAILED)
        .select_related("mailing")
        .order_by("-updated_at")
    )
