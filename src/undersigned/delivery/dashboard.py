"""Failed deliveries, as the statement dashboard (coalitions.dashboard) lists them under "Waiting for you"."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from undersigned.coalitions.dashboard import Waiting
from undersigned.delivery.selectors import deliveries_failed


def failed_deliveries_waiting(statement) -> Waiting | None:
    failed = deliveries_failed(statement)
    count = failed.count()
    if not count:
        return None
    return Waiting(
        title=ngettext("%(n)s email to a recipient failed", "%(n)s emails to recipients failed", count)
        % {"n": count},
        count=count,
        url=reverse("delivery:mailings", kwargs={"slug": statement.slug}),
        link_text=_("See the delivery log and retry"),
        lines=[f"{d.name} <{d.email}>: {d.reason or d.get_status_display()}" for d in failed[:5]],
    )
