"""Sign-ons a coordinator enters by hand, and what a coordinator may do to those of their region."""

from django.utils.translation import gettext_lazy as _

from undersigned.organizations.models import Organization
from undersigned.signatures.models import Signature
from undersigned.signatures.services import (
    SignOutcome,
    signature_confirm,
    signature_create,
    signature_update,
)

SIGNON_FIELDS = [
    "kind", "organization_name", "representative_name", "title", "honorific", "person_name",
    "city", "region", "country", "consent_display",
]  # fmt: skip

CONFIRMATION_METHODS = {
    "phone": _("by phone"),
    "email": _("by email from their own address"),
    "letter": _("by signed letter"),
    "meeting": _("in person or at a meeting"),
    "other": _("otherwise (see note)"),
}


def signon_enter(
    *,
    statement,
    email: str,
    user=None,
    organization: Organization | None = None,
    coordinator_countries: list[str] | None = None,
    **fields,
) -> SignOutcome:
    """A sign-on collected offline. It stays pending until the signer confirms from the email they
    receive (when an address is given) or the coordinator records a documented confirmation.

    `coordinator_countries` are the coordinator's countries (None for the owner): an address that signed outside them
    is refused, since a coordinator never sees or changes another region's sign-on."""
    if organization is not None:
        fields["organization"] = organization
    return signature_create(
        statement=statement,
        email=email,
        source=Signature.Source.COORDINATOR,
        user=user,
        coordinator_countries=coordinator_countries,
        **fields,
    )


def signon_edit(*, signature: Signature, user=None, **fields) -> Signature:
    return signature_update(signature=signature, user=user, via="coordinator", **fields)


def signon_confirm_documented(
    *, signature: Signature, user, confirmed_by: str, method: str, confirmed_on, note: str = ""
) -> Signature:
    """Confirm without the email round trip, recording who confirmed, how and when (in the audit trail)."""
    return signature_confirm(
        signature=signature,
        user=user,
        via="documented confirmation",
        data={
            "confirmed_by": confirmed_by,
            "method": method,
            "confirmed_on": confirmed_on.isoformat(),
            "note": note,
        },
    )
