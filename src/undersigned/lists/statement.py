"""Title, dateline and body of the statement part of a document."""

from __future__ import annotations

import re

from .model import Statement

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_WIRE = (
    r"(?:\s*/\s*[A-Za-z][\w. -]{1,40}/|\s*\(\s*[A-Z][A-Za-z ]{2,40}\)|\s*--\s*\(\s*[A-Z][A-Za-z ]{2,40}\))?"
)
# A place has at most four words ("NEW YORK", "St. Paul, Minn."): "A statement by
# European and African civil society, 4 June 2025" is a subtitle, not a dateline.
_PLACE = r"[A-Z][\w.'’-]*(?:[ ][\w.'’-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?P<dateline>{_PLACE}(?:,\s*{_PLACE}){{0,2}},?\s+{_DATE}{_WIRE})(?:\s*(?:--|—|–|-|:)\s*(?P<rest>.*))?$",
    re.DOTALL,
)


# Wires that put no date in the dateline or put it after their name:
# "NEW YORK--(BUSINESS WIRE)--", "NEW YORK, NY / ACCESSWIRE / March 3, 2025 /".
_PLACES = rf"{_PLACE}(?:,\s*{_PLACE}){{0,2}}"
_WIRE_DATELINE = re.compile(
    rf"^(?P<dateline>{_PLACES}\s*--\s*\(\s*[A-Z][A-Za-z ]{{2,40}}\)|{_PLACES}\s*/\s*[A-Z][\w.-]+\s*/\s*{_DATE})"
    rf"\s*(?:--|/|—|–)\s*(?P<rest>.*)$",
    re.DOTALL,
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split "CHICAGO, March 3, 2025 -- A coalition ..." into dateline and text.

    >>> split_dateline("NEW YORK, Jan. 5, 2025 /PRNewswire/ -- Groups today ...")
    ('NEW YORK, Jan. 5, 2025 /PRNewswire/', 'Groups today ...')
    >>> split_dateline("BOSTON--(BUSINESS WIRE)--Groups today ...")
    ('BOSTON--(BUSINESS WIRE)', 'Groups today ...')
    """
    match = _DATELINE.match(paragraph.strip()) or _WIRE_DATELINE.match(paragraph.strip())
    if not match:
        return None, paragraph
    return match["dateline"].strip(), (match["rest"] or "").strip()


def _is_title(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    text = paragraph.strip()
    if len(lines) > 2 or len(text.split()) > 20 or not text:
        return False
    return not text.endswith((".", ",", ";")) or text.isupper()


def read_statement(lines: list[str]) -> Statement:
    """Title, dateline and body from the lines above the list.

    The title is the first short paragraph without a closing full stop among the
    first three; the dateline is the press-release opening "CITY, Date /Wire/ --".
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    title = dateline = None
    body: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        if dateline is None and n < 5:
            found, rest = split_dateline(paragraph)
            if found:
                dateline = found
                if rest:
                    body.append(rest)
                continue
        if title is None and n < 3 and not body and _is_title(paragraph):
            title = re.sub(r"\s*\n\s*", " ", paragraph)
            continue
        if title is None and n < 3 and dateline and len(body) == 1 and _is_title(paragraph):
            title = re.sub(r"\s*\n\s*", " ", paragraph)
            continue
        body.append(paragraph)
    return Statement(title=title, dateline=dateline, body="\n\n".join(body))


_UNDERSIGNED = re.compile(
    r"\bundersigned\s+((?:[\w’'-]+(?:,\s*|\s+)){0,6}?[\w’'-]+)(?=[,.;:]|\s+(?:of|from|in|call|urge|write|ask|are|is|have|support|oppose|demand|stand|join|express|request)\b)",
    re.IGNORECASE,
)
_ORG_NOUNS = {
    "organizations",
    "organisations",
    "groups",
    "businesses",
    "companies",
    "unions",
    "networks",
    "associations",
    "coalitions",
    "institutions",
    "ngos",
    "csos",
    "firms",
    "employers",
    "congregations",
    "churches",
    "foundations",
    "federations",
    "cooperatives",
    "co-operatives",
    "charities",
    "nonprofits",
}
_PERSON_NOUNS = {
    "individuals",
    "scientists",
    "faculty",
    "scholars",
    "researchers",
    "academics",
    "doctors",
    "physicians",
    "nurses",
    "lawyers",
    "economists",
    "experts",
    "people",
    "residents",
    "citizens",
    "students",
    "parents",
    "teachers",
    "professors",
    "writers",
    "artists",
    "clergy",
    "legislators",
    "members",
    "persons",
    "alumni",
    "historians",
    "journalists",
    "health",
    "professionals",
    "practitioners",
    "survivors",
    "voters",
}


def signer_kind(body: str) -> str | None:
    """What "We, the undersigned ..." says the signatories are: "organization", "individual" or None.

    >>> signer_kind("We, the undersigned businesses, urge the EPA to act.")
    'organization'
    >>> signer_kind("We, the undersigned scientists and scholars, call for a moratorium.")
    'individual'
    >>> signer_kind("We, the undersigned organizations and individuals, ask ...") is None
    True
    """
    match = _UNDERSIGNED.search(body)
    if not match:
        return None
    words = {w.strip(",").casefold() for w in match.group(1).split()}
    orgs, people = words & _ORG_NOUNS, words & _PERSON_NOUNS
    if orgs and not people:
        return "organization"
    if people and not orgs:
        return "individual"
    return None
