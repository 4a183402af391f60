"""Signing: a new sign-on, signing again, and stored sign-ons created or edited by people who may."""

from contextlib import nullcontext
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction

from undersigned.audit.services import log_actions
from undersigned.common.emails import normalize_email
from undersigned.signatures import tasks
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import SignResult
from undersigned.signatures.rules import ON_BEHALF, SIGNATORY_FIELDS, validate_signatory
from undersigned.signatures.services._changes import field_changes, field_values
from undersigned.signatures.services._lists import list_changed
from undersigned.signatures.services.follow_up import address_may_get_email
from undersigned.signatures.services.signing_again import refuse_outside_region, signature_propose
from undersigned.signatures.tokens import new_nonce
from undersigned.statements.models import Statement

_CHECKED_BY_THE_DATABASE = ["statement", "version", "organization", "invitation"]


@dataclass(frozen=True)
class SignOutcome:
    signature: Signature
    result: SignResult


def signature_create(
    *,
    statement: Statement,
    email: str,
    kind: str,
    source: str = Signature.Source.WEB,
    user=None,
    coordinator_countries: list[str] | None = None,
    **fields,
) -> SignOutcome:
    """Store a pending signature whose confirmation email goes out from the task worker. `fields` may
    name the partner site (`source_site`) whose embedded form took it.

    A member of the public (no `user`) costs one INSERT: the worker writes the audit entry and queues
    the email (follow_up.py). Someone entering it for others (a coordinator) has both done at once, in
    the same transaction, with their name in the audit entry.

    A second sign-on with the same address creates nothing new and changes nothing stored: a pending
    one gets its confirmation again, a confirmed one is reported as such, a withdrawn one signs afresh
    once the address's owner confirms (see signing_again.py). `coordinator_countries` are the countries of the
    coordinator entering it (None for everyone else): an address signed outside it is refused.
    """
    email = normalize_email(email)
    validate_signatory(kind=kind, email=email, **_signatory(fields))
    signature = Signature(
        statement=statement,
        version=statement.current_version,
        email=email,
        kind=kind,
        source=source,
        confirmation_nonce=new_nonce(),
        follow_up_due=user is None,
        **fields,
    )
    # The database enforces the constraints and the foreign keys the service filled in itself: checking
    # them here first would cost a query each (5 of a sign-on's queries), and still race.
    signature.full_clean(exclude=_CHECKED_BY_THE_DATABASE, validate_constraints=False)
    try:
        _store(signature, user=user)
    except IntegrityError:
        # The address signed this statement before (insert first: one query, no race): sign again.
        existing = Signature.objects.filter(statement=statement, email=email).first() if email else None
        if existing is None:
            raise  # a constraint validate_signatory should have caught: a bug, not a second sign-on
        outcome = _sign_again(
            existing,
            kind=kind,
            user=user,
            source=source,
            coordinator_countries=coordinator_countries,
            **fields,
        )
        return _tell_the_address(outcome, source=source)
    return SignOutcome(signature, SignResult.CREATED)


def _store(signature: Signature, *, user) -> None:
    if signature.follow_up_due:
        # One INSERT in autocommit; inside a caller's transaction a savepoint, so that a duplicate
        # address (IntegrityError) leaves that transaction usable.
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            signature.save()
        return
    with transaction.atomic():
        signature.save()
        signature.log_action("signature.created", user=user, via=signature.source)
        if signature.email:
            tasks.send_confirmation_email.enqueue(signature.pk)


def _tell_the_address(outcome: SignOutcome, *, source: str) -> SignOutcome:
    """A public sign-on page answers every address alike ("check your email"), so no one learns there
    whether an address signed; what happened goes by email to the address itself. (A pending or
    withdrawn one already gets its confirmation link again.) Coordinators see the outcome themselves."""
    public = source in (
        Signature.Source.WEB,
        Signature.Source.EMBED,
        Signature.Source.API,
        Signature.Source.INVITATION,
    )
    if public and outcome.result in (SignResult.ALREADY_CONFIRMED, SignResult.NOT_ACCEPTED):
        if address_may_get_email(outcome.signature.email):
            tasks.send_sign_on_notice.enqueue(outcome.signature.pk, outcome.result)
    return outcome


def _signatory(fields: dict) -> dict:
    return {name: value for name, value in fields.items() if name in SIGNATORY_FIELDS}


def _sign_again(
    signature: Signature, *, kind: str, user=None, source: str = "", coordinator_countries=None, **fields
) -> SignOutcome:
    """The address signed before. Whoever signs now may not own it, so the stored sign-on is never
    overwritten: a withdrawn one only gets a proposal its owner confirms by email (signing_again.py)."""
    refuse_outside_region(signature, coordinator_countries=coordinator_countries, user=user, via=source)
    if signature.status == Signature.Status.CONFIRMED:
        return SignOutcome(signature, SignResult.ALREADY_CONFIRMED)
    if signature.status == Signature.Status.REJECTED:
        return SignOutcome(signature, SignResult.NOT_ACCEPTED)
    with transaction.atomic():
        if signature.status == Signature.Status.WITHDRAWN:
            # A new endorsement of today's text, which only the address's owner can give.
            signature_propose(signature=signature, kind=kind, user=user, via=source, **fields)
            result = SignResult.AWAITING_OWNER
        else:
            signature.log_action("signature.confirmation_resent", user=user)
            result = SignResult.RESENT
        # The public's emails to an address have an hourly limit; a coordinator's view counts its own.
        if user is not None or address_may_get_email(signature.email):
            tasks.send_confirmation_email.enqueue(signature.pk)
    return SignOutcome(signature, result)


@transaction.atomic
def signature_update(*, signature: Signature, user=None, via: str = "coordinator", **fields) -> Signature:
    """Change a stored sign-on's fields (what it prints on the list); logs each change, before and after."""
    changed = {name: value for name, value in fields.items() if getattr(signature, name) != value}
    if not changed:
        return signature
    before = field_values(signature, changed)
    for name, value in changed.items():
        setattr(signature, name, value)
    validate_signatory(
        kind=signature.kind,
        voice=ON_BEHALF,
        require_representative=False,
        **{name: getattr(signature, name) for name in SIGNATORY_FIELDS},
    )
    signature.full_clean()
    signature.save(update_fields=[*changed, "updated_at"])
    signature.log_action(
        "signature.edited",
        user=user,
        via=via,
        data={"fields": sorted(changed), "changes": field_changes(before, signature)},
    )
    list_changed(statement_id=signature.statement_id)
    return signature


@transaction.atomic
def signature_save_edited(*, signature: Signature, created: bool, changed: list[str], user=None, via="admin"):
    """Store a signature edited as a whole (the Django admin's form), and log each change, before and after."""
    stored = None if created else Signature.objects.filter(pk=signature.pk).first()
    before = field_values(stored, changed) if stored else {}
    signature.save()
    data = {"fields": sorted(changed)}
    if before:
        data["changes"] = field_changes(before, signature)
    signature.log_action(
        "signature.created" if created else "signature.edited", user=user, via=via, data=data
    )
    list_changed(statement_id=signature.statement_id)
    return signature


def signatures_bulk_create(
    *, statement: Statement, rows: list[dict], user=None, via: str = "", **shared
) -> list[Signature]:
    """Store many signatures at once, all or nothing (an import, the demo). Each row holds one
    signature's fields, `shared` the fields they all have (status, source, confirmed_at).

    Every row is validated first; the first invalid one raises its `ValidationError`, and nothing is stored.
    Python checks only what the database cannot (the signatory rules, lengths SQLite ignores, choices),
    and the shared fields once: a full_clean per row costs queries for the foreign keys and the check
    constraints, minutes for 100,000 rows. The database still enforces those, and one address per statement.
    """
    version = statement.current_version
    _clean_given(Signature(statement=statement, version=version, **shared), shared)
    signatures = []
    for row in rows:
        signature = Signature(statement=statement, version=version, **shared, **row)
        signature.email = normalize_email(signature.email)
        validate_signatory(
            kind=signature.kind,
            voice=ON_BEHALF,
            require_representative=False,
            **{name: getattr(signature, name) for name in SIGNATORY_FIELDS},
        )
        _clean_given(signature, row)
        signatures.append(signature)
    with transaction.atomic():
        Signature.objects.bulk_create(signatures, batch_size=500)
        log_actions(signatures, "signature.created", user=user, via=via)
        list_changed(statement_id=statement.pk)
    return signatures


# What a stored import never had validated in Python: addresses as given (normalised, unique by the database).
_NOT_CLEANED_IN_BULK = {"email", *_CHECKED_BY_THE_DATABASE}


def _clean_given(signature: Signature, given: dict) -> None:
    """Validate only the fields in `given` that the database does not check itself."""
    names = {Signature._meta.get_field(name).name for name in given} - _NOT_CLEANED_IN_BULK
    signature.clean_fields(exclude=[f.name for f in Signature._meta.fields if f.name not in names])
