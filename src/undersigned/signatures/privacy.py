"""What a signer's privacy page shows and lets them download: everything stored for their signature on one
statement and the audit entries about it, nothing about anyone else. Erasing is a service
(services/privacy.py); this module only reads.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.tokens import read_privacy_token
from undersigned.statements.models import Statement

# What the public list prints of a confirmed signature whose signer agreed to be listed.
PUBLIC_FIELDS = (
    "kind", "organization_name", "representative_name", "title", "honorific", "person_name", "city",
    "region", "country", "verified",
)  # fmt: skip
# Kept for the organizers only.
PRIVATE_FIELDS = (
    "email", "consent_display", "status", "source", "created_at", "confirmed_at", "reconfirmed_at",
    "reminded_at", "withdrawn_at", "updated_at",
)  # fmt: skip
# What identifies a person: erased at their request, and scrubbed from the audit entries about them.
PERSONAL_FIELDS = (
    "organization_name", "representative_name", "title", "honorific", "person_name", "city", "region", "email",
)  # fmt: skip
# Who sees the private fields; said on the privacy page and beside every export that holds them.
PRIVATE_READERS = _(
    "the statement's owner and co-owners, its coordinators (each for their own countries) and the site's "
    "administrators"
)
# Audit entries that remain of a signature that is gone.
GONE_ACTIONS = ("signature.erased", "signature.expired")
_OBJECT_TYPE = "signatures.signature"


@dataclass(frozen=True)
class StoredField:
    name: str
    label: str
    value: object
    public: bool


def privacy_lookup(*, statement: Statement, token: str) -> tuple[Signature | None, LinkProblem | None]:
    """(signature, None) for a good link; (None, ERASED) once the signature is gone; (None, INVALID) for a
    link that was not made here, was altered, or names another statement's signature."""
    signature_id = read_privacy_token(token)
    if signature_id is None:
        return None, LinkProblem.INVALID
    signature = (
        Signature.objects.select_related("version", "statement")
        .filter(pk=signature_id, statement=statement)
        .first()
    )
    if signature is not None:
        return signature, None
    gone = AuditEntry.objects.filter(
        object_type=_OBJECT_TYPE,
        object_id=str(signature_id),
        statement_id=statement.pk,
        action__in=GONE_ACTIONS,
    ).exists()
    return None, LinkProblem.ERASED if gone else LinkProblem.INVALID


def stored_fields(signature: Signature) -> list[StoredField]:
    """Every field that holds something, labelled, public ones first."""
    fields = []
    for name in (*PUBLIC_FIELDS, *PRIVATE_FIELDS):
        field = Signature._meta.get_field(name)
        value = getattr(signature, name)
        if value in ("", None):
            continue
        if field.choices:
            value = getattr(signature, f"get_{name}_display")()
        fields.append(StoredField(name, str(field.verbose_name), value, name in PUBLIC_FIELDS))
    return fields


def is_listed(signature: Signature) -> bool:
    return signature.status == Signature.Status.CONFIRMED and signature.consent_display


def privacy_export(signature: Signature) -> dict:
    """The signer's data as JSON-ready values: the signature's stored fields (not the secret of its
    confirmation link) and what happened to it, without who did it (the organizers' accounts are theirs)."""
    record = {"id": signature.pk, "statement": signature.statement.slug, "version": signature.version.number}
    for name in (*PUBLIC_FIELDS, *PRIVATE_FIELDS):
        record[name] = getattr(signature, name)
    record["listed_as"] = signature.display_line() if is_listed(signature) else None
    record["organization_record"] = signature.organization_id
    record["signed_through_invitation"] = signature.invitation_id is not None
    history = AuditEntry.objects.filter(object_type=_OBJECT_TYPE, object_id=str(signature.pk)).order_by(
        "created_at", "pk"
    )
    return {
        "statement": {"title": signature.statement.title, "address": signature.statement.get_absolute_url()},
        "signature": record,
        "history": [
            {"when": entry.created_at, "action": entry.action, "via": entry.via, "details": entry.data}
            for entry in history
        ],
        "public_fields": list(PUBLIC_FIELDS),
        "private_fields": list(PRIVATE_FIELDS),
        "private_fields_seen_by": str(PRIVATE_READERS),
    }
