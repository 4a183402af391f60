"""The lines of a signatory list read one by one: entry, heading, note, tally or status.

`read_items` also joins a wrapped line to the numbered entry above it and an
e-mail address or phone number to the signature it stands under;
`merge_signature_blocks` joins "Name / Title / Organisation" blocks written one
field a line. `segment.py` then groups the entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import gazetteer, names, orgs, places, roles
from . import lines as L
from .words.joins import CONNECTING_WORDS


@dataclass
class Item:
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


def read_items(lines: list[str], start: int, end: int) -> list[Item]:
    raw = [(i, lines[i]) for i in range(start, end)]
    stripped = [L.strip_numbering(line.strip()) if line.strip() else None for _, line in raw]
    numbered = [s for s in stripped if s is not None]
    numbered_list = sum(1 for n, _, _ in numbered if n is not None) >= max(2, 0.6 * len(numbered))
    items: list[Item] = []
    for pos, (i, line) in enumerate(raw):
        text = line.strip()
        if not text:
            items.append(Item("blank", i))
            continue
        number, bulleted, body = stripped[pos]
        prev = items[-1] if items else None
        if (
            prev is not None
            and prev.kind == "entry"
            and raw[pos - 1][1].strip()
            and number is None
            and not bulleted
            and wraps_onto(prev.text.split("\n")[-1], text)
        ):
            prev.text += "\n" + text
            prev.body += " " + body
            continue
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
            items.append(Item("note", i, text=text))
            continue
        if L.is_tally(body):
            items.append(Item("tally", i, text=text))
            continue
        if L.is_disclaimer(text):
            items.append(Item("note", i, text=text))
            continue
        if number is None and L.is_status(body):
            items.append(Item("status", i, text=text))
            continue
        if number is None and not bulleted and pos > 0 and L.is_list_marker(text):
            # A second announcing line ("Supported by") starts a new group.
            found = L.heading_of(text)
            label = text.rstrip(":,;.- ").strip()
            items.append(
                Item(
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
            items.append(Item("heading", i, text=text, heading=heading))
            continue
        if number is None and not bulleted and (_BRACKETED.fullmatch(text) or L.is_prose(text)):
            items.append(Item("note", i, text=text))
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
                items.append(Item("heading", i, text=text, heading=L.Heading(label=text.rstrip(":"))))
                continue
        items.append(
            Item(
                "entry",
                i,
                text=text,
                body=body,
                number=number,
                bulleted=bulleted,
            )
        )
    return items


_PARTICLE_NAME = re.compile(r"^(?:van|von|de|da|di|du|del|della|la|le|ten|ter|al|el|bin)\s+(?:\w+\s+)?[A-Z]")


def wraps_onto(line: str, following: str) -> bool:
    """Whether `following` is the rest of `line`, wrapped by the page.

    A line that ends on a comma, a connecting word or an open parenthesis goes
    on, and so does one followed by a line that starts with a connecting word or
    "(" - an entry never starts so ("florian kopr", "example.org" may: names
    and web addresses are written lower-case). Contact lines are never a continuation.

    >>> wraps_onto("Kayak Guild, Lake Town, North Province,", "Freedonia.")
    True
    >>> wraps_onto("Kayak Guild, Lake Town", "River Society, Lake Town")
    False
    """
    line, following = line.rstrip(), following.strip()
    if (
        not line
        or not following
        or L.is_contact_detail(following)
        or L.is_trailing_start(following)
        or L.is_tally(following)
    ):
        return False
    last_word = line.split()[-1]
    if _PARTICLE_NAME.match(following):
        # "van der Berg, Pieter": a surname written first; only an organisation word
        # left hanging ("... Universidad" / "de Chile") takes it as its rest.
        return orgs.org_score(last_word) >= 2
    return (
        line.endswith(",")
        or last_word.casefold() in CONNECTING_WORDS
        or line.count("(") > line.count(")")
        or following.split()[0] in CONNECTING_WORDS
        or following[0] == "("
    )


def merge_signature_blocks(items: list[Item]) -> list[Item]:
    """Join "Name / Title / Organisation / City" blocks written one field per line.

    Applies only when every multi-line block starts with a personal name and no
    other line of the block is one, which is how signature blocks look and how
    a plain column of names or organisations does not.
    """
    blocks: list[list[Item]] = [[]]
    for item in items:
        if item.kind == "entry" and item.number is None and not item.bulleted:
            blocks[-1].append(item)
        else:
            blocks.append([])
    multi = [b for b in blocks if len(b) >= 2]
    if not multi:
        return _spaced_signature_blocks(items)

    def is_signature(block: list[Item]) -> bool:
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
    merged: list[Item] = []
    skip: set[int] = set()
    for block in multi:
        head = block[0]
        head.text = "\n".join(x.text for x in block)
        head.body = ", ".join(x.body for x in block)
        skip.update(id(x) for x in block[1:])
    merged = [item for item in items if id(item) not in skip]
    return merged


def _first_piece(item: Item) -> str:
    return item.body.split(",")[0]


def _spaced_signature_blocks(items: list[Item]) -> list[Item]:
    """Join signature blocks whose every line stands between blank lines.

    "Jane Roe / (blank) / President / (blank) / Acme Trust": blank lines cannot
    tell the blocks apart here, so the shape does. A block starts at a personal
    name and goes on through its role; the line right after a role is the
    organisation even when it reads like a name ("Lakeside Roundtable"). Every
    block must read so, starting with a name and holding a role as its second
    line. A lone place line after the last block ("Springfield") places the
    letter as a whole and is no signatory.
    """
    entries = [it for it in items if it.kind == "entry"]
    if len(entries) < 4 or any(it.number is not None or it.bulleted for it in entries):
        return items
    last = max(k for k, it in enumerate(items) if it.kind == "entry")
    if any(it.kind not in {"entry", "blank"} for it in items[:last]):
        return items
    # "Springfield" under the last block reads as a place heading; it places the letter.
    place_headings = [
        it for it in items[last + 1 :] if it.kind == "heading" and it.heading and not it.heading.kind
    ]
    blocks: list[list[Item]] = []
    after_role = False
    for it in entries:
        if names.person_score(_first_piece(it)) == 2 and not after_role or not blocks:
            blocks.append([it])
        else:
            blocks[-1].append(it)
        after_role = roles.is_role(_first_piece(it))
    place_line = None
    if len(blocks[-1]) == 1 and gazetteer.is_city(blocks[-1][0].body.strip(" .")):
        place_line = blocks.pop()[0]
    if len(blocks) < 2 or not all(
        2 <= len(b) <= 4
        and names.person_score(_first_piece(b[0])) == 2
        and roles.is_role(_first_piece(b[1]))
        and all(len(x.body.split()) <= 8 for x in b)
        for b in blocks
    ):
        return items
    skip = {id(x) for b in blocks for x in b[1:]}
    for block in blocks:
        head = block[0]
        head.text = "\n".join(x.text for x in block)
        head.body = ", ".join(x.body for x in block)
    for it in place_headings + ([place_line] if place_line else []):
        it.kind = "note"
    return [it for it in items if id(it) not in skip]
