"""parse_document: the whole pipeline from text to a ParseResult."""

from __future__ import annotations

import gc

from . import countries, fields, segment
from .duplicates import find_duplicates
from .headline import signers_in_title
from .list_regions import settle_regions
from .model import Doubt, Entry, Notice, ParseResult
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


def _org_shares(raw: list, prepared: list) -> list[float | None]:
    """For each entry, the share of the other entries of its group that start with an organisation.

    A group of fewer than five entries says little, so the whole list's share is
    used for it; a list of fewer than five entries gives None.
    """
    is_org = [fields.starts_with_org(p) for p in prepared]
    size: dict[int, int] = {}
    orgs: dict[int, int] = {}
    for item, flag in zip(raw, is_org, strict=True):
        size[item.group] = size.get(item.group, 0) + 1
        orgs[item.group] = orgs.get(item.group, 0) + flag
    total, total_orgs = len(raw), sum(is_org)
    shares: list[float | None] = []
    for item, flag in zip(raw, is_org, strict=True):
        if size[item.group] >= 5:
            shares.append((orgs[item.group] - flag) / (size[item.group] - 1))
        elif total >= 5:
            shares.append((total_orgs - flag) / (total - 1))
        else:
            shares.append(None)
    return shares


def _surname_first_groups(raw: list, prepared: list) -> set[int]:
    """The groups that write every name "Surname, Given name" ("Müller, Hans, Universität Hamburg").

    Only a consistent group is read so: at least three entries, nearly all of
    that shape. A group too small to tell follows the whole list.
    """
    size: dict[int, int] = {}
    shaped: dict[int, int] = {}
    for item, (parts, _dash) in zip(raw, prepared, strict=True):
        size[item.group] = size.get(item.group, 0) + 1
        shaped[item.group] = shaped.get(item.group, 0) + fields.surname_first(parts)
    if not any(shaped.values()):
        return set()
    total, total_shaped = sum(size.values()), sum(shaped.values())
    whole = total >= 3 and total_shaped >= 0.8 * total
    return {
        group
        for group in size
        if (size[group] >= 3 and shaped[group] >= 0.8 * size[group]) or (size[group] < 3 and whole)
    }


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
    org_shares = _org_shares(raw, prepared)
    turned = _surname_first_groups(raw, prepared)
    parsed: list[fields.Fields] = []
    for position, (item, cut) in enumerate(zip(raw, prepared, strict=True), start=1):
        context = fields.Context(
            heading_kind=item.heading_kind,
            heading_country=item.heading_country,
            people_share=share,
            statement_kind=statement_kind,
            org_share=org_shares[position - 1],
            surname_first=item.group in turned,
        )
        parsed.append(fields.parse_line(item.body, context, cut))
    groups = [item.group for item in raw]
    countries.settle(parsed, groups, grouped=len(set(groups)) > 1)
    settle_regions(parsed)
    entries = [
        _entry(position, item, got) for position, (item, got) in enumerate(zip(raw, parsed, strict=True), 1)
    ]
    warnings = list(layout.warnings)
    notices = list(layout.notices)
    if not entries:
        entries = _signers_in_title(text, notices)
    if not entries:
        warnings.insert(0, "no list of signatories found")
    elif layout.marker is None and raw:
        warnings.insert(0, "no line such as 'Signed by:' announces the list; its start was guessed")
    exact, probable = find_duplicates(entries)
    return ParseResult(
        statement=statement,
        entries=entries,
        exact_duplicates=exact,
        probable_duplicates=probable,
        warnings=warnings,
        notices=notices,
    )


def _entry(position: int, item, got: fields.Fields) -> Entry:
    return Entry(
        position=position,
        number=item.number,
        group=item.group,
        group_label=item.group_label,
        kind=got.kind,
        person=got.person,
        honorific=got.honorific,
        title=got.title,
        organization=got.organization,
        city=got.city,
        region=got.region,
        country=got.country,
        text=item.text,
        warnings=got.warnings,
        doubts=list(got.doubts),
    )


def _signers_in_title(text: str, notices: list[Notice]) -> list[Entry]:
    """Signers named only in the headline ("Joint Statement by President A and Chancellor B")."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    found = signers_in_title(first) or []
    entries = []
    for position, signer in enumerate(found, start=1):
        doubt = Doubt("person", "read_from_title", "read from the title: the document has no list", 0.5)
        entries.append(
            Entry(
                position=position,
                number=None,
                group=1,
                group_label=None,
                kind="individual",
                person=signer["person"],
                honorific=None,
                title=signer["title"],
                organization=signer["organization"],
                city=None,
                region=None,
                country=signer["country"],
                text=first,
                warnings=[doubt.message],
                doubts=[doubt],
            )
        )
    if entries:
        notices.append(
            Notice("signers_from_title", "No list was found; the signers were read from the title.", line=0)
        )
    return entries
