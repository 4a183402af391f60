"""The statement dashboard at /manage/s/<slug>/dashboard/: how the sign-on is going, and what needs the owner,
on one screen."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from undersigned.audit.trail import describe_entries, statement_trail
from undersigned.coalitions.charts import bar_chart, time_chart
from undersigned.coalitions.dashboard import Waiting, dashboard_waiting
from undersigned.signatures.stats import (
    bars,
    pending_older_than,
    probable_duplicates,
    region_counts,
    source_counts,
    statement_breakdown,
)
from undersigned.statements.permissions import owned_statement_or_403

PENDING_DAYS = 7  # the default for "pending for more than N days"; ?days= changes it
RECENT_ENTRIES = 10


def _days(raw) -> int:
    """`?days=` as a whole number of days from 1 to 365; anything else means the default.

    >>> _days("3"), _days("0"), _days("lots"), _days(None)
    (3, 7, 7, 7)
    """
    try:
        days = int(raw)
    except (TypeError, ValueError):
        return PENDING_DAYS
    return days if 1 <= days <= 365 else PENDING_DAYS


def _waiting(statement, days: int) -> list[Waiting]:
    items = []
    stale = pending_older_than(statement, days)
    count = stale.count()
    if count:
        items.append(
            Waiting(
                title=ngettext(
                    "%(n)s sign-on pending for more than %(days)s days",
                    "%(n)s sign-ons pending for more than %(days)s days",
                    count,
                )
                % {"n": count, "days": days},
                count=count,
                url=reverse("coalitions:dashboard", kwargs={"slug": statement.slug}) + "?state=pending",
                link_text=_("See the pending sign-ons"),
                lines=[s.display_line() for s in stale[:5]],
            )
        )
    duplicates = probable_duplicates(statement)
    if duplicates:
        items.append(
            Waiting(
                title=ngettext(
                    "%(n)s signatory appears more than once",
                    "%(n)s signatories appear more than once",
                    len(duplicates),
                )
                % {"n": len(duplicates)},
                count=len(duplicates),
                url=reverse("coalitions:dashboard", kwargs={"slug": statement.slug}),
                link_text=_("Check them in the progress table"),
                lines=[
                    f"{group[0].display_name()} ({group[0].country or '—'}): "
                    + ", ".join(s.get_status_display() for s in group)
                    for group in duplicates[:5]
                ],
            )
        )
    return items + dashboard_waiting(statement)


@login_required
@require_GET
def statement_dashboard(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    days = _days(request.GET.get("days"))
    breakdown = statement_breakdown(statement, language=request.LANGUAGE_CODE)
    regions = {
        coordinator.label(): coordinator.country_list()
        for coordinator in statement.coordinators.order_by("pk")
    }
    by_region = region_counts(statement, regions)
    entries = list(statement_trail(statement).order_by("-created_at")[:RECENT_ENTRIES])
    names = describe_entries(entries)
    return render(
        request,
        "coalitions/statement_dashboard.html",
        {
            "statement": statement,
            "breakdown": breakdown,
            "charts": {
                "kind": bar_chart(breakdown.by_kind),
                "country": bar_chart(breakdown.by_country),
                "region": bar_chart(bars([(name, confirmed) for name, confirmed, _pending in by_region])),
                "time": time_chart(breakdown.by_day),
            },
            "sources": source_counts(statement),
            "region_pending": {name: pending for name, _confirmed, pending in by_region},
            "waiting": _waiting(statement, days),
            "days": days,
            "entries": [(entry, names.get((entry.object_type, entry.object_id), "")) for entry in entries],
            "time_zone": settings.TIME_ZONE,
        },
    )
