"""Several signatories written on one line, put one a line as lists usually are.

Three shapes are split:

* "Signed: A; B; C" - an announcing label, then semicolons;
* "A; B; C" - semicolons between pieces that each read as a signatory
  (an organisation, a personal name, or either followed by its affiliation);
* "A, B, C and D" alone in its paragraph right under an announcing line or a
  heading, when every piece reads as an organisation or every piece as a
  personal name.

What is not split is the line of one signatory's fields: "Jane Doe; Director;
Acme Trust" (a role), "Name, Org, City, ST" (a place, and a person beside
organisations). Semicolons are the strong signal; commas need all pieces alike.
"""

from __future__ import annotations

import re

from . import gazetteer, given_names, names, orgs, places, roles
from . import lines as L
from .run_together import split_run_together

_LABELLED = re.compile(r"^(?P<marker>[^:;]{3,60}?)\s*:\s*(?P<rest>[^;]+(?:;[^;]*)+)$")
_SEMICOLON = re.compile(r";\s*")
_COMMA = re.compile(r",\s*")
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+(?=[A-Z])")
_LAST_AND = re.compile(r"\s+(?:and|&)\s+")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def _split_outside_parentheses(text: str, pattern: re.Pattern[str]) -> list[str]:
    pieces, depth, last = [], 0, 0
    for match in pattern.finditer(text):
        depth = text.count("(", 0, match.start()) - text.count(")", 0, match.start())
        if depth <= 0:
            pieces.append(text[last : match.start()])
            last = match.end()
    pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]


def _kind(piece: str) -> str | None:
    """ "person", "org" or None for one piece of a line (its first comma part decides)."""
    head = _PARENTHESIS.sub("", piece.split(",")[0]).strip(" .")
    if not head or not head[0].isupper() and not head[0].isdigit():
        return None
    if places.parse_place(head) or gazetteer.is_city(head) or roles.is_role(head):
        return None
    tokens = head.split()
    if orgs.org_score(head) >= 2 or (
        len(tokens) > 1
        # "ACORN Ottawa", "Greenpeace Nordic": an acronym, a city or a country is no part of a name.
        and (
            places.names_a_country(head)
            or any(len(t) > 2 and t.isupper() for t in tokens)
            or any(gazetteer.is_city(t) for t in tokens)
        )
    ):
        return "org"
    if names.person_score(head) == 2:
        return "person"
    # "Oxfam", "Greenpeace": a single capitalised word that is not a place.
    if len(head.split()) == 1 and len(head) > 2:
        return "org"
    return None


def split_semicolons(line: str) -> list[str] | None:
    """The signatories of "A; B; C", or None when the semicolons separate fields.

    >>> split_semicolons("Oxfam; Friends of the Earth Europe; Jane Roe (Acme Trust); and 40 others")
    ['Oxfam', 'Friends of the Earth Europe', 'Jane Roe (Acme Trust)', 'and 40 others']
    >>> split_semicolons("Jane Doe; Director; Acme Trust") is None, split_semicolons("Jane Doe; Acme Trust; Beta Society") is None
    (True, True)
    """
    if ";" not in line:
        return None
    pieces = _split_outside_parentheses(line.strip().rstrip("."), _SEMICOLON)
    if len(pieces) < 2:
        return None
    # Two pieces are two signatories only when both are plainly organisations.
    if len(pieces) == 2:
        return pieces if all(orgs.org_score(_PARENTHESIS.sub("", p)) >= 2 for p in pieces) else None
    kinds = []
    for piece in pieces:
        if L.is_tally(piece):
            kinds.append("tally")
            continue
        kind = _kind(_LEADING_AND.sub("", piece))
        if kind is None:
            return None
        kinds.append(kind)
    # "Jane Doe; Acme Trust; Beta Society": one person and her affiliations.
    if kinds[0] == "person" and "person" not in kinds[1:] and len(pieces) <= 3:
        return None
    return [_LEADING_AND.sub("", p) if k != "tally" else p for p, k in zip(pieces, kinds, strict=True)]


def split_commas(line: str) -> list[str] | None:
    """The organisations (or people) of "A, B, C and D", or None.

    >>> split_commas("ACORN Ottawa, Oxfam Canada, Ottawa Food Bank and the Federation of Canadian Municipalities")
    ['ACORN Ottawa', 'Oxfam Canada', 'Ottawa Food Bank', 'Federation of Canadian Municipalities']
    >>> split_commas("Jane Doe, Acme Trust, Boston, MA") is None
    True
    """
    text = line.strip().rstrip(".")
    if text.count(",") < 1 or L.strip_numbering(text)[0] is not None:
        return None
    pieces = _split_outside_parentheses(text, _COMMA)
    # Company suffixes belong to the piece before them ("Acme, Inc.").
    joined: list[str] = []
    for piece in pieces:
        if joined and orgs.is_company_suffix(piece):
            joined[-1] += ", " + piece
        else:
            joined.append(piece)
    pieces = [_LEADING_AND.sub("", p) for p in joined]
    last = _LAST_AND.split(pieces[-1])
    if len(last) == 2 and all(len(x.split()) >= 2 or x.isupper() for x in last):
        pieces[-1:] = last
    pieces = [_ARTICLE.sub("", p) for p in pieces]
    if len(pieces) < 3:
        return None
    kinds = [_kind(p) for p in pieces]
    if None in kinds:
        return None
    # "Jane Doe, Acme Trust, Beta Society" is one person and her affiliations;
    # otherwise a name-like piece among organisations is one more signatory.
    if kinds[0] == "person" and "org" in kinds:
        return None
    if all(k == "person" for k in kinds) or kinds.count("org") >= 2:
        return pieces
    return None


_RUN_IN = re.compile(r"^(?P<label>[^:;]{3,80}?)\s*:\s*(?P<rest>[^:]+;[^:]+)$")
# An office printed once for everyone in a run-in sentence ("Representatives A, B and C").
_PLURAL_OFFICE = re.compile(
    r"^(?:Representatives|Reps\.|Senators|Sens\.|Drs\.|Doctors|Professors|Profs\.|Mayors|Councillors|Councilmembers"
    r"|Members|Ministers|MEPs|MPs)\s+(?=[A-Z])"
)
_AND_AFTER_SEAT = re.compile(r"\)\s*,?\s+(?:and|&)\s+")
_SEATED_NAME = re.compile(r"^(?P<name>[^,;()]+?)(?:\s*\((?P<seat>[^()]{1,20})\))?$")


def _singular_role(role: str) -> str:
    """ "co-chairs of the X Caucus" -> "co-chair of the X Caucus": each signer holds one seat."""
    head, _, rest = role.partition(" ")
    if head.endswith("s") and not head.endswith("ss") and roles.is_role(head[:-1].split("-")[-1]):
        head = head[:-1]
    return f"{head} {rest}".strip()


def _signers_of(segment: str) -> list[str] | None:
    """ "A (WA-07), B (CA-12), and C (NY-20), co-chairs of the X" -> one line per signer, role shared."""
    pieces = _split_outside_parentheses(_LEADING_AND.sub("", segment.strip().rstrip(".")), _COMMA)
    signers: list[str] = []
    for k, piece in enumerate(pieces):
        piece = _LEADING_AND.sub("", piece)
        match = _SEATED_NAME.match(piece)
        if match and names.person_score(match["name"]) == 2:
            signers.append(piece)
            continue
        if not signers:
            return None
        role = ", ".join(pieces[k:])
        role = _singular_role(role) if len(signers) > 1 else role
        return [f"{signer}, {role}" for signer in signers]
    return signers or None


def split_run_in(line: str) -> list[str] | None:
    """The signers of a run-in sentence after a label, or None.

    "Leaders include: Representatives A (WA-07), chair of X; B (CA-12) and C
    (NY-20), co-chairs of Y." Semicolons part the signers; inside a part, names
    share the role that follows them. Every part must start with a personal name.

    >>> split_run_in("Signers include: Mara Lind (WA-07), chair of the Lake Caucus; Tomas Berg (OR-02) and Ada Holm (ID-01), co-chairs of the River Caucus.")
    ['Signers include:', 'Mara Lind (WA-07), chair of the Lake Caucus', 'Tomas Berg (OR-02), co-chair of the River Caucus', 'Ada Holm (ID-01), co-chair of the River Caucus']
    """
    match = _RUN_IN.match(line.strip())
    if not match:
        return None
    rest = _PLURAL_OFFICE.sub("", match["rest"].strip())
    out: list[str] = []
    for segment in _split_outside_parentheses(rest, _SEMICOLON):
        found = _signers_of(_AND_AFTER_SEAT.sub("), ", segment))
        if not found:
            return None
        out.extend(found)
    if len(out) < 3:
        return None
    return [match["label"].strip() + ":", *out]


def _announces(line: str) -> bool:
    if L.is_list_marker(line):
        return True
    heading = L.heading_of(line)
    return bool(heading and (heading.kind or heading.country))


def expand_inline_lists(lines: list[str]) -> list[str]:
    """Put the signatories of one-line lists one a line.

    >>> expand_inline_lists(["Signed: Acme Trust; Beta Society (Kenya); and 12 others."])
    ['Signed:', 'Acme Trust', 'Beta Society (Kenya)', 'and 12 others.']
    >>> expand_inline_lists(["Signed by:", "", "Friends of the Earth Europe, Oxfam Novib, Greenpeace Nordic", ""])
    ['Signed by:', '', 'Friends of the Earth Europe', 'Oxfam Novib', 'Greenpeace Nordic', '']
    """
    out: list[str] = []
    previous = ""  # the last non-blank line before the current paragraph
    for n, line in enumerate(lines):
        text = line.strip()
        found = split_run_together(text, L.is_list_marker) if ":" in text and len(text) > 80 else None
        if found:
            out.extend(found)
            previous = text
            continue
        if ";" in text and ":" in text:
            found = split_run_in(text)
            if found and L.is_list_marker(found[0]):
                out.extend(found)
                previous = text
                continue
        if ";" in text:
            match = _LABELLED.match(text)
            if match and L.is_list_marker(match["marker"] + ":"):
                out.append(match["marker"] + ":")
                out.extend(item.strip() for item in match["rest"].split(";") if item.strip())
                previous = text
                continue
            found = split_semicolons(text)
            if found:
                out.extend(found)
                previous = text
                continue
        if (
            "," in text
            and previous
            and not (n > 0 and lines[n - 1].strip() and lines[n - 1].strip() != previous)
            and (n + 1 == len(lines) or not lines[n + 1].strip())
            and _announces(previous)
        ):
            found = split_commas(text)
            if found:
                out.extend(found)
                previous = text
                continue
        out.append(line)
        if text:
            previous = text
    return out


_TWO_NAMES = re.compile(r"^(?P<a>[^,&]+?)\s+(?:&|and|und|et|y|e)\s+(?P<b>[^,&]+?)(?P<rest>,.*)?$")


def split_two_people(body: str) -> list[str] | None:
    """ "A & B, Co-directors, Org" -> one line per person, the role made singular.

    Only where both sides are plainly personal names (a known given name each),
    so "Marks & Spencer" or "Smith and Sons" stay one organisation.

    >>> split_two_people("Mara Lind & Tomas Berg, Co-directors, Lakeside Trust")
    ['Mara Lind, Co-director, Lakeside Trust', 'Tomas Berg, Co-director, Lakeside Trust']
    >>> split_two_people("Marks & Spencer") is None
    True
    """
    match = _TWO_NAMES.match(body.strip())
    if not match:
        return None
    a, b, rest = match["a"].strip(), match["b"].strip(), match["rest"] or ""
    if not all(names.person_score(x) == 2 and given_names.is_given_name(x.split()[0]) for x in (a, b)):
        return None
    pieces = [p.strip() for p in rest.split(",") if p.strip()]
    if pieces:
        pieces[0] = _singular_role(pieces[0])
    tail = "".join(f", {p}" for p in pieces)
    return [f"{a}{tail}", f"{b}{tail}"]
