from django.conf import settings
from django.urls import reverse

from undersigned.common import emails
from undersigned.common.tasks import task
from undersigned.signatures import services
from undersigned.signatures.models import Signature
from undersigned.signatures.selectors import WITHDRAWABLE, signatures_needing_reconfirmation
from undersigned.signatures.tokens import make_reconfirm_token, make_token, make_withdraw_token
from undersigned.statements.diff import word_diff
from undersigned.statements.models import Statement


def withdraw_url(signature) -> str:
    path = reverse(
        "signatures:withdraw",
        kwargs={"slug": signature.statement.slug, "token": make_withdraw_token(signature)},
    )
    return settings.SITE_URL + path


@task()
def send_confirmation_email(signature_id: int) -> None:
    """Runs in the worker: the request only stored the signature and queued this."""
    signature = Signature.objects.select_related("statement").filter(pk=signature_id).first()
    if signature is None or signature.status != Signature.Status.PENDING or not signature.email:
        return
    path = reverse(
        "signatures:confirm", kwargs={"slug": signature.statement.slug, "token": make_token(signature)}
    )
    emails.send(
        "signatures/emails/confirm-signature",
        to=signature.email,
        context={
            "signature": signature,
            "statement": signature.statement,
            "confirm_url": settings.SITE_URL + path,
            "withdraw_url": withdraw_url(signature),
            "max_age_days": settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS,
        },
    )


@task()
def send_sign_on_notice(signature_id: int, result: str) -> None:
    """Someone signed again with this address: tell its owner whether it was already on the list
    ("already_confirmed") or declined by the organizers ("not_accepted")."""
    signature = Signature.objects.select_related("statement").filter(pk=signature_id).first()
    if signature is None or not signature.email:
        return
    confirmed = signature.status == Signature.Status.CONFIRMED
    emails.send(
        "signatures/emails/sign-on-notice",
        to=signature.email,
        context={
            "signature": signature,
            "statement": signature.statement,
            "result": result,
            "statement_url": settings.SITE_URL + signature.statement.get_absolute_url(),
            "withdraw_url": withdraw_url(signature) if confirmed else "",
        },
    )


@task()
def scrub_withdrawn_signature(signature_id: int) -> None:
    """Queued at withdrawal to run after the retention period; the sweep finds any that are due."""
    # The services package queues this task, so it is looked up when the task runs, not at import.
    services.signatures_scrub_withdrawn()


@task()
def send_reconfirmation_requests(statement_id: int) -> None:
    """Fan out one email per signer of an earlier text, so a failed address does not stop the rest."""
    statement = Statement.objects.filter(pk=statement_id).first()
    if statement is None:
        return
    for signature_id in signatures_needing_reconfirmation(statement).values_list("pk", flat=True):
        send_reconfirmation_email.enqueue(signature_id)


@task()
def send_reconfirmation_email(signature_id: int) -> None:
    signature = Signature.objects.select_related("statement", "version").filter(pk=signature_id).first()
    if signature is None or signature.status not in WITHDRAWABLE or not signature.email:
        return
    statement = signature.statement
    current = statement.current_version
    if signature.version.number >= statement.baseline_version_number():
        return  # reconfirmed (or re-signed) since the request was queued
    path = reverse(
        "signatures:reconfirm",
        kwargs={"slug": statement.slug, "token": make_reconfirm_token(signature, current.number)},
    )
    diff = word_diff(signature.version.text, current.text)
    emails.send(
        "signatures/emails/reconfirm-signature",
        to=signature.email,
        context={
            "signature": signature,
            "statement": statement,
            "old_version": signature.version,
            "new_version": current,
            "diff_text": diff.as_text(),
            "diff_html": diff.as_html(),
            "reconfirm_url": settings.SITE_URL + path,
            "withdraw_url": withdraw_url(signature),
            "hidden_until_reconfirmed": statement.earlier_versions == statement.EarlierVersions.HIDE,
        },
    )
