"""Import a parsed list: preview every row with its doubts, then store the reviewed rows at once."""

from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from undersigned.imports.matching import StoredSignatories, identity
from undersigned.lists import parse_document
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_bulk_create
from undersigned.statements.models import Statement


class Duplicate(models.TextChoices):
    """Whether a parsed row seems to repeat another (the review table marks it with this as a class)."""

    NONE = "", gettext_lazy("Not a duplicate")
    EXACT = "exact", gettext_lazy("Same as an earlier row")
    PROBABLE = "probable", gettext_lazy("Probably the same as an earlier row")
    STORED = "stored", gettext_lazy("Already on this statement")
    STORED_PROBABLE = "stored-probable", gettext_lazy("Probably already on this statement")


@dataclass
class PreviewRow:
    initial: dict
    notes: list[str] = field(default_factory=list)
    duplicate: Duplicate = Duplicate.NONE


@dataclass
class Preview:
    rows: list[PreviewRow]
    warnings: list[str]
    statement_title: str | None


def import_preview(*, statement: Statement, text: str) -> Preview:
    """Parse `text` and mark, for the reviewer, what looks doubtful or already present."""
    result = parse_document(text)
    stored = StoredSignatories(statement)
    exact_earlier = {q: p for p, q in result.exact_duplicates}
    probable_earlier = {q: p for p, q in result.probable_duplicates}
    rows = []
    for entry in result.entries:
        row = PreviewRow(
            initial={
                "include": True,
                "kind": entry.kind,
                "honorific": entry.honorific or "",
                "person": entry.person or "",
                "title": entry.title or "",
                "organization": entry.organization or "",
                "city": entry.city or "",
                "region": entry.region or "",
                "country": entry.country or "",
                "text": entry.text,
                "position": entry.position,
            },  # fmt: skip
            notes=list(entry.warnings),
        )
        key = identity(organization=entry.organization, person=entry.person)
        if (match := stored.exact_match(key)) is not None:
            row.duplicate, row.initial["include"] = Duplicate.STORED, False
            row.notes.append(_("Already on this statement: %(line)s") % {"line": match.display_line()})
        elif entry.position in exact_earlier:
            row.duplicate, row.initial["include"] = Duplicate.EXACT, False
            row.notes.append(_("Same as row %(n)s.") % {"n": exact_earlier[entry.position]})
        elif (match := stored.probable_match(key)) is not None:
            row.duplicate = Duplicate.STORED_PROBABLE
            row.notes.append(
                _("Probably already on this statement: %(line)s") % {"line": match.display_line()}
            )
        elif entry.position in probable_earlier:
            row.duplicate = Duplicate.PROBABLE
            row.notes.append(_("Probably the same as row %(n)s.") % {"n": probable_earlier[entry.position]})
        row.initial.update(duplicate=row.duplicate, notes="\n".join(row.notes))
        rows.append(row)
    return Preview(rows=rows, warnings=result.warnings, statement_title=result.statement.title)


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    skipped: list[str]


def signature_fields_from_row(row: dict) -> dict:
    """A reviewed row as Signature fields. An organization's named person is its representative."""
    common = {"city": row["city"], "region": row["region"], "country": row["country"], "title": row["title"]}
    if row["kind"] == Signature.Kind.ORGANIZATION:
        representative = " ".join(p for p in (row["honorific"], row["person"]) if p)
        return {
            **common,
            "kind": row["kind"],
            "organization_name": row["organization"],
            "representative_name": representative,
        }
    return {
        **common,
        "kind": row["kind"],
        "person_name": row["person"],
        "honorific": row["honorific"],
        "organization_name": row["organization"],
    }


def signatures_import(
    *, statement: Statement, rows: list[dict], user=None, as_coordinator: bool = False
) -> ImportOutcome:
    """Store reviewed rows, all or nothing: the owner's as confirmed signatures (source: import),
    a coordinator's as pending sign-ons (source: coordinator) that await a documented confirmation.

    Rows already present, on the statement or earlier in `rows`, are skipped, so importing
    the same text twice adds nothing the second time.
    """
    if as_coordinator:
        status, source, confirmed_at = Signature.Status.PENDING, Signature.Source.COORDINATOR, None
    else:
        status, source, confirmed_at = Signature.Status.CONFIRMED, Signature.Source.IMPORT, timezone.now()
    stored = StoredSignatories(statement)
    seen = set(stored.exact)
    fields, skipped = [], []
    for row in rows:
        key = identity(organization=row["organization"] or None, person=row["person"] or None)
        if key in seen:
            skipped.append(row["text"] or key)
            continue
        seen.add(key)
        fields.append(signature_fields_from_row(row))
    with transaction.atomic():
        created = signatures_bulk_create(
            statement=statement,
            rows=fields,
            user=user,
            via=source,
            status=status,
            source=source,
            confirmed_at=confirmed_at,
        )
        statement.log_action(
            "signatures.imported",
            user=user,
            via="import",
            data={"created": len(created), "skipped": len(skipped)},
        )
    return ImportOutcome(created=len(created), skipped=skipped)
