"""The published order of the public list: the query that sorts it (`signatory_queryset`) and the order
kept per process (`ordered_ids`), so that no page of a list of 100,000 sorts them again, not even under a
stream of confirmations. The selectors read the list through here."""

import bisect
import itertools
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import itemgetter

from django.db.models import Case, CharField, ExpressionWrapper, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Cast, Lower, Substr
from django.utils import timezone

from undersigned.common.countries import country_name
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

NO_COUNTRY = ""
# The group of umbrella bodies when a statement lists them before every country (not an ISO code).
UMBRELLA_GROUP = "umbrella"


def public_signatures(statement: Statement) -> QuerySet[Signature]:
    """The signatures the public list shows: confirmed, consenting, and of a text the statement still shows."""
    public = Signature.objects.filter(
        statement=statement, status=Signature.Status.CONFIRMED, consent_display=True
    )
    if statement.earlier_versions == Statement.EarlierVersions.HIDE:
        public = public.filter(version__number__gte=statement.baseline_version_number())
    return public


def umbrellas_first(statement: Statement) -> bool:
    return statement.umbrella_placement == Statement.UmbrellaPlacement.OWN_GROUP


def country_group_order(statement: Statement, present: set[str] | None = None) -> list[str]:
    """Country codes in list order: the statement's chosen order first, then the rest by name,
    and signatories without a country last. `present` saves the query when the caller knows the codes."""
    if present is None:
        present = set(public_signatures(statement).order_by().values_list("country", flat=True).distinct())
    chosen = [code for code in statement.country_order_codes() if code in present]
    rest = sorted(
        present - set(chosen) - {NO_COUNTRY}, key=lambda code: country_name(code, statement.language)
    )
    return chosen + rest + ([NO_COUNTRY] if NO_COUNTRY in present else [])


def signatory_queryset(statement: Statement, order: list[str] | None = None) -> QuerySet[Signature]:
    """Confirmed, displayable signatures in published order: country group; umbrella bodies, then
    organizations, then individuals; within each, the order they confirmed in or alphabetical, as the
    statement chooses. A statement that lists umbrella bodies in their own group puts all of them, from every
    country, before the first country (as a federation lists its national councils before the members)."""
    order = country_group_order(statement) if order is None else order
    if not order:
        # No public signatures at all. A CASE without WHENs would become a constant, and
        # PostgreSQL refuses "ORDER BY <constant>" in the ids query of `_ListOrder.build`.
        return public_signatures(statement).none()
    umbrella = Q(kind=Signature.Kind.ORGANIZATION, organization__is_umbrella=True)
    country_rank = Case(
        *([When(umbrella, then=Value(-1))] if umbrellas_first(statement) else []),
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
        public_signatures(statement)
        .select_related("version", "organization")
        .annotate(country_rank=country_rank, kind_rank=kind_rank)
        .order_by("country_rank", "kind_rank", *within)
    )


def list_cache_key(prefix: str, statement: Statement, baseline: int, revision: int | None = None) -> str:
    """A cache key that changes whenever the public list can have changed (or `revision` did)."""
    revision = statement.list_revision if revision is None else revision
    return ":".join(
        str(part)
        for part in (
            prefix, statement.pk, revision, statement.list_order, statement.earlier_versions,
            statement.umbrella_placement, "".join(statement.country_order_codes()), baseline,
        )
    )  # fmt: skip


class ListIds(Sequence):
    """The list's ids in published order, one sequence over its parts (each group's umbrella bodies,
    organizations, individuals): a newcomer copies only the part it joins, not 100,000 ids. Never changed
    once made, so a reader's pages and numbers stay consistent while newcomers arrive.

    >>> ids = ListIds([[7, 3], [], [9]])
    >>> len(ids), ids[2], ids[1:3], ids.index(9), list(ids)
    (3, 9, [3, 9], 2, [7, 3, 9])
    """

    def __init__(self, parts: list[list[int]]):
        self._parts = [part for part in parts if part]
        self._starts = list(itertools.accumulate((len(part) for part in self._parts), initial=0))

    def __len__(self) -> int:
        return self._starts[-1]

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            taken: list[int] = []
            part = bisect.bisect_right(self._starts, start) - 1
            while start < stop and part < len(self._parts):
                offset = start - self._starts[part]
                chunk = self._parts[part][offset : offset + stop - start]
                taken.extend(chunk)
                start += len(chunk)
                part += 1
            return taken
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        part = bisect.bisect_right(self._starts, index) - 1
        return self._parts[part][index - self._starts[part]]

    def __iter__(self) -> Iterator[int]:
        return itertools.chain.from_iterable(self._parts)

    def __contains__(self, value) -> bool:
        return any(value in part for part in self._parts)

    def index(self, value, start=0, stop=None) -> int:
        for part, first in zip(self._parts, self._starts, strict=False):
            if value in part:
                position = first + part.index(value)
                if position >= start and (stop is None or position < stop):
                    return position
        raise ValueError(f"{value} is not listed")


def ordered_ids(statement: Statement, baseline: int) -> ListIds:
    """The list's ids in published order, kept in this process per list order (`_ListOrder`)."""
    return _kept_order(statement, baseline).ids


def list_tally(statement: Statement, baseline: int) -> "Tally":
    """How many the list shows per country and kind, and per day they confirmed: counted with the kept order,
    so a confirmation adds one instead of a grouped query over the whole list."""
    return _kept_order(statement, baseline).tally


def _kept_order(statement: Statement, baseline: int) -> "_ListOrder":
    """The list's order, kept in this process per list order and brought up to date.

    Sorting 100,000 rows by group, kind and time costs about half a second; every page of the
    list would pay it again, and under a surge of confirmations every page view would. A signatory who
    joins (`list_joined`) only bumps `list_revision`: the kept order takes the newcomers in. Every other
    change bumps `list_reordered_revision`, which is part of the key, so a kept order is never stale.
    """
    # With its creation time: a statement made again with the same id (a restored or test database)
    # must not find the order of its namesake.
    key = list_cache_key("signatory-order", statement, baseline, statement.list_reordered_revision)
    key += f":{statement.created_at.timestamp()}"
    with _orders_lock:
        order = _orders.get(key)
        building = _builds.setdefault(key, threading.Lock())
    if order is not None and order.catch_up(statement):
        return order
    # One thread builds; the others wait for its order rather than sort the same rows at once.
    with building:
        with _orders_lock:
            kept = _orders.get(key)
        if kept is not None and kept is not order and kept.catch_up(statement):
            return kept
        order = _ListOrder.build(statement, key)
        with _orders_lock:
            _orders[key] = order
            while len(_orders) > _ORDERS_KEPT:
                _builds.pop(_orders.pop(next(iter(_orders))).key, None)
    return order


_ORDERS_KEPT = 32
_orders: dict[str, "_ListOrder"] = {}
_builds: dict[str, threading.Lock] = {}
_orders_lock = threading.Lock()
# A confirmation's time is taken before its transaction commits: newcomers are looked for this far back
# from the last look (the ones already seen are skipped)...
_COMMIT_MARGIN = timedelta(seconds=5)
# ... and, when fewer turn up than joined (a slow commit, clocks apart between servers), this far back.
_SLOW_COMMIT_MARGIN = timedelta(seconds=60)


@dataclass(frozen=True)
class Tally:
    """The public list counted: by (country, kind), and by the UTC day of confirmation ("2026-05-01")."""

    cells: dict[tuple[str, str], int]
    days: dict[str, int]

    def with_newcomers(self, newcomers: list[tuple]) -> "Tally":
        cells, days = Counter(self.cells), Counter(self.days)
        for _rank, confirmed_at, _pk, country, kind in newcomers:
            cells[country, kind] += 1
            days[confirmed_at.astimezone(UTC).date().isoformat()] += 1
        return Tally(dict(cells), dict(days))


# The UTC day of a confirmation, cut from the stored timestamp as text: SQLite would otherwise run a
# Python function per row to truncate 100,000 timestamps.
_DAY = Substr(Cast("confirmed_at", CharField()), 1, 10)


@dataclass
class _Part:
    """The ids of one group's umbrella bodies, organizations or individuals, in list order, and the sort
    key (confirmed_at, id) of the last one: a newcomer confirmed after it is simply appended."""

    ids: list[int]
    last: tuple[datetime, int] | None = None  # None: empty, or no confirmation time (those come first)


@dataclass
class _ListOrder:
    """One statement's list order, in parts by (country rank, kind rank). For lists in the order
    signatories confirmed in, newcomers are put where the database would have put them: almost always at
    the end of their part, so a confirmation costs a copy of one part and no sort."""

    key: str
    revision: int
    checked_at: datetime  # when newcomers were last looked for
    parts: dict[tuple[int, int], _Part]
    groups: list[str]
    by_time: bool  # False: alphabetical, built again on every change
    # The listed ids, and those confirmed but not shown since `checked_at - _SLOW_COMMIT_MARGIN`; how many
    # more were seen than the revisions counted (confirmations that committed while the rows were read).
    seen: set[int] = field(default_factory=set)
    surplus: int = 0
    ids: ListIds = field(default_factory=lambda: ListIds([]))
    tally: Tally = field(default_factory=lambda: Tally({}, {}))
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, statement: Statement, key: str = "") -> "_ListOrder":
        started = timezone.now()
        # Read before the rows, so every confirmation the revision counts is among them.
        revision = _current_revision(statement)
        groups = country_group_order(statement)
        columns = ("country_rank", "kind_rank", "pk", "country", "kind", "day")
        rows = (
            list(signatory_queryset(statement, groups).annotate(day=_DAY).values_list(*columns))
            if groups
            else []
        )
        parts = {
            rank: _Part([row[2] for row in part])
            for rank, part in itertools.groupby(rows, key=itemgetter(0, 1))
        }
        by_time = statement.list_order != Statement.ListOrder.ALPHABETICAL
        order = cls(key, revision, started, parts, groups, by_time)
        order.ids = ListIds([parts[rank].ids for rank in sorted(parts)])
        order.tally = Tally(
            dict(Counter((row[3], row[4]) for row in rows)), dict(Counter(row[5] for row in rows if row[5]))
        )
        if by_time:
            # One confirmed after the rows were read is not seen: the next catch-up takes it in.
            order.seen = set(order.ids)
            hidden = _confirmed_since(statement, started - _SLOW_COMMIT_MARGIN).filter(consent_display=False)
            order.seen.update(
                pk
                for pk, status in hidden.values_list("pk", "status")
                if status == Signature.Status.CONFIRMED
            )
            last = [part.ids[-1] for part in parts.values()]
            times = dict(Signature.objects.filter(pk__in=last).values_list("pk", "confirmed_at"))
            for part in parts.values():
                pk = part.ids[-1]
                part.last = (times[pk], pk) if times.get(pk) else None
        return order

    def catch_up(self, statement: Statement) -> bool:
        """Take in the signatories who joined since; False when only a rebuild can bring the order up to date."""
        if statement.list_revision <= self.revision:
            return True
        if not self.by_time:
            return False
        with self.lock:
            if statement.list_revision <= self.revision:
                return True
            started = timezone.now()
            revision, unseen = self._unseen(statement, since=self.checked_at - _COMMIT_MARGIN)
            if self.surplus + len(unseen) < revision - self.revision:
                # Fewer than joined: one committed long after its confirmation time. Look further back.
                revision, unseen = self._unseen(statement, since=self.checked_at - _SLOW_COMMIT_MARGIN)
            newcomers = _newcomer_ranks(statement, unseen, self.groups)
            if newcomers is None:
                return False  # a new country: the groups' order changes
            self._take_in(statement, newcomers)
            self.tally = self.tally.with_newcomers(newcomers)
            self.seen.update(unseen)
            self.surplus = max(0, self.surplus + len(unseen) - (revision - self.revision))
            self.revision, self.checked_at = revision, started
        return True

    def _unseen(self, statement: Statement, since: datetime) -> tuple[int, list[int]]:
        """The list revision and the confirmed signatures not seen yet, read in one query so that they agree:
        every confirmation the revision counts is among the rows (it commits with its revision)."""
        mark = ExpressionWrapper(-F("list_revision") - 1, output_field=IntegerField())
        revision_row = (
            Statement.objects.filter(pk=statement.pk).order_by().annotate(mark=mark, no_status=Value(""))
        )
        read = _confirmed_since(statement, since).values_list("pk", "status")
        rows = list(read.union(revision_row.values_list("mark", "no_status"), all=True))
        revision = -min(pk for pk, _status in rows) - 1  # ids are positive, the revision is -(revision + 1)
        confirmed = Signature.Status.CONFIRMED
        return revision, [pk for pk, status in rows if status == confirmed and pk not in self.seen]

    def _take_in(self, statement: Statement, newcomers: list[tuple]) -> None:
        """Put each newcomer where `signatory_queryset` would: by (confirmed_at, id) within its part."""
        newcomers.sort(key=lambda newcomer: newcomer[1:])
        changed: dict[tuple[int, int], _Part] = {}
        later = None  # confirmation times since the oldest newcomer, read when one is out of turn
        for rank, confirmed_at, pk, _country, _kind in newcomers:
            part = changed.get(rank)
            if part is None:
                # A new list for the part: readers keep the one they hold.
                old = self.parts.get(rank, _Part([]))
                part = changed[rank] = _Part(list(old.ids), old.last)
            key = (confirmed_at, pk)
            if part.last is None or part.last < key:
                part.ids.append(pk)
                part.last = key
                continue
            # Confirmed before the part's last row, committed after it: it goes before the rows
            # confirmed after it, the last ones of the part.
            if later is None:
                later = dict(_confirmed_since(statement, newcomers[0][1]).values_list("pk", "confirmed_at"))
            position = len(part.ids)
            while position:
                before = part.ids[position - 1]
                if later.get(before) is None or (later[before], before) < key:
                    break
                position -= 1
            part.ids.insert(position, pk)
        self.parts.update(changed)
        self.ids = ListIds([self.parts[rank].ids for rank in sorted(self.parts)])


def _current_revision(statement: Statement) -> int:
    return Statement.objects.filter(pk=statement.pk).values_list("list_revision", flat=True).get()


def _confirmed_since(statement: Statement, since: datetime) -> QuerySet[Signature]:
    """Signatures confirmed since `since`, shown on the list or not (the revision counts them all), and
    any confirmed then and withdrawn or rejected since: callers check the status. Filtering on it in SQL
    can lead a planner without fresh statistics (just after an import of 100,000) to walk the statement's
    status index through the whole list instead of the confirmation times."""
    return Signature.objects.filter(statement=statement, confirmed_at__gte=since).order_by()


def _newcomer_ranks(statement: Statement, ids: list[int], groups: list[str]) -> list[tuple] | None:
    """((country rank, kind rank), confirmed_at, id, country, kind) of the listed ones among `ids` (confirmed
    signatures of the statement), as `signatory_queryset` ranks them; None when one is from a country the list
    does not have yet. Read by primary key alone: SQLite would walk the statement's index otherwise."""
    if not ids:
        return []
    rank = {code: position for position, code in enumerate(groups)}
    first = umbrellas_first(statement)
    hides_earlier = statement.earlier_versions == Statement.EarlierVersions.HIDE
    lowest = statement.baseline_version_number() if hides_earlier else 0
    newcomers = []
    for pk, country, kind, umbrella, confirmed_at, shown, version in (
        Signature.objects.filter(pk__in=ids)
        .order_by()
        .values_list(
            "pk",
            "country",
            "kind",
            "organization__is_umbrella",
            "confirmed_at",
            "consent_display",
            "version__number",
        )
    ):
        if not shown or version < lowest:
            continue
        if country not in rank:
            return None
        umbrella = bool(umbrella) and kind == Signature.Kind.ORGANIZATION
        country_rank = -1 if umbrella and first else rank[country]
        kind_rank = 0 if umbrella else 1 if kind == Signature.Kind.ORGANIZATION else 2
        newcomers.append(((country_rank, kind_rank), confirmed_at, pk, country, kind))
    return newcomers
