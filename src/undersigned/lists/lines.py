"""What a single line of a document is: prose, a list marker, a heading, trailing matter.

These tests look at one line at a time; `segment.py` combines them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names, orgs, places
from .words.lines import (
    DISCLAIMER_STARTS,
    GENERIC_NOUNS,
    HEADING_MODIFIERS,
    HEADING_NOUNS,
    INDIVIDUAL_NOUNS,
    PROSE_STOP_WORDS,
)

_NUMBER = re.compile(
    r"^\s*(?:[(\[]?(?P<n>\d{1,5})\s*[.)\]:]|#(?P<h>\d{1,5})\b|(?P<d>\d{1,5})\s*[-–—]\s)\s*(?=\S)"
)
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–—○●■□➢►✓✔>+]|o(?=\s))\s*(?=\S)")
# "12. Acme", "3 - Acme", "2- Acme", and "1.Acme" (no space, but a capitalised word follows).
_SPACED_NUMBER = re.compile(
    r"^\s*[(\[]?\d{1,5}\s*[.)\]:]\s|^\s*\d{1,5}\s*[-–—]\s|^\s*\d{1,3}[.)](?=[A-Z][a-z])"
)
_RULE = re.compile(r"^\s*[-–—]{2,}")


def strip_numbering(line: str) -> tuple[int | None, bool, str]:
    """Split "12. Acme" into (12, False, "Acme") and "• Acme" into (None, True, "Acme").

    A number must be followed by ".", ")", "]" or ":" and a space, so "350.org"
    and "3M Company" are names, not numbered lines.

    >>> strip_numbering("12. Acme"), strip_numbering("1) Acme"), strip_numbering("• Acme"), strip_numbering("350.org")
    ((12, False, 'Acme'), (1, False, 'Acme'), (None, True, 'Acme'), (None, False, '350.org'))
    """
    match = _NUMBER.match(line)
    if match and (match["h"] or _SPACED_NUMBER.match(line)):
        number = int(match["n"] or match["h"] or match["d"])
        return number, False, line[match.end() :].strip()
    match = _BULLET.match(line)
    if match and not _RULE.match(line):
        return None, True, line[match.end() :].strip()
    return None, False, line.strip()


_MARKER_WORDS = (
    r"(?:signed|signatories|signatures|signers|signees|undersigned|co-?signed|co-?signatories|endorsed|endorsers|endorsements|endorsing|supported|supporters|submitted|initiated|sponsored|sign-?ons?|list of"
    # The same in the other languages of joint statements.
    r"|signataires|unterzeichner(?:innen)?|unterzeichnenden?|unterzeichnet|erstunterzeichner(?:innen)?|firmantes|firmado|"
    # Verbs that open a list in Spanish and Portuguese ("Firman:", "Adhieren:", "Assinam:") and Turkish's "İmza verenler".
    r"firman|adhieren|adhesiones|assinam|subscrevem|[iİ]mza\s+verenler|imzac[ıi]lar|"
    r"firmatari|firmatarie|signatários|signatárias|assinado|ondertekenaars|ondertekend|sygnatariusze|podpisani|"
    r"undertecknare|undertecknat|underskrivere|underskrevet|allekirjoittajat|υπογράφοντες|подписанты|підписанти)"
)
_MARKER_WORD = re.compile(r"\b" + _MARKER_WORDS + r"\b", re.IGNORECASE)
_MARKER_LABEL = re.compile(
    r"^(?:the\s+)?(?:list\s+of\s+)?(?:initial\s+|first\s+|current\s+|additional\s+)?"
    + _MARKER_WORDS
    + r"(?:\s+(?:by|list|so\s+far))?\s*(?:\(.*\))?\s*[:,.-]*$",
    re.IGNORECASE,
)
_CLOSINGS = re.compile(
    r"^(?:sincerely|respectfully|yours (?:sincerely|faithfully|truly)|in solidarity|with (?:kind |warm |best )?regards|"
    r"best regards|kind regards|signed|respectfully submitted)\s*[,:.]?$",
    re.IGNORECASE,
)


_INCLUDES = re.compile(r"\b(?:include|includes|including|are|were)\s*:$", re.IGNORECASE)


# The closing of a letter in the languages of joint statements ("Mit freundlichen Grüßen,", "Atentamente,").
_CLOSING_WORDS = re.compile(
    r"\b(?:grüßen|grüssen|hochachtungsvoll|regards|sincerely|cordialement|salutations|atentamente|saludos|"
    r"atenciosamente|cordiali\s+saluti|distinti\s+saluti|groeten|hoogachtend|saygılarımızla|pozdrawiam|"
    r"z\s+poważaniem|med\s+vänlig\s+hälsning|venlig\s+hilsen)\b",
    re.IGNORECASE,
)


def is_list_marker(line: str) -> bool:
    """A line announcing the signatories: "Signed by:", "Submitted by,", "Signatories (in alphabetical order)".

    >>> is_list_marker("Signed by:"), is_list_marker("The letter was signed by the following organizations:")
    (True, True)
    >>> is_list_marker("We, the undersigned organizations, call on the government to act.")
    False
    """
    text = line.strip()
    if not text or len(text.split()) > 20:
        return False
    if _CLOSINGS.match(text) or len(text.split()) <= 10 and _CLOSING_WORDS.search(text) and text[-1] in ",.:":
        return True
    if _INCLUDES.search(text) and any(w in HEADING_NOUNS for w in orgs.words(text)):
        # "Those leaders include:", "Our partners are:" - but not "Our demands include:".
        return True
    if not _MARKER_WORD.search(text):
        return False
    # Short label-like line, or a sentence that ends by introducing the list.
    if text.endswith(":") or text.endswith(":-"):
        return True
    # "Submitted by," yes; "We, the undersigned associations, federations and
    # citizens," - a hard-wrapped sentence that breaks after a comma - no.
    if text.endswith(",") and len(text.split()) <= 4:
        return True
    return bool(_MARKER_LABEL.match(text))


_TRAILING = re.compile(
    r"""^(?:
        view\s+(?:the\s+)?original | view\s+source | source\s*:? \s | source$ | \#{3} | -?\s*\#\s*\#\s*\# | -\s*30\s*- | -+\s*ends?\s*-+ | ends$ | end$
      | contacts?\s*: | contacts?$ | (?:media|press|news)\s+(?:contacts?|inquiries|enquiries|office|relations) | for\s+(?:more|further)\s+information
      | for\s+media | notes?\s+(?:to|for)\s+editors? | editors?'?s?\s+notes? | about\s+(?:the\s+)?[A-Z] | learn\s+more | related\s+links
      | to\s+(?:learn|read|sign|find|view|see|add|join)\b | read\s+(?:the|more)\b | visit\b | click\b | please\s+(?:contact|visit|note|share|sign)
      | (?:tel|telephone|phone|mobile|cell|fax|e-?mail|web|website|twitter|facebook|instagram|x)\s*[:.] | https?:// | www\. | © | copyright\b
      | \*\s*\*\s*\* | (?:additional|more)\s+signatories\s+(?:will|may|can) | (?:signatures|sign-ons)\s+(?:are|remain)\s+open
      | photo\s*[-:–] | logo\s*[-:–] | multimedia\s*: | photos?\s+accompanying | attachments?$ | related\s+images?
      | contacts?\s+(?:information|info|details|us|person)\b | (?:media|press|investors?|inquiries|enquiries)\s*:
      | for\s+(?:media|press|interviews?|inquiries|enquiries)\b | investor\s+relations | media\s+kit | press\s+kit
      | b?cc\s*: | enclosures?\s*: | notes?$ | footnotes?$ | endnotes?$ | references$ | forward-looking\s+statements | safe\s+harbor
      | (?:follow\s+us|social\s+media)\b | keywords?\s*: | tags?\s*:
      # The same furniture in the other languages of joint statements.
      | contact(?:o|os|ato|atos|s)\b | kontakte?\b | iletişim\b | presse(?:kontakt|anfragen)?\s*: | prensa\s*:
      | (?:para|por)\s+(?:mayor|más|mais)\s+informaci | pour\s+(?:plus|toute)\s+d.information | weitere\s+informationen
      | \d{1,2}\s+\S.*(?:https?://|www\.)
      | a\s+version\s+of\s+this\b | (?:this\s+(?:letter|article|statement)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|appeared)\b
      | for\s+any\s+(?:questions?|queries|enquiries|inquiries) | links$ | enlaces$ | liens$ | notas$ | fuentes?$ | quellen$
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_CONTACT_ONLY = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+|\+?[\d\s().-]{7,}\d|[\w .'-]{0,40}\|\s*[\w.+-]+@\S+)$"
)


_SOURCE_LINE = re.compile(r"^SOURCE\s+[A-Z]")
_SOURCE_WORD = re.compile(r"^source\s+[A-Za-z]", re.IGNORECASE)


def is_trailing_start(line: str) -> bool:
    """A line that ends the list: "SOURCE ...", "###", "View original content", contacts.

    >>> is_trailing_start("View original content to download multimedia:"), is_trailing_start("SOURCE Acme")
    (True, True)
    >>> is_trailing_start("Source Water Protection Alliance")
    False
    """
    text = line.strip()
    if _SOURCE_LINE.match(text):
        return True
    if _SOURCE_WORD.match(text) and not text.startswith("SOURCE"):
        return False
    return bool(_TRAILING.match(text) or _CONTACT_ONLY.match(text))


_CONTACT_DETAIL = re.compile(
    r"^(?:(?:tel|telephone|phone|mobile|cell|fax|e-?mail|web|website)\s*[:.]\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+|\+?[\d\s().-]{7,}\d)$",
    re.IGNORECASE,
)


def is_contact_detail(line: str) -> bool:
    """A line that is only an e-mail address, a web address or a phone number.

    Directly under a signature ("Jane Roe / Director / jane@example.org") it
    belongs to that signatory; after the list it starts the contacts.

    >>> is_contact_detail("Tel: (905) 555-0112"), is_contact_detail("www.example.org"), is_contact_detail("350.org")
    (True, True, False)
    """
    return bool(_CONTACT_DETAIL.match(line.strip()))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().-]{6,}\d(?![\w/])")


def has_contact(text: str) -> bool:
    """Whether a line holds an e-mail or web address or a phone number anywhere.

    >>> has_contact("Jordan Ellis, +1 202-555-0143"), has_contact("UFCW Local 770, Los Angeles, CA 90012")
    (True, False)
    """
    if "@" in text and _EMAIL.search(text) or "www." in text or "://" in text:
        return True
    # Most lines have no run of digits long enough for a phone number.
    match = _PHONE.search(text)
    return bool(match) and sum(c.isdigit() for c in match.group(0)) >= 7


_TALLY = re.compile(
    r"^[\s.…]*(?:\(\s*)?(?:and|plus|\+|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:(?:many|several|numerous|dozens|hundreds|thousands)\s+(?:of\s+)?(?:more|other)?|(?:more|fewer)\s+than\s+\d|over\s+\d"
    r"|another\s+\d|some\s+\d|nearly\s+\d|almost\s+\d|about\s+\d|around\s+\d|\d|others\b|more\b)",
    re.IGNORECASE,
)


_DISCLAIMER = re.compile(
    r"identification\s+(?:purposes\s+)?only|for\s+(?:the\s+)?purposes?\s+of\s+identification|for\s+identification"
    r"|in\s+(?:a|an|their|his|her)\s+(?:personal|individual)\s+capacit",
    re.IGNORECASE,
)


def is_disclaimer(line: str) -> bool:
    """A note on how people signed: "* Organizations listed for identification purposes only."

    >>> is_disclaimer("* Organization listed for identification purposes only."), is_disclaimer("Acme Trust")
    (True, False)
    """
    if "dentif" not in line and "apacit" not in line:
        return False
    first = line.strip().lstrip("*†‡([ ").split(" ", 1)[0].casefold().rstrip(":,")
    return len(line.split()) <= 20 and first in DISCLAIMER_STARTS and bool(_DISCLAIMER.search(line))


def is_tally(line: str) -> bool:
    """A count of further signers ("… and more than 200 individuals"), not a signatory.

    >>> is_tally("… and 38 more organisations"), is_tally("and 312 local residents"), is_tally("Andrew Moore")
    (True, True, False)
    """
    text = line.strip()
    return len(text.split()) <= 16 and bool(_TALLY.match(text))


_STATUS = re.compile(
    r"""^(?:
        (?:total\s+|number\s+of\s+)?(?:signatures|signatories|signers|sign-?ons|names|endorsements|co-?signers)\b
            (?:[^:]*:)?[^A-Za-z]*\d[^:]*$
      | [(\[]?\s*(?:over\s+|more\s+than\s+)?\d[\d,. ]*\+?\s+(?:signatures|signatories|signers|individuals|organi[sz]ations|people|names|endorsements)\b
      | total\s*:?\s*\d
      | (?:list\s+)?(?:last\s+)?updated\b
      | (?:as\s+of|current\s+as\s+of)\s+\w+\s+\d
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def is_status(line: str) -> bool:
    """A count of the signatures or a date of the list ("Signatures as of March 3, 2025: 1,234").

    >>> is_status("Signatures as of March 3, 2025: 1,234"), is_status("1,234 signatures"), is_status("Last updated 4 May")
    (True, True, True)
    >>> is_status("Signatories as of 3 March:"), is_status("Signatures for Nature Trust")
    (False, False)
    """
    text = line.strip()
    return (
        _STATUS.match(text) is not None
        and len(text.split()) <= 16
        and not text.endswith(":")
        and (any(ch.isdigit() for ch in text) or "updated" in text.casefold())
    )


_PRONOUN_START = re.compile(
    r"^(?:we|i|our|this|these|they|it|he|she|you|there|in\s+\w+\s+\d{4})\b", re.IGNORECASE
)


def is_prose(line: str) -> bool:
    """A sentence of running text rather than a list entry.

    The test is the share of lower-case content words: entries are mostly
    capitalised names; sentences are not. A line that begins with a personal
    name ("Jane Doe, retired teacher and ...") is an entry however it goes on.

    >>> is_prose("We ask the council to restore weekend opening hours at all branch libraries.")
    True
    >>> is_prose("Samuel Osei, a graduate student in Information Science at the University of Illinois.")
    False
    """
    text = line.strip()
    words = text.split()
    if len(words) >= 40:
        return True
    first = text.split(",")[0]
    if names.person_score(first) == 2 and "," in text:
        return False
    if _PRONOUN_START.match(text) and len(words) >= 5:
        return True
    if len(words) < 8:
        return False
    lower = [w for w in words if w[0].islower() and w.casefold() not in PROSE_STOP_WORDS]
    return len(lower) / len(words) >= 0.35


@dataclass(frozen=True)
class Heading:
    label: str
    kind: str | None = None
    country: str | None = None


_ORDER_NOTE = re.compile(
    r"\s*\((?:listed\s+|in\s+)?(?:alphabetical(?:ly)?|by\s+country|in\s+order[^)]*|order\s+of[^)]*)(?:\s+order)?\)",
    re.IGNORECASE,
)
# "I. Organizations", "IV - Individuals", "B) Germany": a section number before a heading.
_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-H])\s*(?:[.):]|\s[-–—])\s+(?=\S)")


def _in_capitals(text: str) -> bool:
    """Most words written in capitals ("ASSOCIATIONS, NGOs AND OTHER GROUPS")."""
    words = [w for w in text.replace(",", " ").split() if w[:1].isalpha()]
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 0.6 * len(words)


def heading_of(line: str, *, numbered_list: bool = False) -> Heading | None:
    """Read a group heading such as "Organizations", "Germany:", "INDIVIDUALS (12)".

    >>> heading_of("Germany")
    Heading(label='Germany', kind=None, country='DE')
    >>> heading_of("Individual signatories:")
    Heading(label='Individual signatories', kind='individual', country=None)
    >>> heading_of("Greenpeace") is None, heading_of("II. Community Organizations").label
    (True, 'Community Organizations')
    """
    text = _SECTION_NUMBER.sub("", line.strip())
    # "Organizational signers (listed alphabetically):"
    text = _ORDER_NOTE.sub("", text) if "(" in text else text
    label = re.sub(r"\s*\(\s*\d+\s*\)\s*$", "", text).strip().rstrip(":").strip()
    label = re.sub(r"^[=*_#\s-]+|[=*_#\s-]+$", "", label)
    # A comma makes a line an entry ("Acme, Berlin"), except in a heading written in
    # capitals ("ASSOCIATIONS, NGOS AND OTHER INSTITUTIONS"), whose words must then all be heading words.
    if (
        not label
        or len(label.split()) > 8
        or "," in label
        and not text.endswith(":")
        and not _in_capitals(label)
    ):
        return None
    words = orgs.words(label)
    kind = None
    if (
        words
        and all(w in HEADING_NOUNS or w in HEADING_MODIFIERS for w in words)
        and any(w in HEADING_NOUNS for w in words)
    ):
        # "Signatories" or "Supporters" alone says nothing about the kind.
        if all(w in GENERIC_NOUNS or w in HEADING_MODIFIERS for w in words) and not any(
            w in {"individual", "organizational", "organisational", "personal"} for w in words
        ):
            return Heading(label=label)
        kind = "individual" if any(w in INDIVIDUAL_NOUNS for w in words) else "organization"
        if "organizations" in words or "organisations" in words or "groups" in words:
            kind = "organization" if not any(w in {"individuals", "individual"} for w in words) else None
        return Heading(label=label, kind=kind)
    code = places.country_code(label)
    if code or places.is_region_heading(label):
        return Heading(label=label, country=code)
    region = places.region_code(label)
    if region and len(label) > 2:
        return Heading(label=label, country=region[1])
    if text.endswith(":") and len(label.split()) <= 6 and not names.person_score(label) == 2:
        codes, multi = places.countries_in_name(label)
        return Heading(label=label, country=next(iter(codes)) if len(codes) == 1 and not multi else None)
    return None
