"""Split a document into statement, signatory list and trailing matter; group the list.

People rarely say where their list starts, so the boundary is found from the
shape of the lines: an announcing line ("Signed by:"), else the run of short,
name-like lines at the end. The list ends at the first line of press-release
furniture ("View original content", "SOURCE", "###", contacts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lines as L
from . import names, places, roles


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
    """Unify line ends and invisible characters that word processors leave behind."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\t]", " ", text)
    return re.sub(r"[\u200b\u200c\u200d\u2060\u00ad]", "", text)


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


def locate(lines: list[str]) -> tuple[int, int, int | None]:
    """(start, end, marker index) of the signatory list within `lines`."""
    for i, line in enumerate(lines):
        if L.is_list_marker(line):
            end = _trim_tail(lines, i + 1, _find_end(lines, i + 1))
            if any(_entry_like(x) for x in lines[i + 1 : end]):
                return i + 1, end, i
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
    heading: L.Heading | None = None


_BRACKETED = re.compile(r"\(.*\)|\[.*\]")


def _items(lines: list[str], start: int, end: int) -> list[_Item]:
    raw = [(i, lines[i]) for i in range(start, end)]
    numbered = [strip_result for _, line in raw if line.strip() for strip_result in [L.strip_numbering(line)]]
    numbered_list = sum(1 for n, _, _ in numbered if n is not None) >= max(2, 0.6 * len(numbered))
    items: list[_Item] = []
    for pos, (i, line) in enumerate(raw):
        text = line.strip()
        if not text:
            items.append(_Item("blank", i))
            continue
        number, bulleted, body = L.strip_numbering(text)
        prev = items[-1] if items else None
        if (
            L.is_contact_detail(text)
            and prev is not None
            and prev.kind == "entry"
            and raw[pos - 1][1].strip()
        ):
            prev.text += "\n" + text  # kept in the entry's text, never a field
            continue
        if L.is_tally(body):
            items.append(_Item("tally", i, text=text))
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
            if prev is not None and prev.kind == "entry" and pos > 0 and raw[pos - 1][1].strip():
                # A wrapped line continues the numbered entry above it.
                prev.text += "\n" + text
                prev.body += ", " + body
                continue
            if next_numbered and len(text.split()) <= 6 and "," not in text:
                items.append(_Item("heading", i, text=text, heading=L.Heading(label=text.rstrip(":"))))
                continue
        items.append(_Item("entry", i, text=text, body=body, number=number, bulleted=bulleted))
    return items


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


_INLINE_LIST = re.compile(r"^(?P<marker>[^:;]{3,60}?)\s*:\s*(?P<rest>[^;]+(?:;[^;]*)+)$")


def expand_inline_list(lines: list[str]) -> list[str]:
    """Put "Signed: A; B; C" one signatory a line, as lists are usually written.

    Only a line that opens with an announcing label and goes on with
    semicolons is split: elsewhere a semicolon separates the fields of one
    signatory ("Jane Doe; Director; Acme Trust").

    >>> expand_inline_list(["Signed: Acme Trust; Beta Society (Kenya); and 12 others."])
    ['Signed:', 'Acme Trust', 'Beta Society (Kenya)', 'and 12 others.']
    """
    out: list[str] = []
    for line in lines:
        match = _INLINE_LIST.match(line.strip()) if ";" in line else None
        if match and L.is_list_marker(match["marker"] + ":"):
            out.append(match["marker"] + ":")
            out.extend(item.strip() for item in match["rest"].split(";") if item.strip())
        else:
            out.append(line)
    return out


def layout(text: str) -> Layout:
    """Find the list in a document and return its entries with groups assigned."""
    lines = expand_inline_list(normalise_text(text).split("\n"))
    start, end, marker = locate(lines)
    statement_end = marker if marker is not None else start
    result = Layout(statement_lines=lines[:statement_end], entries=[])
    if marker is not None:
        result.marker = lines[marker].strip()
    items = _merge_signature_blocks(_items(lines, start, end))
    if marker is not None:
        heading = L.heading_of(lines[marker])
        if heading and heading.kind:
            items.insert(0, _Item("heading", marker, text=lines[marker].strip(), heading=heading))
    entries = [it for it in items if it.kind == "entry"]
    if marker is None and len(entries) < 2:
        return result
    for it in items:
        if it.kind == "note":
            result.warnings.append(f"line {it.index + 1} skipped as a note: {it.text}")
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
