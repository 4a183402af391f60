"""Withdrawal: a signer takes their signature off the list, and their address is removed later."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from undersigned.audit.services import audit_entries_scrub
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.selectors import WITHDRAWABLE
from undersigned.signatures.services._lists import list_changed, list_left
from undersigned.signatures.tokens import read_withdraw_token
from undersigned.statements.models import Statement


def signature_check_withdraw(
    *, statement: Statement, token: str
) -> tuple[Signature | None, LinkProblem | None]:
    """(signature, problem) for a withdrawal link; problem is None or a LinkProblem."""
    signature_id = read_withdraw_token(token)
    signature = (
        Signature.objects.filter(pk=signature_id, statement=statement).first() if signature_id else None
    )
    if signature is None:
        return None, LinkProblem.INVALID
    if signature.status == Signature.Status.WITHDRAWN:
        return signature, LinkProblem.WITHDRAWN
    if signature.status not in WITHDRAWABLE:
        return signature, LinkProblem.NOT_ACTIVE
    return signature, None


def signature_withdraw(*, signature: Signature, user=None, via: str = "email link") -> Signature:
    """Take a signature off the list at once (numbers close up). The record stays for the audit trail;
    the daily housekeeping removes its email address after the retention period."""
    if signature.status == Signature.Status.WITHDRAWN:
        return signature
    with transaction.atomic():
        previous = signature.status
        signature.status = Signature.Status.WITHDRAWN
        signature.withdrawn_at = timezone.now()
        signature.confirmation_nonce = ""
        signature.save(update_fields=["status", "withdrawn_at", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.withdrawn", user=user, via=via, data={"from": previous})
        if previous == Signature.Status.CONFIRMED:
            list_left(statement_id=signature.statement_id)
        else:
            list_changed(statement_id=signature.statement_id)
    return signature


def retention_period() -> timedelta:
    return timedelta(days=settings.UNDERSIGNED_WITHDRAWN_RETENTION_DAYS)


def signatures_scrub_withdrawn(*, now=None) -> int:
    """Remove the email address of signatures withdrawn longer ago than the retention period.
    Returns how many were scrubbed. Run by the daily housekeeping and `undersigned manage scrub_withdrawn`."""
    cutoff = (now or timezone.now()) - retention_period()
    scrubbed = 0
    for signature in Signature.objects.filter(
        status=Signature.Status.WITHDRAWN, withdrawn_at__lte=cutoff
    ).exclude(email=""):
        audit_entries_scrub(
            object_type="signatures.signature", values_by_id={signature.pk: [signature.email]}, keys=["email"]
        )
        signature.email = ""
        # A proposal signed since waits for a link to this address; it lapses with the address.
        signature.proposal, signature.confirmation_nonce = None, ""
        signature.save(update_fields=["email", "proposal", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.email_scrubbed", via="retention")
        scrubbed += 1
    return scrubbed
