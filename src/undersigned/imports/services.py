"""Import a parsed list: preview every row with its doubts, then store the reviewed rows at once."""

from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from undersigned.imports.limits import check_rows, parse_within
from undersigned.imports.matching import StoredSignatories, identity
from undersigned.imports.review import entry_evidence
from undersigned.organizations.services import organization_update
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_link_organization, signatures_bulk_create
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
class Notice:
    """Something about the whole document the reviewer must see, e.g. a list that seems to start
    earlier than where it was read; `line` (1-based) is where the list could start instead."""

    message: str
    line: int | None = None
    line_text: str = ""


@dataclass
class Preview:
    rows: list[PreviewRow]
    warnings: list[str]
    statement_title: str | None
    notices: list[Notice] = field(default_factory=list)


# Where the list could start: the parser decides (lists/segment.py); the messages are ours, translated.
_START_NOTICES = {
    "numbering_starts_above_1": gettext_lazy(
        "The numbering of the list starts at %(number)s, not 1: its first entries may have been read as part "
        "of the statement."
    ),
    "numbered_lines_in_statement": gettext_lazy(
        "Numbered lines remain in the statement part. If they are signatories, start the list there."
    ),
}


def _line_of(lines: list[str], text: str) -> int | None:
    wanted = " ".join((text or "").split())
    for number, line in enumerate(lines, start=1):
        if wanted and " ".join(line.split()) == wanted:
            return number
    return None


def _notices(text: str, result) -> list[Notice]:
    """The parser's notices about the document, each with the line (1-based, in the text as pasted)
    where the list could start instead, when it names one."""
    lines = text.splitlines()
    first_number = next((e.number for e in result.entries if e.number is not None), None)
    notices = []
    for notice in result.notices:
        message = _START_NOTICES.get(notice.code)
        line = _line_of(lines, notice.line_text) if message else None
        notices.append(
            Notice(
                message=str(message) % {"number": first_number} if message else notice.message,
                line=line,
                line_text=lines[line - 1].strip() if line else "",
            )
        )
    return notices


def _parse_from_line(text: str, start_line: int):
    """Parse `text` with its list starting at line `start_line`: the lines from there on are read
    as the list (announced, so no line of it is taken for statement text), the lines before it
    only give the statement its title and body."""
    lines = text.splitlines()
    before, rest = "\n".join(lines[: start_line - 1]), "\n".join(lines[start_line - 1 :])
    result = parse_within("Signed by:\n" + rest)
    if before.strip():
        result.statement = parse_within(before).statement
    return result


def import_preview(
    *, statement: Statement, text: str, start_line: int | None = None, countries: list[str] | None = None
) -> Preview:
    """Parse `text` and mark, for the reviewer, what looks doubtful or already present.

    `start_line` (1-based) makes the list start at that line ("start the list here"). `countries` is a
    coordinator's region (None for the owner): a stored sign-on outside it is named without its details,
    since a coordinator never sees another region's sign-ons.
    Raises `limits.ImportRefused` when reading takes too long or finds more rows than one review holds.
    """
    result = parse_within(text) if not start_line else _parse_from_line(text, start_line)
    check_rows(len(result.entries))
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
                # Hidden fields of the review form, cut to their lengths: an error on a field
                # the reviewer cannot see would block the import for good.
                "text": entry.text[:2000],
                "position": entry.position,
                "group": entry.group,
                "group_label": (entry.group_label or "")[:300],
                "evidence": entry_evidence(entry)[:4000],
            },  # fmt: skip
            notes=[],  # the parser's own reasons travel as evidence (review.entry_evidence)
        )
        key = identity(organization=entry.organization, person=entry.person)
        if (match := stored.exact_match(key)) is not None:
            row.duplicate, row.initial["include"] = Duplicate.STORED, False
            row.notes.append(_("Already on this statement: %(line)s") % {"line": _seen_as(match, countries)})
        elif entry.position in exact_earlier:
            row.duplicate, row.initial["include"] = Duplicate.EXACT, False
            row.notes.append(_("Same as row %(n)s.") % {"n": exact_earlier[entry.position]})
        elif (match := stored.probable_match(key)) is not None:
            row.duplicate = Duplicate.STORED_PROBABLE
            row.notes.append(
                _("Probably already on this statement: %(line)s") % {"line": _seen_as(match, countries)}
            )
        elif entry.position in probable_earlier:
            row.duplicate = Duplicate.PROBABLE
            row.notes.append(_("Probably the same as row %(n)s.") % {"n": probable_earlier[entry.position]})
        row.initial.update(duplicate=row.duplicate, notes="\n".join(row.notes))
        rows.append(row)
    return Preview(
        rows=rows,
        warnings=result.warnings,
        statement_title=result.statement.title,
        notices=[] if start_line else _notices(text, result),
    )


def _seen_as(signature: Signature, countries: list[str] | None) -> str:
    if countries is None or signature.country in countries:
        return signature.display_line()
    return _("a sign-on outside your region")


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


def organizations_mark_umbrella(*, statement: Statement, names: list[str], user=None) -> int:
    """Mark as umbrella bodies the organizations named `names` among the statement's sign-ons (the
    rows ticked "umbrella body" on import), so they head their group on the published list.

    Goes through the owners' services, as the coordinators' desk does: signatures links each sign-on
    to its shared Organization record (the same name in the same country, or a new one), and
    `organization_update` flags it, logs it and has the lists it heads recounted. Returns how many
    were marked.
    """
    if not names:
        return 0
    marked = 0
    signatures = Signature.objects.filter(
        statement=statement, kind=Signature.Kind.ORGANIZATION, organization_name__in=set(names)
    ).exclude(status__in=[Signature.Status.REJECTED, Signature.Status.WITHDRAWN])
    with transaction.atomic():
        for signature in signatures.select_related("organization"):
            signature_link_organization(signature=signature, user=user, via="import")
            if not signature.organization.is_umbrella:
                organization_update(
                    organization=signature.organization, is_umbrella=True, user=user, via="import"
                )
                marked += 1
    return marked
