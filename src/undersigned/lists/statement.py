"""Title, dateline and body of the statement part of a document."""

from __future__ import annotations

import re

from .model import Statement
from .words.lines import ORGANIZATION_NOUNS, PERSON_NOUNS

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


# Newswire status lines above the headline: they say when the text may run, not what it is.
_STATUS_LINE = re.compile(
    r"""^(?:
        (?:for\s+)?immediate\s+release\b.* | for\s+release\b.* | hold\s+for\s+release\b.*
      | (?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\b.* | not\s+for\s+(?:publication|release|distribution)\b.*
      | for\s+publication\b.* | release\s+date\b.* | advance\s+release\b.*
      | (?:joint\s+|news\s+|media\s+)?(?:press|news|media)\s+(?:release|advisory|alert|statement)
      | (?:news|media|press)\s+release\s*(?:[:–—-]\s*)?(?:\d.*|[A-Z][a-z]+\.?\s+\d.*)
      | communiqué\s+de\s+presse | pressemitteilung | presseerklärung | pressemeldung | comunicado\s+de\s+prensa
      | comunicato\s+stampa | persbericht | informacja\s+prasowa | nota\s+de\s+prensa | pressmeddelande
      | pressemelding | pressemeddelelse | tiedote
    )\s*[:.]?$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_status_line(line: str) -> bool:
    """A newswire status line: "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT, 5 June".

    >>> is_status_line("HOLD FOR RELEASE until Sept. 5, 2025, 9 a.m. CEST (07:00 UTC)"), is_status_line("NEWS RELEASE")
    (True, True)
    >>> is_status_line("Press release urges action"), is_status_line("River groups ask ministers to open their data")
    (False, False)
    """
    text = line.strip()
    return bool(text) and len(text.split()) <= 20 and bool(_STATUS_LINE.match(text))


def _title_case(line: str) -> bool:
    """Most longer words capitalised, as in "Groups Urge Congress to Act" or "STOP THE PLANTS"."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


def _headline_lines(lines: list[str]) -> int:
    """How many of a paragraph's lines are the headline; the rest is a subheadline.

    A wrapped headline goes on in lower case ("... ask water ministers / to open
    their data"), after a joining word, or in the same Title Case; a subheadline
    starts a new sentence in another case.
    """
    count = 1
    while count < len(lines):
        prev, line = lines[count - 1].rstrip(), lines[count].strip()
        last = prev.split()[-1].casefold() if prev.split() else ""
        if not line:
            break
        if (
            line[0].islower()
            or prev.endswith((":", "–", "—", "-", ","))
            or last
            in {"of", "the", "and", "to", "for", "in", "on", "a", "an", "at", "with", "by", "from", "&"}
            or _title_case(prev)
            and _title_case(line)
        ):
            count += 1
            continue
        break
    return count


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
    paragraphs = _without_status_lines(paragraphs)
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
        if title is None and n < 3 and (not body or dateline and len(body) == 1):
            head, rest = _split_headline(paragraph)
            if _is_title(head):
                title = re.sub(r"\s*\n\s*", " ", head)
                if rest:
                    body.append(rest)  # the subheadline
                continue
        body.append(paragraph)
    return Statement(title=title, dateline=dateline, body="\n\n".join(body))


def _without_status_lines(paragraphs: list[str]) -> list[str]:
    """Drop "FOR IMMEDIATE RELEASE" and its like from the top of the document."""
    kept: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        if n < 4 and not kept:
            rows = paragraph.split("\n")
            while rows and is_status_line(rows[0]):
                rows.pop(0)
            paragraph = "\n".join(rows).strip()
            if not paragraph:
                continue
        kept.append(paragraph)
    return kept


def _split_headline(paragraph: str) -> tuple[str, str]:
    """A headline and the subheadline printed under it without a blank line."""
    lines = paragraph.split("\n")
    if len(lines) < 2:
        return paragraph, ""
    count = _headline_lines(lines)
    if len(lines) - count > 3:
        # More than a subheadline under it: a paragraph of text, taken whole.
        return paragraph, ""
    return "\n".join(lines[:count]), "\n".join(lines[count:]).strip()


_STOPS = (
    r"of|from|in|across|based|who|that|which|working|representing|call|calls|urge|write|ask|are|is|have|"
    r"support|oppose|demand|stand|join|express|request|hereby|together|with|at|on|to|for"
)
_UNDERSIGNED = re.compile(
    r"\bundersigned\s+((?:[\w’'-]+(?:,\s*|\s+)){0,6}?[\w’'-]+)(?=[,.;:]|\s+(?:of|from|in|call|urge|write|ask|are|is|have|support|oppose|demand|stand|join|express|request)\b)",
    re.IGNORECASE,
)
_ENUMERATION = re.compile(r"(?P<more>(?:,?\s*(?:and\s+|&\s+|or\s+)?(?!(?:" + _STOPS + r")\b)[\w’'-]+){0,8})")


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
    # "the undersigned community associations, federations and citizens": the
    # whole enumeration, up to the verb, a preposition or the end of the clause.
    for word in _ENUMERATION.match(body, match.end())["more"].split():
        words.add(word.strip(",").casefold())
    orgs, people = words & ORGANIZATION_NOUNS, words & PERSON_NOUNS
    if orgs and not people:
        return "organization"
    if people and not orgs:
        return "individual"
    return None
