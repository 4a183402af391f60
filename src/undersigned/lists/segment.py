"""Split a document into statement, signatory list and trailing matter; group the list.

People rarely say where their list starts, so the boundary is found from the
shape of the lines: an announcing line ("Signed by:"), else the run of short,
name-like lines at the end. The list ends at the first line of press-release
furniture ("View original content", "SOURCE", "###", contacts), and a press
contact written under it without a heading is left out.

Before that, `markup.py` undoes Markdown, pasted columns and tables, and
`inline.py` puts one-line lists ("A; B; C") one signatory a line. The list's
lines are read one by one in `list_items.py`, and `press_contacts.py` finds
that press contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import inline, markup
from . import lines as L
from .list_items import Item, merge_signature_blocks, read_items
from .model import Notice
from .press_contacts import drop_glued_contact, drop_press_contact


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
    notices: list[Notice] = field(default_factory=list)


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
            if text.endswith(":") and not L.is_list_marker(text):
                # "Our demands:" announces the numbered lines under it; they are not signatories.
                return marker + 1
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
    return _numbering_back_to_1(lines, start), end, None


def _numbering_back_to_1(lines: list[str], start: int) -> int:
    """Move the start up while the numbering runs on downwards ("4. ...", "3. ...", "2. ...").

    A continuous run 1..N is one list, so a numbered line that reads like a
    sentence ("3. The school named after ... under the association") does not
    cut it in two.
    """
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    if first is None:
        return start
    expected = L.strip_numbering(lines[first])[0]
    if expected is None:
        return start
    i = start - 1
    while i >= 0 and expected > 1:
        if lines[i].strip():
            if L.strip_numbering(lines[i])[0] != expected - 1:
                break
            expected -= 1
            start = i
        i -= 1
    return start


def layout(text: str) -> Layout:
    """Find the list in a document and return its entries with groups assigned."""
    lines = inline.expand_inline_lists(markup.normalise_lines(text))
    start, end, marker = locate(lines)
    statement_end = min(marker, start) if marker is not None else start
    result = Layout(statement_lines=lines[:statement_end], entries=[])
    if marker is not None:
        result.marker = lines[marker].strip()
    items, contact_note = drop_press_contact(merge_signature_blocks(read_items(lines, start, end)), lines)
    if not contact_note:
        items, contact_note = drop_glued_contact(items, lines)
    if contact_note:
        result.warnings.append(contact_note)
    if marker is not None and marker < start:
        heading = L.heading_of(lines[marker])
        if heading and heading.kind:
            items.insert(0, Item("heading", marker, text=lines[marker].strip(), heading=heading))
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
            # "A & B, Co-directors, Org": one line, two signatories.
            for body in inline.split_two_people(it.body) or [it.body]:
                result.entries.append(
                    RawEntry(
                        line_index=it.index,
                        text=it.text,
                        body=body,
                        number=it.number,
                        group=group,
                        group_label=heading.label if heading else None,
                        heading_kind=heading.kind if heading else None,
                        heading_country=heading.country if heading else None,
                    )
                )
    _drop_sole_generic_heading(result.entries)
    result.notices.extend(numbering_notices(lines, statement_end, result.entries))
    return result


def _numbered_runs(lines: list[str], end: int) -> list[tuple[int, int, int]]:
    """Runs of consecutively numbered lines above `end`: (first line index, first number, last number)."""
    runs: list[tuple[int, int, int]] = []
    for i in range(end):
        number = L.strip_numbering(lines[i])[0] if lines[i].strip() else None
        if number is None:
            continue
        if runs and number == runs[-1][2] + 1:
            runs[-1] = (runs[-1][0], runs[-1][1], number)
        else:
            runs.append((i, number, number))
    return runs


def numbering_notices(lines: list[str], statement_end: int, entries: list[RawEntry]) -> list[Notice]:
    """Say loudly when the list's numbering suggests part of it was left in the statement.

    A list numbered from 12 lost 1-11 somewhere above; numbered lines that run
    on into the list's first number are the list's own beginning. The notice
    carries the line where the list could start instead.
    """
    notices: list[Notice] = []
    first = next((e for e in entries if e.number is not None), None)
    runs = [r for r in _numbered_runs(lines, statement_end) if r[2] - r[1] >= 1]
    if first is not None and first.number is not None and first.number > 1:
        start = next((r[0] for r in reversed(runs) if r[1] == 1 and r[2] + 1 >= first.number - 1), None)
        notices.append(
            Notice(
                "numbering_starts_above_1",
                f"The list's numbering starts at {first.number}: entries 1 to {first.number - 1} may have been "
                "read as part of the statement."
                + (" They seem to start at the line given." if start is not None else ""),
                line=start if start is not None else first.line_index,
                line_text=lines[start if start is not None else first.line_index].strip(),
            )
        )
    elif runs:
        i, low, high = runs[-1]
        notices.append(
            Notice(
                "numbered_lines_in_statement",
                f"Lines numbered {low} to {high} stay in the statement; if they are signatories, start the list there.",
                line=i,
                line_text=lines[i].strip(),
            )
        )
    return notices


def _drop_sole_generic_heading(entries: list[RawEntry]) -> None:
    """A heading over the whole list that says nothing of its signers ("The signatories") is no group."""
    labels = {e.group_label for e in entries}
    if (
        len(labels) == 1
        and None not in labels
        and not any(e.heading_kind or e.heading_country for e in entries)
    ):
        for e in entries:
            e.group_label = None
