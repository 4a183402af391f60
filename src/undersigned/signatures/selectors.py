"""The public signatory list. Every document made from the list reads it through here,
so the page, the text file, exports and the API always agree on order and numbers."""

import bisect
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Cast, Lower, Substr
from django.utils import timezone
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


def signatory_queryset(statement: Statement, order: list[str] | None = None) -> QuerySet[Signature]:
    """Confirmed, displayable signatures in published order: country group; umbrella bodies, then
    organizations, then individuals; within each, the order they confirmed in or alphabetical, as the
    statement chooses. A statement that lists umbrella bodies in their own group puts all of them, from every
    country, before the first country (as a federation lists its national councils before the members)."""
    order = country_group_order(statement) if order is None else order
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
        # Without a confirmation time (some imports) first, on every database.
        within = [F("confirmed_at").asc(nulls_first=True), "pk"]
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
    """The list's ids in published order, kept in this process per list order (`_ListOrder`).

    Sorting 100,000 rows by group, kind and time costs about half a second; every page of the
    list would pay it again, and under a surge of confirmations every page view would. A signatory who
    joins (`list_joined`) only bumps `list_revision`: the cached order merges the newcomers in. Every other
    change bumps `list_reordered_revision`, which is part of the key, so a cached order is never stale.
    """
    # With its creation time: a statement made again with the same id (a restored or test database)
    # must not find the order of its namesake.
    key = _list_cache_key("signatory-order", statement, baseline, statement.list_reordered_revision)
    key += f":{statement.created_at.timestamp()}"
    with _orders_lock:
        order = _orders.get(key)
    if order is None or not order.catch_up(statement):
        order = _ListOrder.build(statement)
        with _orders_lock:
            _orders[key] = order
            while len(_orders) > _ORDERS_KEPT:
                _orders.pop(next(iter(_orders)))
    return order.ids


_ORDERS_KEPT = 32
_orders: dict[str, "_ListOrder"] = {}
_orders_lock = threading.Lock()
# A confirmation's time is taken before its transaction commits: newcomers are looked for this far
# back from the last catch-up, so a slow commit is not missed (the ones already listed are skipped).
_COMMIT_MARGIN = timedelta(seconds=60)


@dataclass
class _ListOrder:
    """One statement's list order: the ids and, for lists in the order signatories confirmed in, each
    row's sort key, so newcomers are inserted where the database would have put them."""

    revision: int
    since: datetime  # newcomers confirmed from here on may not be merged yet
    ids: list[int]
    sort_keys: list[tuple] | None  # None: the order is not by confirmation (rebuilt on every change)
    groups: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, statement: Statement) -> "_ListOrder":
        started = timezone.now()
        groups = country_group_order(statement)
        rows = (
            signatory_queryset(statement, groups).values_list(
                "country_rank", "kind_rank", "confirmed_at", "pk"
            )
            if groups
            else []
        )
        by_time = statement.list_order != Statement.ListOrder.ALPHABETICAL
        keys = [_sort_key(*row) for row in rows]
        return cls(
            revision=statement.list_revision,
            since=started - _COMMIT_MARGIN,
            ids=[key[-1] for key in keys],
            sort_keys=keys if by_time else None,
            groups=groups,
        )

    def catch_up(self, statement: Statement) -> bool:
        """Merge the signatories who joined since; False when only a rebuild can bring the order up to date."""
        if statement.list_revision == self.revision:
            return True
        if self.sort_keys is None:
            return False
        with self.lock:
            if statement.list_revision == self.revision:
                return True
            started = timezone.now()
            rank = {code: position for position, code in enumerate(self.groups)}
            umbrellas_first = _umbrellas_first(statement)
            listed = set(self.ids)
            ids, keys = list(self.ids), list(self.sort_keys)
            newcomers = _public(statement).filter(confirmed_at__gte=self.since)
            for pk, country, kind, umbrella, confirmed_at in newcomers.values_list(
                "pk", "country", "kind", "organization__is_umbrella", "confirmed_at"
            ):
                if pk in listed:
                    continue
                if country not in rank:
                    return False  # a new country: the groups' order changes
                umbrella = bool(umbrella) and kind == Signature.Kind.ORGANIZATION
                country_rank = -1 if umbrella and umbrellas_first else rank[country]
                kind_rank = 0 if umbrella else 1 if kind == Signature.Kind.ORGANIZATION else 2
                key = _sort_key(country_rank, kind_rank, confirmed_at, pk)
                position = bisect.bisect(keys, key)
                keys.insert(position, key)
                ids.insert(position, pk)
            # Readers of the old lists keep them; this order now holds the newcomers.
            self.ids, self.sort_keys = ids, keys
            self.revision, self.since = statement.list_revision, started - _COMMIT_MARGIN
        return True


def _sort_key(country_rank: int, kind_rank: int, confirmed_at, pk: int) -> tuple:
    """The order `signatory_queryset` gives by time, signatories without a confirmation time first."""
    return (
        country_rank,
        kind_rank,
        confirmed_at is None,
        confirmed_at.timestamp() if confirmed_at else 0,
        pk,
    )


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


def _list_cache_key(prefix: str, statement: Statement, baseline: int, revision: int | None = None) -> str:
    """A cache key that changes whenever the public list can have changed (or `revision` did)."""
    revision = statement.list_revision if revision is None else revision
    return ":".join(
        str(part)
        for part in (
            prefix, statement.pk, revision, statement.list_order, statement.earlier_versions,
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
    why the count can be higher than the last number on the list.

    The kept count less the cached list's length: constant time on a list of 100,000 (a confirmation can
    land between the two reads, hence never below zero)."""
    listed = _ordered_ids(statement, statement.baseline_version_number())
    return max(0, statement.confirmed_count - len(listed))
