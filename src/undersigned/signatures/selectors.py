"""The public signatory list. Every document made from the list reads it through here,
so the page, the text file, exports and the API always agree on order and numbers."""

from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.core.paginator import Paginator
from django.utils.translation import gettext

from undersigned.common.countries import country_name
from undersigned.signatures.list_order import (  # noqa: F401 - the order's names, read through here too
    NO_COUNTRY,
    UMBRELLA_GROUP,
    country_group_order,
    list_tally,
    ordered_ids,
    public_signatures,
    signatory_queryset,
    umbrellas_first,
)
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

# A signature its signer can still withdraw (or be asked to reconfirm).
WITHDRAWABLE = (Signature.Status.PENDING, Signature.Status.CONFIRMED)


class ListedName(
    namedtuple(
        "ListedName",
        "pk kind organization_name representative_name title person_name honorific city region country "
        "verified version_number umbrella",
    )
):
    """What a list line is made of, read as plain values: the list page and the text file build no model
    instance (with its version and organization) per row. The line is the model's own `display_line`."""

    __slots__ = ()
    Kind = Signature.Kind
    is_organization = Signature.is_organization
    display_name = Signature.display_name
    display_line = Signature.display_line
    __str__ = Signature.__str__


_NAME_COLUMNS = [
    "pk", "kind", "organization_name", "representative_name", "title", "person_name", "honorific", "city",
    "region", "country", "verified", "version__number", "organization__is_umbrella",
]  # fmt: skip
_LISTED_COLUMNS = ["statement_id", "status", "consent_display"]
_NAMES, _VERSION = len(_NAME_COLUMNS), _NAME_COLUMNS.index("version__number")


def _names_by_id(statement: Statement, ids: list[int]) -> dict[int, ListedName]:
    """The listed signatories among `ids` (one that left the list since is missing), by id.

    Read by primary key alone, and checked here whether each is still listed: filtering by statement and
    status in SQL lets SQLite walk that index through the whole list, for every page."""
    hides_earlier = statement.earlier_versions == Statement.EarlierVersions.HIDE
    lowest = statement.baseline_version_number() if hides_earlier else 0
    rows = Signature.objects.filter(pk__in=ids).order_by().values_list(*_NAME_COLUMNS, *_LISTED_COLUMNS)
    return {
        row[0]: ListedName._make(row[:_NAMES])
        for row in rows
        if row[_NAMES:] == (statement.pk, Signature.Status.CONFIRMED, True) and row[_VERSION] >= lowest
    }


@dataclass(frozen=True)
class ListedSignatory:
    number: int
    signature: Signature | ListedName
    country: str  # ISO code, or "" for signatories without a country
    starts_group: bool
    group_label: str  # the group's name (a country, or the umbrella bodies) on its first row, else ""
    verified: bool = False  # a coordinator verified the organization's representative
    # The number of the earlier text this signatory endorsed, when they have not reconfirmed the current one.
    endorsed_version: int | None = None
    # The group the row is listed in: its country's code, or UMBRELLA_GROUP.
    group: str = NO_COUNTRY
    # In the umbrella bodies' own group the country is no heading, so the line names it.
    country_label: str = ""

    @property
    def heads_country(self) -> bool:
        """The group heading is a country's name, written in the statement's language (`lang` says so);
        "Umbrella bodies" and "Other signatories" are interface text."""
        return bool(self.group_label) and self.group not in (UMBRELLA_GROUP, NO_COUNTRY)

    @property
    def line(self) -> str:
        line = self.signature.display_line()
        if self.group == UMBRELLA_GROUP and self.country_label:
            # "European Federation of Anglers – Ana Ruiz, President (Spain)"
            return f"{line} ({self.country_label})"
        return line

    @property
    def annotations(self) -> list[str]:
        """Short notes printed after the line, in the page and the text file alike."""
        notes = []
        if self.verified:
            notes.append(gettext("verified"))
        if self.endorsed_version is not None:
            notes.append(gettext("signed version %(number)s") % {"number": self.endorsed_version})
        return notes

    @property
    def listed_line(self) -> str:
        """`Union of River Communities – Maria Hofer, Chair (verified)`: the line with its annotations."""
        notes = self.annotations
        return f"{self.line} ({'; '.join(notes)})" if notes else self.line


def group_label(code: str, language: str | None = None) -> str:
    """A group's heading: the country's name, "Umbrella bodies" for their own group, or "Other signatories".

    >>> group_label("AT", "en"), group_label(UMBRELLA_GROUP, "en"), group_label("", "en")
    ('Austria', 'Umbrella bodies', 'Other signatories')
    """
    if code == UMBRELLA_GROUP:
        return gettext("Umbrella bodies")
    return country_name(code, language) if code else gettext("Other signatories")


def _is_umbrella(signature: Signature) -> bool:
    return bool(
        signature.kind == Signature.Kind.ORGANIZATION
        and signature.organization_id
        and signature.organization.is_umbrella
    )


def _numbered(
    rows, *, first_number: int, language: str, baseline: int = 1, umbrellas_first: bool = False
) -> Iterator[ListedSignatory]:
    numbered = ((first_number + offset, signature) for offset, signature in enumerate(rows))
    return _listed(numbered, language=language, baseline=baseline, umbrellas_first=umbrellas_first)


def _listed(numbered, **options) -> Iterator[ListedSignatory]:
    """ListedSignatory rows from (number, Signature) pairs in list order."""
    described = ((n, s, _is_umbrella(s), s.version.number) for n, s in numbered)
    return _listed_rows(described, **options)


def _listed_names(names: Iterator[ListedName], *, first_number: int, **options) -> Iterator[ListedSignatory]:
    """ListedSignatory rows from ListedName values in list order, numbered from `first_number`."""
    described = (
        (number, name, bool(name.umbrella) and name.kind == Signature.Kind.ORGANIZATION, name.version_number)
        for number, name in enumerate(names, start=first_number)
    )
    return _listed_rows(described, **options)


def _listed_rows(
    described, *, language: str, baseline: int = 1, umbrellas_first: bool = False
) -> Iterator[ListedSignatory]:
    """ListedSignatory rows from (number, signatory, is an umbrella body, version endorsed) in list order."""
    previous_group = None
    for number, signature, umbrella, endorsed in described:
        in_umbrella_group = umbrellas_first and umbrella
        group = UMBRELLA_GROUP if in_umbrella_group else signature.country
        starts_group = group != previous_group
        yield ListedSignatory(
            number=number,
            signature=signature,
            country=signature.country,
            starts_group=starts_group,
            group_label=group_label(group, language) if starts_group else "",
            verified=signature.verified,
            endorsed_version=endorsed if endorsed < baseline else None,
            group=group,
            country_label=country_name(signature.country, language)
            if in_umbrella_group and signature.country
            else "",
        )
        previous_group = group


def signatory_page(statement: Statement, page_number, per_page: int):
    """One page of the numbered list; numbers continue across pages and groups."""
    baseline = statement.baseline_version_number()
    paginator = Paginator(ordered_ids(statement, baseline), per_page)
    page = paginator.get_page(page_number)
    by_id = _names_by_id(statement, page.object_list)
    page.signatories = list(
        _listed_names(
            (by_id[pk] for pk in page.object_list if pk in by_id),
            first_number=page.start_index(),
            language=statement.language,
            baseline=baseline,
            umbrellas_first=umbrellas_first(statement),
        )
    )
    page.groups = _in_groups(page.signatories)
    return page


def _in_groups(rows: list[ListedSignatory]) -> list[list[ListedSignatory]]:
    """The rows cut where a group starts (a page's first row starts one: its heading is repeated)."""
    groups: list[list[ListedSignatory]] = []
    for row in rows:
        if row.starts_group or not groups:
            groups.append([])
        groups[-1].append(row)
    return groups


@dataclass(frozen=True)
class SignatorySlice:
    signatories: list[ListedSignatory]
    # Where the next slice starts (a position in the whole list), or None after the last signatory.
    next_position: int | None


def signatory_position(statement: Statement, *, position: int, signature_id: int) -> int:
    """Where to resume the list after the signatory `signature_id`, last seen at `position`.

    The list may have changed since (a new sign-on in an earlier group, a withdrawal): resume right
    after that signatory wherever it now stands, or at the same position when it has left the list.
    """
    ids = ordered_ids(statement, statement.baseline_version_number())
    if 0 <= position < len(ids) and ids[position] == signature_id:
        return position + 1
    try:
        return ids.index(signature_id) + 1
    except ValueError:
        return position


def signatory_slice(
    statement: Statement, *, start: int, limit: int, country: str | None = None, kind: str | None = None
) -> SignatorySlice:
    """Up to `limit` signatories of the numbered list from position `start` on, optionally only those of
    one country ("" for no country) or kind, each with its number on the whole list: a filtered slice
    numbers its rows as the list page does."""
    baseline = statement.baseline_version_number()
    ids = ordered_ids(statement, baseline)
    start = max(start, 0)
    if country is None and kind is None:
        positions = range(start, min(start + limit, len(ids)))
        more = start + limit < len(ids)
    else:
        wanted = public_signatures(statement)
        if country is not None:
            wanted = wanted.filter(country=country)
        if kind is not None:
            wanted = wanted.filter(kind=kind)
        wanted = set(wanted.values_list("pk", flat=True))
        positions, more = [], False
        for position in range(start, len(ids)):
            if ids[position] in wanted:
                if len(positions) == limit:
                    more = True
                    break
                positions.append(position)
    by_id = Signature.objects.select_related("version", "organization").in_bulk([ids[p] for p in positions])
    numbered = [(p + 1, by_id[ids[p]]) for p in positions if ids[p] in by_id]
    rows = list(
        _listed(
            numbered,
            language=statement.language,
            baseline=baseline,
            umbrellas_first=umbrellas_first(statement),
        )
    )
    return SignatorySlice(rows, next_position=positions[-1] + 1 if more and positions else None)


def signatory_names(statement: Statement, chunk_size: int = 1000) -> Iterator[ListedSignatory]:
    """The whole list as its text file prints it: in the kept order, `chunk_size` rows a query, each row
    plain values (`ListedName`), numbered continuously over the rows still listed when read."""
    ids = ordered_ids(statement, statement.baseline_version_number())

    def names():
        for start in range(0, len(ids), chunk_size):
            chunk = ids[start : start + chunk_size]
            by_id = _names_by_id(statement, chunk)
            yield from (by_id[pk] for pk in chunk if pk in by_id)

    return _listed_names(
        names(),
        first_number=1,
        language=statement.language,
        baseline=statement.baseline_version_number(),
        umbrellas_first=umbrellas_first(statement),
    )


def signatory_iter(statement: Statement, chunk_size: int = 2000) -> Iterator[ListedSignatory]:
    """The whole list as model instances, streamed from the database in chunks (for exports)."""
    rows = signatory_queryset(statement).iterator(chunk_size=chunk_size)
    return _numbered(
        rows,
        first_number=1,
        language=statement.language,
        baseline=statement.baseline_version_number(),
        umbrellas_first=umbrellas_first(statement),
    )


@dataclass(frozen=True)
class CountryCount:
    country: str  # ISO code, or "" for signatories without a country
    organizations: int
    individuals: int

    @property
    def total(self) -> int:
        return self.organizations + self.individuals


@dataclass(frozen=True)
class SignatoryCounts:
    """How many signatories the public list shows, by country (in list order) and kind."""

    by_country: list[CountryCount]

    @property
    def organizations(self) -> int:
        return sum(row.organizations for row in self.by_country)

    @property
    def individuals(self) -> int:
        return sum(row.individuals for row in self.by_country)

    @property
    def total(self) -> int:
        return self.organizations + self.individuals


def signatory_counts(statement: Statement) -> SignatoryCounts:
    """The public list counted by country and kind, as the kept order counts it (`list_tally`)."""
    cells = list_tally(statement, statement.baseline_version_number()).cells
    countries = country_group_order(statement, present={country for country, _kind in cells})
    return SignatoryCounts(
        by_country=[
            CountryCount(
                country=country,
                organizations=cells.get((country, Signature.Kind.ORGANIZATION), 0),
                individuals=cells.get((country, Signature.Kind.INDIVIDUAL), 0),
            )
            for country in countries
        ]
    )


def signatory_timeline(statement: Statement) -> list[tuple]:
    """(date, how many on the public list confirmed that day), oldest first, UTC days, as the kept order
    counts them (`list_tally`). Signatories without a confirmation time (some imports) are left out."""
    days = list_tally(statement, statement.baseline_version_number()).days
    return [(date.fromisoformat(day), days[day]) for day in sorted(days)]


def signatures_needing_reconfirmation(statement: Statement):
    """Signers (confirmed, or still pending) of a version older than the statement's baseline."""
    return Signature.objects.filter(
        statement=statement,
        status__in=WITHDRAWABLE,
        version__number__lt=statement.baseline_version_number(),
    ).exclude(email="")


def reconfirmation_audience(statement: Statement) -> dict[str, int]:
    """Who a new (not minor) version would email: confirmed signers of an earlier text are asked to
    reconfirm; sign-ons still pending are sent the new text to confirm instead. Counted before publishing, when
    every signature is of an earlier text than the one about to be published."""
    earlier = Signature.objects.filter(statement=statement).exclude(email="")
    return {
        "to_reconfirm": earlier.filter(status=Signature.Status.CONFIRMED).count(),
        "to_confirm": earlier.filter(status=Signature.Status.PENDING).count(),
    }


def unnamed_count(statement: Statement) -> int:
    """Confirmed signatures counted but not named on the list: their signers asked not to be shown. This is
    why the count can be higher than the last number on the list.

    The kept count less the cached list's length: constant time on a list of 100,000 (a confirmation can
    land between the two reads, hence never below zero)."""
    listed = ordered_ids(statement, statement.baseline_version_number())
    return max(0, statement.confirmed_count - len(listed))
