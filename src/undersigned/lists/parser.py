"""parse_document: the whole pipeline from text to a ParseResult."""

from __future__ import annotations

import gc

from . import fields, segment
from .duplicates import find_duplicates
from .model import Entry, ParseResult
from .statement import read_statement, signer_kind


def parse_document(text: str) -> ParseResult:
    """Find the statement and the signatory list in `text` and parse every entry.

    Never raises on odd input: a document without a list gives no entries and a
    warning, which callers (the CLI, the import screen) turn into an error.
    """
    # Parsing allocates many small objects and makes no reference cycles, so the
    # cyclic collector only costs time here (about a tenth on a long list).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(text)
    finally:
        if was_enabled:
            gc.enable()


def _parse(text: str) -> ParseResult:
    layout = segment.layout(text)
    statement = read_statement(layout.statement_lines)
    statement_kind = signer_kind(statement.body)
    raw = layout.entries
    # How much of the list clearly starts with a personal name: it decides
    # ambiguous lines ("Blue Planet", "Name Organisation" written without a comma).
    prepared = [fields.prepare(r.body) for r in raw]
    people = sum(1 for p in prepared if fields.starts_with_person(p))
    share = people / len(raw) if raw else 0.0
    entries: list[Entry] = []
    for position, (item, cut) in enumerate(zip(raw, prepared, strict=True), start=1):
        context = fields.Context(
            heading_kind=item.heading_kind,
            heading_country=item.heading_country,
            people_share=share,
            statement_kind=statement_kind,
        )
        parsed = fields.parse_line(item.body, context, cut)
        entries.append(
            Entry(
                position=position,
                number=item.number,
                group=item.group,
                group_label=item.group_label,
                kind=parsed.kind,
                person=parsed.person,
                honorific=parsed.honorific,
                title=parsed.title,
                organization=parsed.organization,
                city=parsed.city,
                region=parsed.region,
                country=parsed.country,
                text=item.text,
                warnings=parsed.warnings,
            )
        )
    warnings = list(layout.warnings)
    if not entries:
        warnings.insert(0, "no list of signatories found")
    elif layout.marker is None:
        warnings.insert(0, "no line such as 'Signed by:' announces the list; its start was guessed")
    exact, probable = find_duplicates(entries)
    return ParseResult(
        statement=statement,
        entries=entries,
        exact_duplicates=exact,
        probable_duplicates=probable,
        warnings=warnings,
    )
