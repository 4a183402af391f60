"""The public signatory list. Every document made from the list reads it through here,
so the page, the text file, exports and the API always agree on order and numbers."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Cast, Lower, Substr
from django.utils.translation import gettext

from undersigned.common.countries import country_name
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

# A signature its signer can still withdraw (or be asked to reconfirm).
WITHDRAWABLE = (Signature.Status.PENDING, Signature.Status.CONFIRMED)

NO_COUNTRY = ""
# The group of umbrella bodies when a statement lists them before every country (not an ISO code).
UMBRELLA_GROUP = "umbrella"


@dataclass(frozen=True)
class ListedSignatory:
    number: int
    signature: Signature
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


def country_group_order(statement: Statement, present: set[str] | None = None) -> list[str]:
    """Country codes in list order: the statement's chosen order first, then the rest by name,
    and signatories without a country last. `present` saves the query when the caller knows the codes."""
    if present is None:
        present = set(_public(statement).order_by().values_list("country", flat=True).distinct())
    chosen = [code for code in statement.country_order_codes() if code in present]
    rest = sorted(
        present - set(chosen) - {NO_COUNTRY}, key=lambda code: country_name(code, statement.language)
    )
    return chosen + rest + ([NO_COUNTRY] if NO_COUNTRY in present else [])


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


def _umbrellas_first(statement: Statement) -> bool:
    return statement.umbrella_placement == Statement.UmbrellaPlacement.OWN_GROUP


def _public(statement: Statement) -> QuerySet[Signature]:
    public = Signature.objects.filter(
        statement=statement, status=Signature.Status.CONFIRMED, consent_display=True
    )
    if statement.earlier_versions == Statement.EarlierVersions.HIDE:
        public = public.filter(version__number__gte=statement.baseline_version_number())
    return public


def signatory_queryset(statement: Statement) -> QuerySet[Signature]:
    """Confirmed, displayable signatures in published order: country group; umbrella bodies, then
    organizations, then individuals; within each, the order they confirmed in or alphabetical, as the
    statement chooses. A statement that lists umbrella bodies in their own group puts all of them, from every
    country, before the first country (as a federation lists its national councils before the members)."""
    order = country_group_order(statement)
    if not order:
        # No public signatures at all. A CASE without WHENs would become a constant, and
        # PostgreSQL refuses "ORDER BY <constant>" in the ids query of `_ordered_ids`.
        return _public(statement).none()
    umbrella = Q(kind=Signature.Kind.ORGANIZATION, organization__is_umbrella=True)
    country_rank = Case(
        *([When(umbrella, then=Value(-1))] if _umbrellas_first(statement) else []),
        *[When(country=code, then=Value(rank)) for rank, code in enumerate(order)],
        default=Value(len(order)),
        output_field=IntegerField(),
    )
    kind_rank = Case(
        When(umbrella, then=Value(0)),
        When(kind=Signature.Kind.ORGANIZATION, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    if statement.list_order == Statement.ListOrder.ALPHABETICAL:
        sort_name = Case(
            When(kind=Signature.Kind.ORGANIZATION, then=Lower("organization_name")),
            default=Lower("person_name"),
        )
        within = [sort_name, "pk"]
    else:
        within = ["confirmed_at", "pk"]
    return (
        _public(statement)
        .select_related("version", "organization")
        .annotate(country_rank=country_rank, kind_rank=kind_rank)
        .order_by("country_rank", "kind_rank", *within)
    )


def _numbered(
    rows, *, first_number: int, language: str, baseline: int = 1, umbrellas_first: bool = False
) -> Iterator[ListedSignatory]:
    numbered = ((first_number + offset, signature) for offset, signature in enumerate(rows))
    return _listed(numbered, language=language, baseline=baseline, umbrellas_first=umbrellas_first)


def _listed(
    numbered, *, language: str, baseline: int = 1, umbrellas_first: bool = False
) -> Iterator[ListedSignatory]:
    """ListedSignatory rows from (number, signature) pairs in list order."""
    previous_group = None
    for number, signature in numbered:
        in_umbrella_group = umbrellas_first and _is_umbrella(signature)
        group = UMBRELLA_GROUP if in_umbrella_group else signature.country
        starts_group = group != previous_group
        endorsed = signature.version.number
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


def _ordered_ids(statement: Statement, baseline: int) -> list[int]:
    """The list's ids in published order, cached per list revision.

    Sorting 100,000 rows by group, kind and time costs about half a second; every page of the
    list would pay it again. Everything that changes the order either bumps `list_revision`
    or is part of the key, so a cached order is never stale.
    """
    key = _list_cache_key("signatory-order", statement, baseline)
    ids = cache.get(key)
    if ids is None:
        ids = list(signatory_queryset(statement).values_list("pk", flat=True))
        cache.set(key, ids, timeout=3600)
    return ids


def signatory_page(statement: Statement, page_number, per_page: int):
    """One page of the numbered list; numbers continue across pages and groups."""
    baseline = statement.baseline_version_number()
    paginator = Paginator(_ordered_ids(statement, baseline), per_page)
    page = paginator.get_page(page_number)
    by_id = Signature.objects.select_related("version", "organization").in_bulk(page.object_list)
    rows = [by_id[pk] for pk in page.object_list if pk in by_id]
    page.signatories = list(
        _numbered(
            rows,
            first_number=page.start_index(),
            language=statement.language,
            baseline=baseline,
            umbrellas_first=_umbrellas_first(statement),
        )
    )
    return page


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
    ids = _ordered_ids(statement, statement.baseline_version_number())
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
    ids = _ordered_ids(statement, baseline)
    start = max(start, 0)
    if country is None and kind is None:
        positions = range(start, min(start + limit, len(ids)))
        more = start + limit < len(ids)
    else:
        wanted = _public(statement)
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
            umbrellas_first=_umbrellas_first(statement),
        )
    )
    return SignatorySlice(rows, next_position=positions[-1] + 1 if more and positions else None)


def signatory_iter(statement: Statement, chunk_size: int = 2000) -> Iterator[ListedSignatory]:
    """The whole list, streamed from the database in chunks (for text files and exports)."""
    rows = signatory_queryset(statement).iterator(chunk_size=chunk_size)
    return _numbered(
        rows,
        first_number=1,
        language=statement.language,
        baseline=statement.baseline_version_number(),
        umbrellas_first=_umbrellas_first(statement),
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


def _list_cache_key(prefix: str, statement: Statement, baseline: int) -> str:
    """A cache key that changes whenever the public list can have changed."""
    return ":".join(
        str(part)
        for part in (
            prefix, statement.pk, statement.list_revision, statement.list_order, statement.earlier_versions,
            statement.umbrella_placement, "".join(statement.country_order_codes()), baseline,
        )
    )  # fmt: skip


def signatory_counts(statement: Statement) -> SignatoryCounts:
    """The public list counted by country and kind: one grouped query, cached per list revision."""
    key = _list_cache_key("signatory-counts", statement, statement.baseline_version_number())
    counts = cache.get(key)
    if counts is None:
        cells = {
            (row["country"], row["kind"]): row["n"]
            for row in _public(statement).order_by().values("country", "kind").annotate(n=Count("pk"))
        }
        countries = country_group_order(statement, present={country for country, _kind in cells})
        counts = SignatoryCounts(
            by_country=[
                CountryCount(
                    country=country,
                    organizations=cells.get((country, Signature.Kind.ORGANIZATION), 0),
                    individuals=cells.get((country, Signature.Kind.INDIVIDUAL), 0),
                )
                for country in countries
            ]
        )
        cache.set(key, counts, timeout=3600)
    return counts


def signatory_timeline(statement: Statement) -> list[tuple]:
    """(date, how many on the public list confirmed that day), oldest first: one grouped query, cached
    per list revision. Signatories without a confirmation time (some imports) are left out.

    Days are UTC days, cut from the stored timestamp as text: SQLite would otherwise run a Python
    function per row to truncate 100,000 timestamps (several times slower).
    """
    key = _list_cache_key("signatory-timeline", statement, statement.baseline_version_number())
    days = cache.get(key)
    if days is None:
        days = [
            (date.fromisoformat(row["day"]), row["n"])
            for row in _public(statement)
            .exclude(confirmed_at=None)
            .annotate(day=Substr(Cast("confirmed_at", CharField()), 1, 10))
            .order_by()
            .values("day")
            .annotate(n=Count("pk"))
            .order_by("day")
        ]
        cache.set(key, days, timeout=3600)
    return days


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
    why the count can be higher than the last number on the list."""
    counted = Signature.objects.filter(
        statement=statement, status=Signature.Status.CONFIRMED, consent_display=False
    )
    if statement.earlier_versions == Statement.EarlierVersions.HIDE:
        counted = counted.filter(version__number__gte=statement.baseline_version_number())
    return counted.count()
