"""Confirming a sign-on (by its email link, by a coordinator's documented call, in the admin), rejecting
it, and the coordinator's verification of an organization's representative."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from undersigned.organizations.services import organization_get_or_create
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.services._changes import field_changes, field_values
from undersigned.signatures.services._lists import list_changed, list_joined, list_left
from undersigned.signatures.services.signing_again import signature_apply_proposal
from undersigned.signatures.tokens import read_token
from undersigned.statements.models import Statement


@dataclass(frozen=True)
class ConfirmCheck:
    signature: Signature | None
    problem: LinkProblem | None


def signature_check_token(*, statement: Statement, token: str) -> ConfirmCheck:
    """Look at a confirmation link without changing anything (GET requests use only this)."""
    check = read_token(token)
    if check.problem:
        return ConfirmCheck(None, check.problem)
    signature = Signature.objects.filter(pk=check.signature_id, statement=statement).first()
    if signature is None:
        return ConfirmCheck(None, LinkProblem.INVALID)
    if signature.status == Signature.Status.CONFIRMED:
        return ConfirmCheck(signature, LinkProblem.ALREADY_CONFIRMED)
    # A withdrawn sign-on signed again waits for its owner's link (signing_again.py).
    awaiting_owner = signature.status == Signature.Status.WITHDRAWN and signature.proposal is not None
    if signature.status != Signature.Status.PENDING and not awaiting_owner:
        return ConfirmCheck(signature, LinkProblem.NOT_PENDING)
    if not signature.confirmation_nonce or signature.confirmation_nonce != check.nonce:
        return ConfirmCheck(signature, LinkProblem.USED)
    return ConfirmCheck(signature, None)


def signature_confirm_by_token(*, statement: Statement, token: str) -> ConfirmCheck:
    with transaction.atomic():
        check = signature_check_token(statement=statement, token=token)
        if check.problem is None:
            if check.signature.proposal is not None:
                signature_apply_proposal(signature=check.signature, via="email link")
            signature_confirm(signature=check.signature, via="email link")
    return check


def signature_confirm(
    *, signature: Signature, user=None, via: str = "admin", data: dict | None = None
) -> Signature:
    """`data` documents how the confirmation was obtained when it did not come by email link
    (a coordinator's call, a letter); it is kept in the audit trail. A withdrawn sign-on signed again
    is confirmed only by its owner's email link, which applies the proposal first."""
    if signature.proposal is not None:
        raise ValidationError(
            _(
                "This sign-on was withdrawn and signed again; only the owner of its address can "
                "confirm it, from the emailed link."
            )
        )
    # No savepoint: nothing here catches an error, so a caller's transaction (the email link's) is enough.
    with transaction.atomic(savepoint=False):
        was_pending = signature.status == Signature.Status.PENDING
        signature.status = Signature.Status.CONFIRMED
        signature.confirmed_at = timezone.now()
        signature.confirmation_nonce = ""  # the link is spent
        signature.save(update_fields=["status", "confirmed_at", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.confirmed", user=user, via=via, data=data)
        # A confirmed organization sign-on always points at the shared organization record.
        signature_link_organization(signature=signature, user=user, via=via)
        if was_pending:
            list_joined(statement_id=signature.statement_id)
        else:  # confirmed again (a new confirmation time) or after a rejection: recount
            list_changed(statement_id=signature.statement_id)
    return signature


def signature_reject(*, signature: Signature, user=None, via: str = "admin") -> Signature:
    with transaction.atomic():
        was_confirmed = signature.status == Signature.Status.CONFIRMED
        signature.status = Signature.Status.REJECTED
        signature.confirmation_nonce = ""
        signature.save(update_fields=["status", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.rejected", user=user, via=via)
        if was_confirmed:
            list_left(statement_id=signature.statement_id)
        else:
            list_changed(statement_id=signature.statement_id)
    return signature


def signatures_set_status(*, signatures, status: str, user=None, via: str = "admin") -> int:
    """Bulk confirm or reject (the admin's actions); returns how many changed."""
    change = {Signature.Status.CONFIRMED: signature_confirm, Signature.Status.REJECTED: signature_reject}[
        status
    ]
    changed = 0
    # A withdrawn sign-on signed again waits for its owner; the admin's bulk action cannot confirm it.
    for signature in signatures.exclude(status=status).filter(proposal__isnull=True):
        change(signature=signature, user=user, via=via)
        changed += 1
    return changed


def signature_set_verified(
    *, signature: Signature, verified: bool, user=None, via: str = "coordinator", note: str = ""
) -> Signature:
    if signature.verified == verified:
        return signature
    with transaction.atomic():
        signature.verified = verified
        signature.save(update_fields=["verified", "updated_at"])
        action = "signature.verified" if verified else "signature.unverified"
        signature.log_action(action, user=user, via=via, data={"note": note} if note else None)
        list_changed(statement_id=signature.statement_id)
    return signature


def signature_link_organization(*, signature: Signature, user=None, via: str = "") -> None:
    """Point a confirmed organization sign-on at its shared record (the same name in the same country,
    or a new record). Individuals have none."""
    if not signature.is_organization or signature.organization_id:
        return
    before = field_values(signature, ["organization"])
    signature.organization = organization_get_or_create(
        name=signature.organization_name,
        country=signature.country,
        city=signature.city,
        user=user,
        via=via,
    )
    signature.save(update_fields=["organization", "updated_at"])
    signature.log_action(
        "signature.organization_linked",
        user=user,
        via=via,
        data={"changes": field_changes(before, signature)},
    )
