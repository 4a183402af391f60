"""Erasure at the signer's request, from the privacy link in every email they receive."""

from django.db import transaction

from undersigned.audit.services import audit_entries_scrub
from undersigned.signatures.models import Signature
from undersigned.signatures.privacy import PERSONAL_FIELDS
from undersigned.signatures.services._lists import list_changed

_OBJECT_TYPE = "signatures.signature"


def signature_erase(*, signature: Signature, via: str = "privacy page") -> bool:
    """Delete the signature (its line leaves the list and the numbers close up), scrub what earlier audit
    entries hold of the person, and keep one entry that says it was erased, with nothing personal in it.
    False when it was gone already (a second click, two tabs)."""
    with transaction.atomic():
        signature = Signature.objects.select_for_update().filter(pk=signature.pk).first()
        if signature is None:
            return False
        statement_id, signature_id = signature.statement_id, signature.pk
        audit_entries_scrub(
            object_type=_OBJECT_TYPE,
            values_by_id={signature_id: [getattr(signature, name) for name in PERSONAL_FIELDS]},
            keys=PERSONAL_FIELDS,
        )
        signature.log_action("signature.erased", via=via, data={"from": signature.status})
        signature.delete()
        list_changed(statement_id=statement_id)
    return True
