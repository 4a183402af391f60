"""A press contact written under the list is no signatory: find it and leave it out.

"Jordan Ellis / Acme Trust / 613-555-0148" in a paragraph of its own after the
list, or "Jane Roe, +1 202 555 0100" glued under the last entry, is the person
to call. Each test returns the items without it and a note saying so.
"""

from __future__ import annotations

import re

from . import lines as L
from . import names, roles
from .cutting import strip_contacts
from .list_items import Item


def drop_press_contact(items: list[Item], lines: list[str]) -> tuple[list[Item], str | None]:
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


def drop_glued_contact(items: list[Item], lines: list[str]) -> tuple[list[Item], str | None]:
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
