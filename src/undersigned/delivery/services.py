"""Recipients, mailings and per-recipient deliveries. Emails leave only from the worker."""

import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from undersigned.common.emails import normalize_email, record_send
from undersigned.delivery.models import Delivery, Mailing, Recipient
from undersigned.delivery.selectors import mailing_plan
from undersigned.statements.models import Statement


def recipient_create(*, owner, statement: Statement | None, kind: str, name: str, email: str, user=None,
                     **fields) -> Recipient:  # fmt: skip
    recipient = Recipient(
        owner=owner, statement=statement, kind=kind, name=name, email=normalize_email(email), **fields
    )
    # The database's unique constraints decide duplicates (see below), reported on the email field.
    recipient.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            recipient.save()
            recipient.log_action("delivery.recipient_added", user=user, via="web",
                                 data={"kind": kind, "reusable": statement is None})  # fmt: skip
    except IntegrityError:
        raise ValidationError({"email": _("This address is already on the list.")}) from None
    return recipient


def recipients_import(*, owner, statement: Statement, rows, user=None) -> int:
    """Store the reviewed rows that have no problem, all at once; returns how many were added."""
    good = [row for row in rows if row.ok]
    try:
        with transaction.atomic():
            for row in good:
                recipient = Recipient(owner=owner, statement=statement, **row.recipient_fields())
                recipient.full_clean(validate_constraints=False)
                recipient.save()
            if good:
                statement.log_action(
                    "delivery.recipients_imported", user=user, via="csv", data={"count": len(good)}
                )
    except IntegrityError:
        # Someone added one of these addresses since the review; nothing was stored.
        raise ValidationError(
            _("An address in the file was added meanwhile. Please review the file again.")
        ) from None
    return len(good)


def recipient_delete(*, recipient: Recipient, user=None) -> None:
    with transaction.atomic():
        recipient.log_action(
            "delivery.recipient_removed", user=user, via="web", data={"email": recipient.email}
        )
        recipient.delete()


@transaction.atomic
def mailing_create(*, statement: Statement, subject: str, recipients, message: str = "", content: str = "pdf",
                   include_release: bool = False, resend: bool = False, user=None) -> Mailing:  # fmt: skip
    mailing = Mailing(
        statement=statement, version=statement.current_version, subject=subject, message=message, content=content,
        include_release=include_release, resend=resend, created_by=user if user and user.is_authenticated else None,
    )  # fmt: skip
    mailing.full_clean()
    mailing.save()
    mailing.recipients.set(recipients)
    mailing.log_action("delivery.mailing_created", user=user, via="web", data={"recipients": len(recipients)})
    return mailing


def mailing_send(*, mailing: Mailing, user=None) -> Mailing:
    """The second, deliberate step: one queued delivery per recipient, each sent by the worker."""
    from undersigned.delivery.tasks import send_delivery

    with transaction.atomic():
        mailing = Mailing.objects.select_for_update().get(pk=mailing.pk)
        if mailing.status != Mailing.Status.DRAFT:
            raise ValidationError(_("This mailing has already been sent."))
        if mailing.statement.current_version != mailing.version:
            raise ValidationError(
                _("The statement’s text changed after this preview. Please prepare a new mailing.")
            )
        queued = skipped = 0
        for planned in mailing_plan(mailing):
            r = planned.recipient
            delivery = Delivery.objects.create(
                mailing=mailing, statement=mailing.statement, version=mailing.version, recipient=r, name=r.name,
                email=r.email, salutation=r.salutation(),
                status=Delivery.Status.QUEUED if planned.send else Delivery.Status.SKIPPED,
                reason="" if planned.send else _("Already received version %(n)s.") % {"n": mailing.version.number},
            )  # fmt: skip
            if planned.send:
                send_delivery.enqueue(delivery.pk)
                queued += 1
            else:
                skipped += 1
        mailing.status = Mailing.Status.SENT
        mailing.sent_at = timezone.now()
        mailing.save(update_fields=["status", "sent_at"])
        mailing.log_action("delivery.mailing_sent", user=user, via="web",
                           data={"version": mailing.version.number, "queued": queued, "skipped": skipped})  # fmt: skip
    return mailing


def mailing_retry_failed(*, mailing: Mailing, user=None) -> int:
    """The owner asks to try failed deliveries again (e.g. after a full mailbox was emptied)."""
    from undersigned.delivery.tasks import send_delivery

    count = 0
    with transaction.atomic():
        for delivery in mailing.deliveries.select_for_update().filter(status=Delivery.Status.FAILED):
            delivery.status, delivery.reason, delivery.attempts = Delivery.Status.QUEUED, "", 0
            delivery.next_attempt_at = None
            delivery.save(update_fields=["status", "reason", "attempts", "next_attempt_at", "updated_at"])
            delivery.log_action("delivery.retry_requested", user=user, via="web")
            send_delivery.enqueue(delivery.pk)
            count += 1
    return count


def _classify(error: Exception) -> tuple[bool, str]:
    """(temporary?, reason). 4xx replies and lost connections are worth retrying; 5xx replies are not."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, message = next(iter(error.recipients.values()))
        return (
            400 <= code < 500,
            f"{code} {message.decode(errors='replace') if isinstance(message, bytes) else message}",
        )
    if isinstance(error, smtplib.SMTPResponseException):
        message = (
            error.smtp_error.decode(errors="replace")
            if isinstance(error.smtp_error, bytes)
            else error.smtp_error
        )
        return 400 <= error.smtp_code < 500, f"{error.smtp_code} {message}"
    if isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError)):
        return True, f"{type(error).__name__}: {error}"
    return False, f"{type(error).__name__}: {error}"


def delivery_send(*, delivery: Delivery) -> Delivery:
    """Runs in the worker: send one email and record what happened. Never raises for mail errors."""
    from undersigned.delivery.emails import delivery_message
    from undersigned.delivery.tasks import send_delivery

    if delivery.status != Delivery.Status.QUEUED:
        return delivery
    delivery.attempts += 1
    try:
        # Recorded first: run again after its worker died, this attempt is not sent a second time.
        if record_send(f"delivery:{delivery.pk}:{delivery.attempts}"):
            delivery_message(delivery).send()
    except Exception as error:  # every failure is recorded against the recipient, not lost in a traceback
        temporary, reason = _classify(error)
        if temporary and delivery.attempts < settings.UNDERSIGNED_DELIVERY_MAX_ATTEMPTS:
            delay = timedelta(
                seconds=settings.UNDERSIGNED_DELIVERY_RETRY_SECONDS * 2 ** (delivery.attempts - 1)
            )
            delivery.next_attempt_at = timezone.now() + delay
            delivery.reason = _("Temporary failure: %(reason)s") % {"reason": reason}
            delivery.save(update_fields=["attempts", "reason", "next_attempt_at", "updated_at"])
            delivery.log_action("delivery.retry_scheduled", via="worker",
                                data={"attempt": delivery.attempts, "reason": reason})  # fmt: skip
            send_delivery.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
            return delivery
        delivery.status = Delivery.Status.FAILED
        delivery.next_attempt_at = None
        gave_up = ngettext("Gave up after %(n)s attempt: %(reason)s", "Gave up after %(n)s attempts: %(reason)s",
                           delivery.attempts)  # fmt: skip
        delivery.reason = gave_up % {"n": delivery.attempts, "reason": reason} if temporary else reason
        delivery.save(update_fields=["status", "attempts", "reason", "next_attempt_at", "updated_at"])
        delivery.log_action(
            "delivery.failed", via="worker", data={"attempt": delivery.attempts, "reason": reason}
        )
        return delivery
    delivery.status = Delivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.reason = ""
    delivery.next_attempt_at = None
    delivery.save(update_fields=["status", "attempts", "sent_at", "reason", "next_attempt_at", "updated_at"])
    delivery.log_action(
        "delivery.sent", via="worker", data={"attempt": delivery.attempts, "version": delivery.version.number}
    )
    return delivery
