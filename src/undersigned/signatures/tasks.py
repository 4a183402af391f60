from django.conf import settings
from django.urls import reverse

from undersigned.common import emails
from undersigned.common.languages import interface_language
from undersigned.common.tasks import task
from undersigned.signatures import services
from undersigned.signatures.models import ReconfirmationRun, Signature
from undersigned.signatures.selectors import signatures_needing_reconfirmation
from undersigned.signatures.tokens import (
    make_privacy_token,
    make_reconfirm_token,
    make_token,
    make_withdraw_token,
)
from undersigned.statements.diff import readable_word_diff, word_diff

# How many emails one task sends; between batches the owner can stop the sending.
RECONFIRMATION_BATCH_SIZE = 100


def withdraw_url(signature) -> str:
    path = reverse(
        "signatures:withdraw",
        kwargs={"slug": signature.statement.slug, "token": make_withdraw_token(signature)},
    )
    return settings.SITE_URL + path


def privacy_url(signature) -> str:
    """Every email to a signer carries it: what is stored about them, to download or erase."""
    path = reverse(
        "signatures:privacy",
        kwargs={"slug": signature.statement.slug, "token": make_privacy_token(signature)},
    )
    return settings.SITE_URL + path


def email_language(signature) -> str:
    """The language of the emails a signer gets: the one they read the statement in, when the interface
    speaks it, else the statement's own (the language of the text the emails quote) when the interface
    speaks that, else the site's default."""
    if signature.language and interface_language(signature.language) == signature.language:
        return signature.language
    # An Arabic original: there is no Arabic catalogue, so the site's default, never a half-English "ar".
    return interface_language(signature.statement.language)


@task()
def send_confirmation_email(signature_id: int) -> None:
    """Runs in the worker: the request only stored the signature and queued this."""
    signature = Signature.objects.select_related("statement").filter(pk=signature_id).first()
    if signature is None or not signature.email:
        return
    # A pending sign-on, or a withdrawn one signed again, whose owner confirms the proposal.
    awaiting_owner = signature.status == Signature.Status.WITHDRAWN and signature.proposal is not None
    if signature.status == Signature.Status.PENDING or awaiting_owner:
        _send_confirmation(signature)


@task()
def send_reminders(signature_ids: list[int]) -> None:
    """The confirmation link once more, for sign-ons still pending; one that confirmed meanwhile is skipped."""
    pending = Signature.objects.select_related("statement", "version").filter(
        pk__in=signature_ids, status=Signature.Status.PENDING
    )
    for signature in pending.exclude(email=""):
        _send_confirmation(signature, reminder=True)


def _send_confirmation(signature, *, text_changed: bool = False, reminder: bool = False) -> None:
    path = reverse(
        "signatures:confirm", kwargs={"slug": signature.statement.slug, "token": make_token(signature)}
    )
    emails.send(
        "signatures/emails/confirm-signature",
        to=signature.email,
        language=email_language(signature),
        context={
            "signature": signature.proposed(),  # what confirming puts on the list
            "statement": signature.statement,
            "confirm_url": settings.SITE_URL + path,
            "withdraw_url": withdraw_url(signature),
            "privacy_url": privacy_url(signature),
            "max_age_days": settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS,
            "text_changed": text_changed,
            "reminder": reminder,
            "version": signature.version,
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
        language=email_language(signature),
        context={
            "signature": signature,
            "statement": signature.statement,
            "result": result,
            "statement_url": settings.SITE_URL + signature.statement.get_absolute_url(),
            "withdraw_url": withdraw_url(signature) if confirmed else "",
            "privacy_url": privacy_url(signature),
        },
    )


@task()
def scrub_withdrawn_signature(signature_id: int) -> None:
    """Kept for tasks queued at withdrawal before the daily housekeeping took this over."""
    # The services package queues this task, so it is looked up when the task runs, not at import.
    services.signatures_scrub_withdrawn()


@task()
def send_reconfirmation_run(run_id: int) -> None:
    """Split a sending into batches, one task each, so the owner can stop it between batches and a
    failed address does not stop the rest."""
    run = ReconfirmationRun.objects.select_related("statement").filter(pk=run_id).first()
    if run is None:
        return
    ids = list(signatures_needing_reconfirmation(run.statement).order_by("pk").values_list("pk", flat=True))
    if run.status == ReconfirmationRun.Status.STOPPED:
        services.reconfirmation_batch_done(run_id=run.pk, sent=0, skipped=len(ids), batches=0)
        return
    batches = [ids[i : i + RECONFIRMATION_BATCH_SIZE] for i in range(0, len(ids), RECONFIRMATION_BATCH_SIZE)]
    services.reconfirmation_run_planned(run=run, batches=len(batches))
    for batch in batches:
        send_reconfirmation_batch.enqueue(run.pk, batch)


@task()
def send_reconfirmation_batch(run_id: int, signature_ids: list[int]) -> None:
    """Confirmed signers are asked to reconfirm; pending sign-ons get the new text to confirm. Nothing is
    sent once the run is stopped."""
    run = ReconfirmationRun.objects.filter(pk=run_id).first()
    if run is None:
        return
    if run.status == ReconfirmationRun.Status.STOPPED:
        services.reconfirmation_batch_done(run_id=run_id, sent=0, skipped=len(signature_ids))
        return
    sent = 0
    for signature in Signature.objects.select_related("statement", "version").filter(pk__in=signature_ids):
        if signature.status == Signature.Status.PENDING and signature.email:
            signature = services.signature_renew_pending(signature=signature)
            _send_confirmation(signature, text_changed=True)
            sent += 1
        elif _send_reconfirmation(signature):
            sent += 1
    services.reconfirmation_batch_done(run_id=run_id, sent=sent, skipped=len(signature_ids) - sent)


@task()
def send_reconfirmation_email(signature_id: int) -> None:
    signature = Signature.objects.select_related("statement", "version").filter(pk=signature_id).first()
    if signature is not None:
        _send_reconfirmation(signature)


def _send_reconfirmation(signature) -> bool:
    if signature.status != Signature.Status.CONFIRMED or not signature.email:
        return False
    statement = signature.statement
    current = statement.current_version
    if signature.version.number >= statement.baseline_version_number():
        return False  # reconfirmed (or re-signed) since the request was queued
    path = reverse(
        "signatures:reconfirm",
        kwargs={"slug": statement.slug, "token": make_reconfirm_token(signature, current.number)},
    )
    diff = word_diff(signature.version.text, current.text)
    emails.send(
        "signatures/emails/reconfirm-signature",
        to=signature.email,
        language=email_language(signature),
        context={
            "signature": signature,
            "statement": statement,
            "old_version": signature.version,
            "new_version": current,
            "diff_text": readable_word_diff(signature.version.text, current.text).as_text(),
            "diff_html": diff.as_formatted_html(),
            "reconfirm_url": settings.SITE_URL + path,
            "withdraw_url": withdraw_url(signature),
            "privacy_url": privacy_url(signature),
            "hidden_until_reconfirmed": statement.earlier_versions == statement.EarlierVersions.HIDE,
        },
    )
    return True
