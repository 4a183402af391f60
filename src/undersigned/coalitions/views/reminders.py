"""One reminder to sign-ons still pending after some days: the owner for every region, a coordinator for
theirs (the sign-ons come from `Coordination.signatures()`, so another region is never reminded)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from undersigned.coalitions.access import coordination_or_403
from undersigned.coalitions.forms import ReminderForm
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_due_for_reminder, signatures_send_reminders


@login_required
@require_http_methods(["GET", "POST"])
def reminders(request, slug):
    coordination = coordination_or_403(request.user, slug)
    form = ReminderForm(request.POST if request.method == "POST" else (request.GET or None))
    valid = form.is_valid()
    days = (
        form.cleaned_data["older_than_days"] if valid else ReminderForm.base_fields["older_than_days"].initial
    )
    if request.method == "POST" and valid:
        sent = signatures_send_reminders(
            statement=coordination.statement,
            signatures=coordination.signatures(),
            older_than_days=days,
            user=request.user,
            countries=coordination.countries,
        )
        if sent:
            messages.success(
                request,
                ngettext(
                    "A reminder is being sent to %(n)s pending sign-on.",
                    "A reminder is being sent to %(n)s pending sign-ons.",
                    sent,
                )
                % {"n": sent},
            )
        else:
            messages.info(request, _("No pending sign-on is due for a reminder."))
        url = reverse("coalitions:reminders", kwargs={"slug": slug})
        return redirect(f"{url}?older_than_days={days}")
    pending = coordination.signatures().filter(status=Signature.Status.PENDING)
    context = {
        "coordination": coordination,
        "statement": coordination.statement,
        "form": form if form.is_bound else ReminderForm(),
        "days": days,
        "due": signatures_due_for_reminder(coordination.signatures(), older_than_days=days).count(),
        "reminded": pending.filter(reminded_at__isnull=False).count(),
    }
    status = 400 if form.is_bound and not valid else 200
    return render(request, "coalitions/reminders.html", context, status=status)
