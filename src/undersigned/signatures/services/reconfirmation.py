"""Reconfirmation: after a new text, signers of an earlier one are asked to endorse today's text."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from undersigned.signatures import tasks
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.selectors import WITHDRAWABLE
from undersigned.signatures.services._lists import list_changed
from undersigned.signatures.services.confirmation import signature_link_organization
from undersigned.signatures.tokens import read_reconfirm_token
from undersigned.statements.models import Statement


def signatures_request_reconfirmation(*, statement: Statement, version) -> None:
    """After a new text is published: unless it is a minor correction, queue the emails asking earlier
    signers to reconfirm (in the caller's transaction: the task table is in the same database, so no
    version, no emails); either way the list's count and revision change."""
    if not version.minor:
        tasks.send_reconfirmation_requests.enqueue(statement.pk)
    list_changed(statement_id=statement.pk)


@dataclass(frozen=True)
class ReconfirmCheck:
    signature: Signature | None
    version_number: int | None
    problem: LinkProblem | None


def signature_check_reconfirm(*, statement: Statement, token: str) -> ReconfirmCheck:
    payload = read_reconfirm_token(token)
    signature = None
    if payload:
        signature = (
            Signature.objects.select_related("version").filter(pk=payload[0], statement=statement).first()
        )
    if signature is None:
        return ReconfirmCheck(None, None, LinkProblem.INVALID)
    version_number = payload[1]
    baseline = statement.baseline_version_number()
    if signature.status not in WITHDRAWABLE:
        return ReconfirmCheck(signature, version_number, LinkProblem.NOT_ACTIVE)
    if signature.version.number >= baseline:
        return ReconfirmCheck(signature, version_number, LinkProblem.NOT_NEEDED)
    if version_number < baseline:
        # The text changed again after this request; a newer email asks about the newer text.
        return ReconfirmCheck(signature, version_number, LinkProblem.STALE)
    return ReconfirmCheck(signature, version_number, None)


def signature_reconfirm_by_token(*, statement: Statement, token: str) -> ReconfirmCheck:
    with transaction.atomic():
        check = signature_check_reconfirm(statement=statement, token=token)
        if check.problem is None:
            signature_reconfirm(signature=check.signature, via="email link")
    return check


def signature_reconfirm(*, signature: Signature, user=None, via: str = "email link") -> Signature:
    """The signer endorses today's text. A pending sign-on is confirmed by this too: the signer has
    answered from their own address."""
    with transaction.atomic():
        previous = signature.version.number
        now = timezone.now()
        signature.version = signature.statement.current_version
        signature.reconfirmed_at = now
        fields = ["version", "reconfirmed_at", "updated_at"]
        if signature.status == Signature.Status.PENDING:
            signature.status, signature.confirmed_at, signature.confirmation_nonce = (
                Signature.Status.CONFIRMED,
                now,
                "",
            )
            fields += ["status", "confirmed_at", "confirmation_nonce"]
        signature.save(update_fields=fields)
        signature.log_action(
            "signature.reconfirmed",
            user=user,
            via=via,
            data={"from_version": previous, "to_version": signature.version.number},
        )
        signature_link_organization(signature=signature, user=user, via=via)
        list_changed(statement_id=signature.statement_id)
    return signature
