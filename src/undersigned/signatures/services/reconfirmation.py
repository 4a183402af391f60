"""Reconfirmation: after a new text, signers of an earlier one are asked to endorse today's text."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from undersigned.signatures import tasks
from undersigned.signatures.models import ReconfirmationRun, Signature
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.selectors import WITHDRAWABLE, reconfirmation_audience
from undersigned.signatures.services._lists import list_changed
from undersigned.signatures.services.confirmation import signature_link_organization
from undersigned.signatures.tokens import new_nonce, read_reconfirm_token
from undersigned.statements.models import Statement


def signatures_request_reconfirmation(
    *, statement: Statement, version, user=None
) -> ReconfirmationRun | None:
    """After a new text is published: unless it is a minor correction, start a sending run (in the caller's
    transaction: the task table is in the same database, so no version, no emails). The worker asks
    confirmed signers to reconfirm and sends pending sign-ons the new text to confirm, in batches the
    owner can stop. Either way the list's count and revision change."""
    run = None
    if not version.minor:
        # A sending about an older text still in progress would ask about a text no longer current, and the
        # new run asks everyone again: it stops.
        ReconfirmationRun.objects.filter(statement=statement, status=ReconfirmationRun.Status.SENDING).update(
            status=ReconfirmationRun.Status.STOPPED, stopped_at=timezone.now()
        )
        # Counted before the list bookkeeping: every signature is of an earlier text at this point.
        run = ReconfirmationRun(statement=statement, version=version, **reconfirmation_audience(statement))
        run.full_clean()
        run.save()
        run.log_action(
            "reconfirmation.started",
            user=user,
            data={"version": version.number, "to_reconfirm": run.to_reconfirm, "to_confirm": run.to_confirm},
        )
        tasks.send_reconfirmation_run.enqueue(run.pk)
    list_changed(statement_id=statement.pk)
    return run


def reconfirmation_run_planned(*, run: ReconfirmationRun, batches: int) -> None:
    run.batches_total = batches
    fields = ["batches_total"]
    if batches == 0 and run.status == ReconfirmationRun.Status.SENDING:
        run.status = ReconfirmationRun.Status.DONE
        fields.append("status")
    run.save(update_fields=fields)


def reconfirmation_batch_done(*, run_id: int, sent: int, skipped: int, batches: int = 1) -> None:
    """Counts a batch in; the last one marks a run that was not stopped as sent."""
    with transaction.atomic():
        ReconfirmationRun.objects.filter(pk=run_id).update(
            batches_done=F("batches_done") + batches,
            emails_sent=F("emails_sent") + sent,
            emails_skipped=F("emails_skipped") + skipped,
        )
        ReconfirmationRun.objects.filter(
            pk=run_id, status=ReconfirmationRun.Status.SENDING, batches_done__gte=F("batches_total")
        ).update(status=ReconfirmationRun.Status.DONE)


def reconfirmation_run_stop(*, run: ReconfirmationRun, user=None) -> bool:
    """Stop a sending in progress: batches not sent yet are skipped. False if it had already ended."""
    stopped = ReconfirmationRun.objects.filter(pk=run.pk, status=ReconfirmationRun.Status.SENDING).update(
        status=ReconfirmationRun.Status.STOPPED, stopped_at=timezone.now()
    )
    run.refresh_from_db()
    if stopped:
        run.log_action("reconfirmation.stopped", user=user, data={"version": run.version.number})
    return bool(stopped)


def signature_renew_pending(*, signature: Signature) -> Signature:
    """A sign-on still pending when the text changed: it now awaits confirmation of the new text, and the
    link sent for the old text stops working (a fresh one is sent with the new text)."""
    with transaction.atomic():
        previous = signature.version.number
        signature.version = signature.statement.current_version
        signature.confirmation_nonce = new_nonce()
        signature.save(update_fields=["version", "confirmation_nonce", "updated_at"])
        signature.log_action(
            "signature.confirmation_renewed",
            via="new version",
            data={"from_version": previous, "to_version": signature.version.number},
        )
    return signature


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
    if signature.status == Signature.Status.PENDING:
        # Never confirmed: the first email promised nothing would be published without confirmation.
        return ReconfirmCheck(signature, version_number, LinkProblem.NOT_CONFIRMED)
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
    """A confirmed signer endorses today's text. A pending sign-on is never confirmed by this: it is
    sent the new text to confirm instead (signature_renew_pending)."""
    if signature.status != Signature.Status.CONFIRMED:
        raise ValueError("Only a confirmed signature can be reconfirmed.")
    with transaction.atomic():
        previous = signature.version.number
        signature.version = signature.statement.current_version
        signature.reconfirmed_at = timezone.now()
        signature.save(update_fields=["version", "reconfirmed_at", "updated_at"])
        signature.log_action(
            "signature.reconfirmed",
            user=user,
            via=via,
            data={"from_version": previous, "to_version": signature.version.number},
        )
        signature_link_organization(signature=signature, user=user, via=via)
        list_changed(statement_id=signature.statement_id)
    return signature
