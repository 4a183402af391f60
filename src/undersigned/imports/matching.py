"""Which parsed rows are already among a statement's stored signatures.

Identity follows the parser's own exact-duplicate rule (`lists.duplicates.exact_key`), so a
list pasted twice, or a list that overlaps what signers entered on the web, adds nothing twice.
"""

from types import SimpleNamespace

from rapidfuzz import fuzz, process

from undersigned.lists.duplicates import SHORT_FORM_SCORE, exact_key, names_may_be_same
from undersigned.signatures.models import Signature


def identity(*, organization: str | None, person: str | None) -> str:
    return exact_key(SimpleNamespace(organization=organization, person=person))


def _fuzzy(key: str) -> str:
    return " ".join(key.replace(",", " ").replace("|", " ").split())


def signature_identity(signature: Signature) -> str:
    person = (
        signature.person_name
        if signature.kind == Signature.Kind.INDIVIDUAL
        else signature.representative_name
    )
    return identity(organization=signature.organization_name, person=person)


class StoredSignatories:
    """The identities of a statement's signatures that still count (not rejected or withdrawn)."""

    def __init__(self, statement):
        rows = (
            Signature.objects.filter(statement=statement)
            .exclude(status__in=[Signature.Status.REJECTED, Signature.Status.WITHDRAWN])
            .only("kind", "organization_name", "person_name", "representative_name", "country")
        )
        self.exact = {signature_identity(s): s for s in rows}
        self._fuzzy_keys = list(self.exact)
        self._fuzzy_values = [_fuzzy(k) for k in self._fuzzy_keys]

    def exact_match(self, key: str) -> Signature | None:
        return self.exact.get(key)

    def probable_match(self, key: str) -> Signature | None:
        """The closest stored signature that may be the same signatory (see `names_may_be_same`)."""
        if not self._fuzzy_values:
            return None
        wanted = _fuzzy(key)
        for _choice, _score, index in process.extract(
            wanted, self._fuzzy_values, scorer=fuzz.ratio, score_cutoff=SHORT_FORM_SCORE, limit=5
        ):
            if names_may_be_same(wanted, self._fuzzy_values[index]):
                return self.exact[self._fuzzy_keys[index]]
        return None
