"""Figures about a statement's sign-ons for its owners: the counts on /manage/ and the dashboard's breakdowns.

Every figure counts stored Signature rows by their status, so the four states (pending, confirmed, rejected,
withdrawn) are always counted apart; "declined" is a coordinator's word for an invitation turned down and is
not a state of a signature.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext

from undersigned.common.countries import country_name
from undersigned.organizations.dedup import organization_key
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

CONFIRMED = Signature.Status.CONFIRMED


@dataclass
class StatementCounts:
    confirmed: int = 0
    pending: int = 0
    organizations: int = 0  # confirmed
    individuals: int = 0  # confirmed
    countries: int = 0  # with a confirmed signatory


def statement_counts(statements) -> dict[int, StatementCounts]:
    """`{statement id: StatementCounts}` for many statements in two queries (the /manage/ list)."""
    ids = [s.pk for s in statements]
    counts = {pk: StatementCounts() for pk in ids}
    rows = (
        Signature.objects.filter(statement_id__in=ids)
        .values("statement_id", "status", "kind")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows:
        c = counts[row["statement_id"]]
        if row["status"] == Signature.Status.PENDING:
            c.pending += row["n"]
        elif row["status"] == CONFIRMED:
            c.confirmed += row["n"]
            if row["kind"] == Signature.Kind.ORGANIZATION:
                c.organizations += row["n"]
            else:
                c.individuals += row["n"]
    countries = (
        Signature.objects.filter(statement_id__in=ids, status=CONFIRMED)
        .exclude(country="")
        .values("statement_id")
        .annotate(n=Count("country", distinct=True))
        .order_by()
    )
    for row in countries:
        counts[row["statement_id"]].countries = row["n"]
    return counts


@dataclass
class Bar:
    """One bar of a dashboard chart: its label, its number and its share of the longest bar (0-100)."""

    label: str
    value: int
    percent: float = 0.0
    key: str = ""


def bars(pairs) -> list[Bar]:
    """`[("DE", 3), ("AT", 1)]` -> bars sized against the largest.

    >>> [(b.label, b.value, b.percent) for b in bars([("DE", 3), ("AT", 1)])]
    [('DE', 3, 100.0), ('AT', 1, 33.3)]
    """
    pairs = list(pairs)
    top = max((value for _label, value in pairs), default=0) or 1
    return [Bar(str(label), value, round(100 * value / top, 1)) for label, value in pairs]


@dataclass
class Breakdown:
    by_status: list[Bar] = field(default_factory=list)
    by_kind: list[Bar] = field(default_factory=list)
    by_country: list[Bar] = field(default_factory=list)
    by_day: list[Bar] = field(default_factory=list)
    total: int = 0


def statement_breakdown(
    statement: Statement, *, language: str | None = None, today: date | None = None
) -> Breakdown:
    """Every sign-on counted by status (all four apart), and the confirmed ones by kind and by country;
    sign-ons (any status) per day from the first one to today, at most the last 60 days."""
    signatures = Signature.objects.filter(statement=statement)
    by_status = dict(signatures.values_list("status").annotate(n=Count("id")).order_by())
    confirmed = signatures.filter(status=CONFIRMED)
    by_kind = dict(confirmed.values_list("kind").annotate(n=Count("id")).order_by())
    by_country = list(confirmed.values_list("country").annotate(n=Count("id")).order_by("-n", "country"))
    per_day = dict(
        signatures.annotate(day=TruncDate("created_at")).values_list("day").annotate(n=Count("id")).order_by()
    )
    today = today or timezone.localdate()
    days: list[tuple[date, int]] = []
    if per_day:
        start = max(min(per_day), today - timedelta(days=59))
        day = start
        while day <= today:
            days.append((day, per_day.get(day, 0)))
            day += timedelta(days=1)
    status_bars = bars([(s.label, by_status.get(s, 0)) for s in Signature.Status])
    for bar, status in zip(status_bars, Signature.Status, strict=True):
        bar.key = status.value
    return Breakdown(
        by_status=status_bars,
        by_kind=bars([(Signature.Kind(k).label, by_kind.get(k, 0)) for k in Signature.Kind]),
        by_country=bars(
            [(country_name(code, language) if code else gettext("No country"), n) for code, n in by_country]
        ),
        by_day=[
            Bar(day.isoformat(), n, percent)
            for (day, n), percent in zip(days, [b.percent for b in bars(days)], strict=True)
        ],
        total=sum(by_status.values()),
    )


def pending_older_than(statement: Statement, days: int, *, now=None) -> QuerySet[Signature]:
    """Pending sign-ons waiting longer than `days` days for their signer to confirm."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return Signature.objects.filter(
        statement=statement, status=Signature.Status.PENDING, created_at__lt=cutoff
    ).order_by("created_at")


def probable_duplicates(statement: Statement) -> list[list[Signature]]:
    """Sign-ons (pending or confirmed) that look like the same signatory twice: organizations whose names
    match once legal forms and small words are set aside (organizations.dedup.organization_key), or people
    with the same name, in the same country."""
    groups: dict[tuple, list[Signature]] = defaultdict(list)
    live = Signature.objects.filter(
        statement=statement, status__in=[Signature.Status.PENDING, CONFIRMED]
    ).order_by("created_at")
    for signature in live.iterator(chunk_size=2000):
        if signature.is_organization:
            name = organization_key(signature.organization_name)
        else:
            name = " ".join(signature.person_name.casefold().split())
        if name:
            groups[(signature.kind, signature.country, name)].append(signature)
    return [group for group in groups.values() if len(group) > 1]


def region_counts(statement: Statement, regions: dict[str, list[str]]) -> list[tuple[str, int, int]]:
    """`[(region name, confirmed, pending)]` for regions given as `{name: [country codes]}`."""
    rows = dict()
    counted = (
        Signature.objects.filter(statement=statement)
        .values("country")
        .annotate(
            confirmed=Count("id", filter=Q(status=CONFIRMED)),
            pending=Count("id", filter=Q(status=Signature.Status.PENDING)),
        )
        .order_by()
    )
    for row in counted:
        rows[row["country"]] = (row["confirmed"], row["pending"])
    return [
        (name, sum(rows.get(c, (0, 0))[0] for c in codes), sum(rows.get(c, (0, 0))[1] for c in codes))
        for name, codes in regions.items()
    ]


def source_counts(statement: Statement) -> list[Bar]:
    """Confirmed sign-ons by where they were made: this site's page ("Direct"), each partner site whose
    embedded form took them, the API, imports, coordinators and invitations; largest first.
    `bar.key` is the source (and site) for the template."""
    rows = (
        Signature.objects.filter(statement=statement, status=CONFIRMED)
        .values_list("source", "source_site")
        .annotate(n=Count("id"))
        .order_by("-n", "source", "source_site")
    )
    labelled = []
    for source, site, n in rows:
        if source == Signature.Source.WEB:
            label = gettext("Direct")
        elif source == Signature.Source.EMBED:
            label = site or gettext("Embedded form, site unknown")
        elif source == Signature.Source.API:
            label = gettext("API")
        else:
            label = Signature.Source(source).label
        labelled.append((label, n, f"{source}:{site}" if site else source))
    result = bars([(label, n) for label, n, _key in labelled])
    for bar, (_label, _n, key) in zip(result, labelled, strict=True):
        bar.key = key
    return result
