"""Split a document into statement, signatory list and trailing matter; group the list.

People rarely say where their list starts, so the boundary is found from the
shape of the lines: an announcing line ("Signed by:"), else the run of short,
name-like lines at the end. The list ends at the first line of press-release
furniture ("View original content", "SOURCE", "###", contacts), and a press
contact written under it without a heading is left out.

Before that, `markup.py` undoes Markdown, pasted columns and tables, and
`inline.py` puts one-line lists ("A; B; C") one signatory a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import inline, markup, names, places, roles
from . import lines as L
from .cutting import strip_contacts


@dataclass
class RawEntry:
    """One signatory line (or a multi-line signature block) before field parsing."""

    line_index: int
    text: str  # the original line(s), stripped
    body: str  # without its number or bullet
    number: int | None
    group: int = 0
    group_label: str | None = None
    heading_kind: str | None = None
    heading_country: str | None = None


@dataclass
class Layout:
    statement_lines: list[str]
    entries: list[RawEntry]
    warnings: list[str] = field(default_factory=list)
    marker: str | None = None


def normalise_text(text: str) -> str:
    """Unify line ends, invisible characters, Markdown and pasted columns."""
    return "\n".join(markup.normalise_lines(text))


def _entry_like(line: str) -> bool:
    text = line.strip()
    return bool(text) and not L.is_prose(text) and not L.is_trailing_start(text)


def _find_end(lines: list[str], start: int) -> int:
    """Index of the first trailing line after `start`, once at least one entry was seen."""
    seen_entry = False
    for i in range(start, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if seen_entry and L.is_trailing_start(text):
            # An address or phone number right under a signature is part of it.
            if L.is_contact_detail(text) and lines[i - 1].strip():
                continue
            return i
        if not seen_entry and _entry_like(text):
            seen_entry = True
    return len(lines)


def _trim_tail(lines: list[str], start: int, end: int) -> int:
    """Drop closing sentences and contact lines just before `end`."""
    while end > start and (
        not lines[end - 1].strip()
        or L.is_trailing_start(lines[end - 1])
        or L.is_prose(lines[end - 1])
        and not L.is_tally(lines[end - 1])
    ):
        end -= 1
    return end


def _list_above(lines: list[str], marker: int) -> int:
    """Where the list starts when an announcing line comes after part of it.

    "Also endorsed by:" or "Supported by:" may follow a list that had no
    announcing line of its own. The lines above the marker belong to the list
    when they are list-shaped: numbered or bulleted lines, or headings such as
    "I. LABOR UNIONS", back to the first sentence of running text. A title and
    subtitle above a marker are not: they are neither numbered nor headings.
    """
    start = marker
    numbered = 0
    i = marker - 1
    while i >= 0:
        text = lines[i].strip()
        if text:
            if not _entry_like(text) or L.is_list_marker(text):
                break
            number, bulleted, _ = L.strip_numbering(text)
            if number is not None or bulleted:
                numbered += 1
            else:
                heading = L.heading_of(text)
                if not (heading and (heading.kind or heading.country)):
                    break
            start = i
        i -= 1
    return start if numbered >= 2 else marker + 1


def locate(lines: list[str]) -> tuple[int, int, int | None]:
    """(start, end, marker index) of the signatory list within `lines`."""
    for i, line in enumerate(lines):
        if L.is_list_marker(line):
            end = _trim_tail(lines, i + 1, _find_end(lines, i + 1))
            if any(_entry_like(x) for x in lines[i + 1 : end]):
                return _list_above(lines, i), end, i
    # No announcing line: take the run of list-like lines that ends the document.
    end = len(lines)
    for i, line in enumerate(lines):
        if L.is_trailing_start(line) and i > 0:
            before = [x for x in lines[:i] if x.strip()]
            if before and _entry_like(before[-1]):
                end = i
                break
    end = _trim_tail(lines, 0, end)
    start = end
    while start > 0 and (not lines[start - 1].strip() or _entry_like(lines[start - 1])):
        start -= 1
    return start, end, None


@dataclass
class _Item:
    kind: str  # "blank", "heading", "entry", "note"
    index: int
    text: str = ""
    body: str = ""
    number: int | None = None
    bulleted: bool = False
    contact: bool = False  # an e-mail address or phone number was under the line

    def has_contact(self) -> bool:
        """Contact details under the line or on it (checked only where it matters)."""
        return self.contact or L.has_contact(self.body)

    heading: L.Heading | None = None


_BRACKETED = re.compile(r"\(.*\)|\[.*\]")


def _items(lines: list[str], start: int, end: int) -> list[_Item]:
    raw = [(i, lines[i]) for i in range(start, end)]
    stripped = [L.strip_numbering(line.strip()) if line.strip() else None for _, line in raw]
    numbered = [s for s in stripped if s is not None]
    numbered_list = sum(1 for n, _, _ in numbered if n is not None) >= max(2, 0.6 * len(numbered))
    items: list[_Item] = []
    for pos, (i, line) in enumerate(raw):
        text = line.strip()
        if not text:
            items.append(_Item("blank", i))
            continue
        number, bulleted, body = stripped[pos]
        prev = items[-1] if items else None
        if (
            L.is_contact_detail(text)
            and prev is not None
            and prev.kind == "entry"
            and raw[pos - 1][1].strip()
        ):
            prev.text += "\n" + text  # kept in the entry's text, never a field
            prev.contact = True
            continue
        if L.is_contact_detail(text):
            # A web address or phone number under a heading or on its own is no signatory.
            items.append(_Item("note", i, text=text))
            continue
        if L.is_tally(body):
            items.append(_Item("tally", i, text=text))
            continue
        if L.is_disclaimer(text):
            items.append(_Item("note", i, text=text))
            continue
        if number is None and L.is_status(body):
            items.append(_Item("status", i, text=text))
            continue
        if number is None and not bulleted and pos > 0 and L.is_list_marker(text):
            # A second announcing line ("Supported by") starts a new group.
            found = L.heading_of(text)
            label = text.rstrip(":,;.- ").strip()
            items.append(
                _Item(
                    "heading",
                    i,
                    text=text,
                    heading=L.Heading(
                        label=label,
                        kind=found.kind if found else None,
                        country=found.country if found else None,
                    ),
                )
            )
            continue
        heading = None if number is not None or bulleted else L.heading_of(text, numbered_list=numbered_list)
        if heading:
            items.append(_Item("heading", i, text=text, heading=heading))
            continue
        if number is None and not bulleted and (_BRACKETED.fullmatch(text) or L.is_prose(text)):
            items.append(_Item("note", i, text=text))
            continue
        if numbered_list and number is None and not bulleted:
            following = next((lines[j].strip() for j in range(i + 1, end) if lines[j].strip()), "")
            next_numbered = L.strip_numbering(following)[0] is not None if following else False
            # "Jane Roe" then "jane@example.org" under the last number: a press contact, not a wrapped line.
            below = lines[i + 1] if i + 1 < len(lines) else ""
            card = (L.is_contact_detail(below) or L.has_contact(text)) and names.person_score(
                body.split(",")[0]
            ) == 2
            if (
                prev is not None
                and prev.kind == "entry"
                and prev.number is not None
                and pos > 0
                and raw[pos - 1][1].strip()
                and not card
            ):
                # A wrapped line continues the numbered entry above it.
                prev.text += "\n" + text
                prev.body += ", " + body
                continue
            if next_numbered and len(text.split()) <= 6 and "," not in text:
                items.append(_Item("heading", i, text=text, heading=L.Heading(label=text.rstrip(":"))))
                continue
        items.append(
            _Item(
                "entry",
                i,
                text=text,
                body=body,
                number=number,
                bulleted=bulleted,
            )
        )
    return items


def _drop_press_contact(items: list[_Item], lines: list[str]) -> tuple[list[_Item], str | None]:
    """Leave out a press contact written under the list without a heading.

    "Jordan Ellis / Acme Trust / 613-555-0148 / jordan@example.org" after a
    list whose entries carry no e-mail or phone is the person to call, not a
    signatory. It must stand in a paragraph of its own at the end, be short,
    and differ from the list in having contact details: in a letter whose
    signatures all carry them ("Sincerely, ... jane@example.org") the last
    block is a signature like the others.
    """
    end = len(items)
    while end and items[end - 1].kind in {"blank", "note"}:
        end -= 1
    start = end
    while start and items[start - 1].kind == "entry":
        start -= 1
    block = items[start:end]
    before = [it for it in items[:start] if it.kind == "entry"]
    # The contact lines right under the block may have been cut off with the tail.
    after = block[-1].index + block[-1].text.count("\n") + 1 if block else 0
    trailing_contact = after < len(lines) and L.is_contact_detail(lines[after])
    if (
        not block
        or len(block) > 4
        or start == 0
        or items[start - 1].kind != "blank"
        or len(before) < 2
        or any(it.number is not None or it.bulleted for it in block)
        or not (trailing_contact or any(it.has_contact() for it in block))
        or any("\n" in it.text or it.has_contact() for it in before)
    ):
        return items, None
    note = f"lines {block[0].index + 1}-{block[-1].index + 1} read as a press contact, not a signatory: " + (
        " / ".join(it.text.replace("\n", " / ") for it in block)
    )
    return items[:start] + items[end:], note


def _without_contacts(text: str) -> str:
    return re.sub(r"\(\W*\)|\[\W*\]", "", strip_contacts(text)).strip(" ,;")


def _drop_glued_contact(items: list[_Item], lines: list[str]) -> tuple[list[_Item], str | None]:
    """Leave out a press contact pasted right under the last signatory, without a blank line.

    "Jane Roe / jane@example.org / +1 202 555 0100" or "Jane Roe, +1 202 555
    0100" under a list whose entries carry no contact details: a bare name
    (or a name with a role and organisation on the next line) with an e-mail
    address or phone number is the person to call. A last line with the
    fields of a signatory ("Kim Roberts, Beta Society, Austin, TX,
    kim@example.org") stays a signatory.
    """
    end = len(items)
    while end and items[end - 1].kind in {"blank", "note"}:
        end -= 1
    if not end or items[end - 1].kind != "entry":
        return items, None
    last = items[end - 1]
    after = last.index + last.text.count("\n") + 1
    if not (last.has_contact() or after < len(lines) and L.is_contact_detail(lines[after])):
        return items, None
    # The card starts at the nearest line above that begins with a personal name.
    start = None
    for k in range(end - 1, max(end - 3, 0) - 1, -1):
        item = items[k]
        if item.kind != "entry" or k < end - 1 and "\n" in item.text:
            break
        first = _without_contacts(item.body).split(",")[0].strip()
        if names.person_score(first) == 2 and not roles.is_role(first):
            start = k
            break
    if start is None or start == 0 or items[start - 1].kind != "entry":
        return items, None
    card, before = items[start:end], [it for it in items[:start] if it.kind == "entry"]
    # Only a name, or a name and a role: "Kim Roberts, Beta Society, Austin, TX" is a signatory.
    head = [p.strip() for p in _without_contacts(card[0].body).split(",") if p.strip()]
    if (
        len(before) < 2
        or not all(roles.is_role(p) for p in head[1:])
        or any(it.number is not None or it.bulleted for it in card)
        or any("\n" in it.text or it.has_contact() for it in before)
    ):
        return items, None
    note = f"lines {card[0].index + 1}-{card[-1].index + 1} read as a press contact, not a signatory: " + (
        " / ".join(it.text.replace("\n", " / ") for it in card)
    )
    return items[:start] + items[end:], note


def _merge_signature_blocks(items: list[_Item]) -> list[_Item]:
    """Join "Name / Title / Organisation / City" blocks written one field per line.

    Applies only when every multi-line block starts with a personal name and no
    other line of the block is one, which is how signature blocks look and how
    a plain column of names or organisations does not.
    """
    blocks: list[list[_Item]] = [[]]
    for item in items:
        if item.kind == "entry" and item.number is None and not item.bulleted:
            blocks[-1].append(item)
        else:
            blocks.append([])
    multi = [b for b in blocks if len(b) >= 2]
    if not multi:
        return items

    def is_signature(block: list[_Item]) -> bool:
        return names.person_score(block[0].body.split(",")[0]) == 2 and all(
            (names.person_score(x.body.split(",")[0]) < 2 or roles.is_role(x.body.split(",")[0]))
            and len(x.body.split()) <= 8
            for x in block[1:]
        )

    # A role ("President, ...") or a place ("Riverside, CA") on a following line
    # is what shows these are signature blocks and not a column of names.
    evidence = any(
        roles.is_role(x.body.split(",")[0]) or places.parse_place(x.body.split(",")[-1].strip())
        for block in multi
        for x in block[1:]
    )
    if not evidence or not all(is_signature(b) for b in multi):
        return items
    merged: list[_Item] = []
    skip: set[int] = set()
    for block in multi:
        head = block[0]
        head.text = "\n".join(x.text for x in block)
        head.body = ", ".join(x.body for x in block)
        skip.update(id(x) for x in block[1:])
    merged = [item for item in items if id(item) not in skip]
    return merged


def layout(text: str) -> Layout:
    """Find the list in a document and return its entries with groups assigned."""
    lines = inline.expand_inline_lists(markup.normalise_lines(text))
    start, end, marker = locate(lines)
    statement_end = min(marker, start) if marker is not None else start
    result = Layout(statement_lines=lines[:statement_end], entries=[])
    if marker is not None:
        result.marker = lines[marker].strip()
    items, contact_note = _drop_press_contact(_merge_signature_blocks(_items(lines, start, end)), lines)
    if not contact_note:
        items, contact_note = _drop_glued_contact(items, lines)
    if contact_note:
        result.warnings.append(contact_note)
    if marker is not None and marker < start:
        heading = L.heading_of(lines[marker])
        if heading and heading.kind:
            items.insert(0, _Item("heading", marker, text=lines[marker].strip(), heading=heading))
    entries = [it for it in items if it.kind == "entry"]
    if marker is None and len(entries) < 2:
        return result
    for it in items:
        if it.kind == "note":
            result.warnings.append(f"line {it.index + 1} skipped as a note: {it.text}")
        elif it.kind == "status":
            result.warnings.append(
                f"line {it.index + 1} counts or dates the signatures and is not an entry: {it.text}"
            )
        elif it.kind == "tally":
            result.warnings.append(
                f"line {it.index + 1} counts further signers and is not an entry: {it.text}"
            )

    has_headings = any(it.kind == "heading" for it in items)
    # Blank lines split groups, unless the list is simply double-spaced: when
    # (nearly) every blank-separated block holds one entry, they are layout.
    blocks, current = [], 0
    for it in items:
        if it.kind == "entry":
            current += 1
        elif current:
            blocks.append(current)
            current = 0
    if current:
        blocks.append(current)
    double_spaced = len(blocks) >= 3 and sum(1 for b in blocks if b == 1) >= 0.8 * len(blocks)
    blank_splits = not has_headings and not double_spaced

    group, open_group, heading = 0, False, None
    for it in items:
        if it.kind == "heading":
            heading, open_group = it.heading, False
        elif it.kind == "blank" and blank_splits:
            open_group = False
        elif it.kind == "entry":
            if not open_group:
                group += 1
                open_group = True
            result.entries.append(
                RawEntry(
                    line_index=it.index,
                    text=it.text,
                    body=it.body,
                    number=it.number,
                    group=group,
                    group_label=heading.label if heading else None,
                    heading_kind=heading.kind if heading else None,
                    heading_country=heading.country if heading else None,
                )
            )
    return result
