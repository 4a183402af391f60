"""Every change to a signature goes through these functions; each logs what it did."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from undersigned.common.emails import normalize_email
from undersigned.signatures.models import Signature
from undersigned.signatures.tasks import scrub_withdrawn_signature, send_confirmation_email
from undersigned.signatures.tokens import new_nonce, read_reconfirm_token, read_token, read_withdraw_token
from undersigned.statements.models import Statement


@dataclass(frozen=True)
class SignOutcome:
    signature: Signature
    # "created", "resent", "already_confirmed" or "not_accepted" (rejected earlier by the organizers)
    result: str


def signature_create(
    *, statement: Statement, email: str, kind: str, source: str = Signature.Source.WEB, user=None, **fields
) -> SignOutcome:
    """Store a pending signature and queue its confirmation email in one transaction.

    A second sign-on with the same address creates nothing new: a pending one gets its
    confirmation again, a confirmed one is reported as such, a withdrawn one signs afresh.
    """
    email = normalize_email(email)
    existing = Signature.objects.filter(statement=statement, email=email).first() if email else None
    if existing is not None:
        return _tell_the_address(_sign_again(existing, kind=kind, user=user, **fields), source=source)
    signature = Signature(
        statement=statement,
        version=statement.current_version,
        email=email,
        kind=kind,
        source=source,
        confirmation_nonce=new_nonce(),
        **fields,
    )
    signature.full_clean()
    try:
        with transaction.atomic():
            signature.save()
            signature.log_action("signature.created", user=user, via=source)
            if email:
                send_confirmation_email.enqueue(signature.pk)
    except IntegrityError:
        # Two submissions raced past the lookup above; the database kept exactly one.
        existing = Signature.objects.get(statement=statement, email=email)
        return _tell_the_address(_sign_again(existing, kind=kind, user=user, **fields), source=source)
    return SignOutcome(signature, "created")


def _tell_the_address(outcome: SignOutcome, *, source: str) -> SignOutcome:
    """A public sign-on page answers every address alike ("check your email"), so no one learns there
    whether an address signed; what happened goes by email to the address itself. (A pending or
    withdrawn one already gets its confirmation link again.) Coordinators see the outcome themselves."""
    from undersigned.signatures.tasks import send_sign_on_notice

    public = source in (Signature.Source.WEB, Signature.Source.INVITATION)
    if public and outcome.result in ("already_confirmed", "not_accepted"):
        send_sign_on_notice.enqueue(outcome.signature.pk, outcome.result)
    return outcome


def _sign_again(signature: Signature, *, kind: str, user=None, **fields) -> SignOutcome:
    if signature.status == Signature.Status.CONFIRMED:
        return SignOutcome(signature, "already_confirmed")
    if signature.status == Signature.Status.REJECTED:
        return SignOutcome(signature, "not_accepted")
    with transaction.atomic():
        if signature.status == Signature.Status.WITHDRAWN:
            # Signing again after withdrawing is a new endorsement of today's text.
            for name, value in fields.items():
                setattr(signature, name, value)
            signature.kind = kind
            signature.version = signature.statement.current_version
            signature.status = Signature.Status.PENDING
            signature.withdrawn_at = None
            signature.verified = False
            signature.confirmation_nonce = new_nonce()
            signature.full_clean()
            signature.save()
        signature.log_action("signature.confirmation_resent", user=user)
        send_confirmation_email.enqueue(signature.pk)
    return SignOutcome(signature, "resent")


@dataclass(frozen=True)
class ConfirmCheck:
    signature: Signature | None
    problem: str | None  # None, "invalid", "expired", "used", "already_confirmed", "not_pending"


def signature_check_token(*, statement: Statement, token: str) -> ConfirmCheck:
    """Look at a confirmation link without changing anything (GET requests use only this)."""
    check = read_token(token)
    if check.problem:
        return ConfirmCheck(None, check.problem)
    signature = Signature.objects.filter(pk=check.signature_id, statement=statement).first()
    if signature is None:
        return ConfirmCheck(None, "invalid")
    if signature.status == Signature.Status.CONFIRMED:
        return ConfirmCheck(signature, "already_confirmed")
    if signature.status != Signature.Status.PENDING:
        return ConfirmCheck(signature, "not_pending")
    if not signature.confirmation_nonce or signature.confirmation_nonce != check.nonce:
        return ConfirmCheck(signature, "used")
    return ConfirmCheck(signature, None)


def signature_confirm_by_token(*, statement: Statement, token: str) -> ConfirmCheck:
    with transaction.atomic():
        check = signature_check_token(statement=statement, token=token)
        if check.problem is None:
            signature_confirm(signature=check.signature, via="email link")
    return check


def signature_confirm(
    *, signature: Signature, user=None, via: str = "admin", data: dict | None = None
) -> Signature:
    """`data` documents how the confirmation was obtained when it did not come by email link
    (a coordinator's call, a letter); it is kept in the audit trail."""
    from undersigned.coalitions.services import organization_link_signature

    with transaction.atomic():
        signature.status = Signature.Status.CONFIRMED
        signature.confirmed_at = timezone.now()
        signature.confirmation_nonce = ""  # the link is spent
        signature.save(update_fields=["status", "confirmed_at", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.confirmed", user=user, via=via, data=data)
        # A confirmed organization sign-on always points at the shared organization record.
        organization_link_signature(signature=signature, user=user, via=via)
        statement_list_changed(statement_id=signature.statement_id)
    return signature


def signature_reject(*, signature: Signature, user=None, via: str = "admin") -> Signature:
    with transaction.atomic():
        signature.status = Signature.Status.REJECTED
        signature.confirmation_nonce = ""
        signature.save(update_fields=["status", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.rejected", user=user, via=via)
        statement_list_changed(statement_id=signature.statement_id)
    return signature


def signatures_set_status(*, signatures, status: str, user=None, via: str = "admin") -> int:
    """Bulk confirm or reject (the admin's actions); returns how many changed."""
    change = {Signature.Status.CONFIRMED: signature_confirm, Signature.Status.REJECTED: signature_reject}[
        status
    ]
    changed = 0
    for signature in signatures.exclude(status=status):
        change(signature=signature, user=user, via=via)
        changed += 1
    return changed


def statement_list_changed(*, statement_id: int) -> None:
    """Recount confirmed signatures and bump the list revision that caches and exports key on.

    When the statement hides signers of an earlier text until they reconfirm, they are not counted either:
    the count always matches what the public list can show.
    """
    statement = Statement.objects.get(pk=statement_id)
    counted = Q(status=Signature.Status.CONFIRMED)
    if statement.earlier_versions == Statement.EarlierVersions.HIDE:
        counted &= Q(version__number__gte=statement.baseline_version_number())
    counts = Signature.objects.filter(statement_id=statement_id).aggregate(
        confirmed=Count("pk", filter=counted)
    )
    Statement.objects.filter(pk=statement_id).update(
        confirmed_count=counts["confirmed"], list_revision=F("list_revision") + 1
    )


# Withdrawal ---------------------------------------------------------------------------------------

WITHDRAWABLE = (Signature.Status.PENDING, Signature.Status.CONFIRMED)


def signature_check_withdraw(*, statement: Statement, token: str) -> tuple[Signature | None, str | None]:
    """(signature, problem) for a withdrawal link; problem is None, "invalid", "withdrawn" or "not_active"."""
    signature_id = read_withdraw_token(token)
    signature = (
        Signature.objects.filter(pk=signature_id, statement=statement).first() if signature_id else None
    )
    if signature is None:
        return None, "invalid"
    if signature.status == Signature.Status.WITHDRAWN:
        return signature, "withdrawn"
    if signature.status not in WITHDRAWABLE:
        return signature, "not_active"
    return signature, None


def signature_withdraw(*, signature: Signature, user=None, via: str = "email link") -> Signature:
    """Take a signature off the list at once (numbers close up). The record stays for the audit trail;
    its email address is removed after the retention period by a task queued here."""
    if signature.status == Signature.Status.WITHDRAWN:
        return signature
    with transaction.atomic():
        previous = signature.status
        signature.status = Signature.Status.WITHDRAWN
        signature.withdrawn_at = timezone.now()
        signature.confirmation_nonce = ""
        signature.save(update_fields=["status", "withdrawn_at", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.withdrawn", user=user, via=via, data={"from": previous})
        statement_list_changed(statement_id=signature.statement_id)
        scrub_withdrawn_signature.using(run_after=signature.withdrawn_at + retention_period()).enqueue(
            signature.pk
        )
    return signature


def retention_period() -> timedelta:
    return timedelta(days=getattr(settings, "UNDERSIGNED_WITHDRAWN_RETENTION_DAYS", 30))


def signatures_scrub_withdrawn(*, now=None) -> int:
    """Remove the email address of signatures withdrawn longer ago than the retention period.
    Returns how many were scrubbed. Run by `undersigned manage scrub_withdrawn` and the queued task."""
    cutoff = (now or timezone.now()) - retention_period()
    scrubbed = 0
    for signature in Signature.objects.filter(
        status=Signature.Status.WITHDRAWN, withdrawn_at__lte=cutoff
    ).exclude(email=""):
        signature.email = ""
        signature.save(update_fields=["email", "updated_at"])
        signature.log_action("signature.email_scrubbed", via="retention")
        scrubbed += 1
    return scrubbed


# Verification by a coordinator --------------------------------------------------------------------


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
        statement_list_changed(statement_id=signature.statement_id)
    return signature


# Reconfirmation of signers of an earlier text ------------------------------------------------------


def signatures_needing_reconfirmation(statement: Statement):
    """Signers (confirmed, or still pending) of a version older than the statement's baseline."""
    return Signature.objects.filter(
        statement=statement,
        status__in=WITHDRAWABLE,
        version__number__lt=statement.baseline_version_number(),
    ).exclude(email="")


@dataclass(frozen=True)
class ReconfirmCheck:
    signature: Signature | None
    version_number: int | None
    problem: str | None  # None, "invalid", "not_needed", "stale", "not_active"


def signature_check_reconfirm(*, statement: Statement, token: str) -> ReconfirmCheck:
    payload = read_reconfirm_token(token)
    signature = None
    if payload:
        signature = (
            Signature.objects.select_related("version").filter(pk=payload[0], statement=statement).first()
        )
    if signature is None:
        return ReconfirmCheck(None, None, "invalid")
    version_number = payload[1]
    baseline = statement.baseline_version_number()
    if signature.status not in WITHDRAWABLE:
        return ReconfirmCheck(signature, version_number, "not_active")
    if signature.version.number >= baseline:
        return ReconfirmCheck(signature, version_number, "not_needed")
    if version_number < baseline:
        # The text changed again after this request; a newer email asks about the newer text.
        return ReconfirmCheck(signature, version_number, "stale")
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
        from undersigned.coalitions.services import organization_link_signature

        organization_link_signature(signature=signature, user=user, via=via)
        statement_list_changed(statement_id=signature.statement_id)
    return signature
