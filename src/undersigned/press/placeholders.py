"""Figures in a press release that keep up with the list.

An organizer writes `{organizations}`, `{individuals}` or `{countries}` in the lede or the "About" text; each
is filled when the release is rendered (page, .txt, .docx) with the figure and its noun, in AP style:
`{organizations} from {countries}` -> "15 organizations from three countries". Figures written out by hand
are compared with the list so the editor can warn when they went stale.
"""

import re
from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import apnumber
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

PLACEHOLDERS = ("organizations", "individuals", "countries")
_PLACEHOLDER = re.compile(r"\{(organizations|individuals|countries)\}")

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "56 organizations", "nine countries", "1,204 individuals"; English only, as the placeholders' nouns.
_WRITTEN = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(organi[sz]ations?|individuals?|countr(?:y|ies))\b",
    re.IGNORECASE,
)


def _count(n: int) -> str:
    return str(apnumber(n))


def phrases(summary) -> dict[str, str]:
    """What each placeholder says, in the active language."""
    return {
        "organizations": ngettext("%(n)s organization", "%(n)s organizations", summary.organizations)
        % {"n": _count(summary.organizations)},
        "individuals": ngettext("%(n)s individual", "%(n)s individuals", summary.individuals)
        % {"n": _count(summary.individuals)},
        "countries": ngettext("%(n)s country", "%(n)s countries", summary.countries)
        % {"n": _count(summary.countries)},
    }


def fill(text: str, summary) -> str:
    """Put the list's figures in for the placeholders; any other braces are left as written.

    >>> from types import SimpleNamespace as S
    >>> fill("{organizations} and {individuals} from {countries} {x}", S(organizations=205, individuals=1, countries=23))
    '205 organizations and one individual from 23 countries {x}'
    >>> fill("{organizations} signed. {countries} too.", S(organizations=3, individuals=0, countries=2))
    'Three organizations signed. Two countries too.'
    """
    if "{" not in text:
        return text
    said = phrases(summary)

    def replace(match):
        phrase = said[match.group(1)]
        opens_sentence = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".!?"
        return phrase[:1].upper() + phrase[1:] if opens_sentence else phrase

    return _PLACEHOLDER.sub(replace, text)


@dataclass(frozen=True)
class StaleFigure:
    written: str  # "56 organizations"
    placeholder: str  # "organizations"
    actual: int

    @property
    def message(self) -> str:
        return _(
            "“%(written)s” no longer matches the list, which has %(actual)s. Write {%(placeholder)s} to keep it current."
        ) % {
            "written": self.written,
            "actual": phrases_count(self.placeholder, self.actual),
            "placeholder": self.placeholder,
        }


def phrases_count(placeholder: str, n: int) -> str:
    nouns = {
        "organizations": ngettext("%(n)s organization", "%(n)s organizations", n),
        "individuals": ngettext("%(n)s individual", "%(n)s individuals", n),
        "countries": ngettext("%(n)s country", "%(n)s countries", n),
    }
    return nouns[placeholder] % {"n": _count(n)}


def stale_figures(text: str, summary) -> list[StaleFigure]:
    """Figures written out by hand that differ from the list.

    >>> from types import SimpleNamespace as S
    >>> [f.written for f in stale_figures("56 organizations and nine countries", S(organizations=205, individuals=0, countries=9))]
    ['56 organizations']
    """
    stale = []
    for match in _WRITTEN.finditer(text or ""):
        figure, noun = match.group(1).lower(), match.group(2).lower()
        written = _WORDS.get(figure) or int(figure.replace(",", ""))
        placeholder = (
            "organizations"
            if noun.startswith("organi")
            else ("individuals" if noun.startswith("individual") else "countries")
        )
        actual = getattr(summary, placeholder)
        if written != actual:
            stale.append(StaleFigure(written=match.group(0), placeholder=placeholder, actual=actual))
    return stale
