"""Plain factory functions with overridable defaults."""

from itertools import count

from django.utils import timezone

from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_bulk_create
from undersigned.statements.models import Statement, StatementTranslation
from undersigned.statements.services import statement_create
from undersigned.statements.translations import translation_save

_serial = count(1)

STATEMENT_TEXT = "We, the undersigned, call on the council to **restore** weekend opening hours."


def make_statement(**overrides) -> Statement:
    n = next(_serial)
    fields = {
        "slug": f"statement-{n}",
        "title": f"Open letter number {n}",
        "text": STATEMENT_TEXT,
        "status": Statement.Status.OPEN,
    }
    fields.update(overrides)
    return statement_create(**fields)


def make_signature(statement: Statement, *, status=Signature.Status.CONFIRMED, **overrides) -> Signature:
    """A signature stored directly (no email round trip), confirmed unless told otherwise."""
    n = next(_serial)
    fields = {
        "kind": Signature.Kind.INDIVIDUAL,
        "person_name": f"Person {n}",
        "country": "DE",
        "email": f"person{n}@example.org",
        "status": status,
        "confirmed_at": timezone.now() if status == Signature.Status.CONFIRMED else None,
    }
    fields.update(overrides)
    if fields["kind"] == Signature.Kind.ORGANIZATION and "organization_name" not in overrides:
        fields["organization_name"] = f"Association {n}"
    [signature] = signatures_bulk_create(statement=statement, rows=[fields], via="test")
    statement.refresh_from_db()
    return signature


def make_translation(statement: Statement, language: str = "de", **overrides) -> StatementTranslation:
    """A translation of the statement's current version, up to date unless a newer version follows."""
    fields = {"title": f"{statement.title} [{language}]", "text": f"Text in {language}."}
    fields.update(overrides)
    return translation_save(version=statement.current_version, language=language, **fields)
