"""Signing again with an address that signed before.

Anyone can type any address, so whoever signs again may not be the person whose sign-on is stored, and
signing again never overwrites it. A withdrawn sign-on keeps the new fields aside as a proposal and its
address gets a fresh confirmation link; the proposal replaces the stored fields only when the owner of the
address confirms from that link (`signature_apply_proposal`), and nothing else can confirm it (a coordinator's
documented confirmation, the admin's bulk action). A coordinator who enters an address that signed outside
their region is refused, and the attempt is kept in the owner's audit trail.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from undersigned.signatures.models import Signature
from undersigned.signatures.services._changes import field_changes, field_values
from undersigned.signatures.tokens import new_nonce


def refuse_outside_region(
    signature: Signature, *, coordinator_countries: list[str] | None, user=None, via: str = ""
) -> None:
    """`coordinator_countries` are the countries of the coordinator entering the sign-on (None: not limited). Another
    region's sign-on does not exist for a coordinator, so they may neither change nor re-send it."""
    if coordinator_countries is None or signature.country in coordinator_countries:
        return
    signature.log_action(
        "signature.sign_on_refused", user=user, via=via, data={"reason": "outside the region"}
    )
    raise ValidationError(
        {
            "email": _(
                "This address belongs to a sign-on outside your region. Nothing was changed; the "
                "statement's owner can see the attempt in the audit trail."
            )
        }
    )


def signature_propose(*, signature: Signature, kind: str, user=None, via: str = "", **fields) -> Signature:
    """Keep a new sign-on's fields aside on a withdrawn sign-on, with a fresh link for its owner (so a
    link sent for an earlier proposal stops working). The caller sends the confirmation email."""
    current = signature.statement.current_version
    proposal = {"kind": kind, "version_id": current.pk if current else signature.version_id}
    if kind == Signature.Kind.ORGANIZATION:
        proposal["organization_id"] = None  # linked again to the shared record on confirmation
    for name, value in fields.items():
        field = Signature._meta.get_field(name)
        proposal[field.attname] = value.pk if field.is_relation and value is not None else value
    proposed = copy.copy(signature)
    for attname, value in proposal.items():
        setattr(proposed, attname, value)
    proposed.full_clean()
    signature.proposal = proposal
    signature.confirmation_nonce = new_nonce()
    signature.save(update_fields=["proposal", "confirmation_nonce", "updated_at"])
    names = [Signature._meta.get_field(attname).name for attname in proposal]
    differing = field_changes(field_values(signature, names), proposed)
    signature.log_action("signature.signed_again", user=user, via=via, data={"proposed": sorted(differing)})
    return signature


def signature_apply_proposal(*, signature: Signature, user=None, via: str = "email link") -> Signature:
    """The owner of the address confirmed: the proposed fields replace the stored ones, each change logged
    with its value before and after, and the sign-on is no longer withdrawn. The caller confirms it."""
    names = [Signature._meta.get_field(attname).name for attname in signature.proposal]
    before = field_values(signature, names)
    for attname, value in signature.proposal.items():
        setattr(signature, attname, value)
    signature.proposal = None
    signature.withdrawn_at = None
    signature.verified = False  # a representative checked earlier may not be the one signing now
    signature.full_clean()
    signature.save()
    if changes := field_changes(before, signature):
        signature.log_action(
            "signature.edited", user=user, via=via, data={"fields": sorted(changes), "changes": changes}
        )
    return signature
