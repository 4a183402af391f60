"""Every change to a signature goes through these functions; each logs what it did."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from undersigned.signatures.models import Signature
from undersigned.signatures.tasks import send_confirmation_email
from undersigned.signatures.tokens import new_nonce, read_token
from undersigned.statements.models import Statement


def normalize_email(email: str) -> str:
    """`" Ana@Example.ORG "` -> `"ana@example.org"`: one person, one address, one signature."""
    return (email or "").strip().lower()


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
        return _sign_again(existing, kind=kind, user=user, **fields)
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
        return _sign_again(existing, kind=kind, user=user, **fields)
    return SignOutcome(signature, "created")


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


def signature_confirm(*, signature: Signature, user=None, via: str = "admin") -> Signature:
    with transaction.atomic():
        signature.status = Signature.Status.CONFIRMED
        signature.confirmed_at = timezone.now()
        signature.confirmation_nonce = ""  # the link is spent
        signature.save(update_fields=["status", "confirmed_at", "confirmation_nonce", "updated_at"])
        signature.log_action("signature.confirmed", user=user, via=via)
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
    change = {Signature.Status.CONFIRMED: signature_confirm, Signature.Status.REJECTED: signature_reject}[status]
    changed = 0
    for signature in signatures.exclude(status=status):
        change(signature=signature, user=user, via=via)
        changed += 1
    return changed


def statement_list_changed(*, statement_id: int) -> None:
    """Recount confirmed signatures and bump the list revision that caches and exports key on."""
    counts = Signature.objects.filter(statement_id=statement_id).aggregate(
        confirmed=Count("pk", filter=Q(status=Signature.Status.CONFIRMED))
    )
    Statement.objects.filter(pk=statement_id).update(
        confirmed_count=counts["confirmed"], list_revision=F("list_revision") + 1
    )
