"""The owner watches (and may stop) the reconfirmation emails of a new version."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from undersigned.signatures import services
from undersigned.signatures.models import ReconfirmationRun
from undersigned.statements.permissions import owned_statement_or_403


def _run_or_404(user, slug, number) -> ReconfirmationRun:
    statement = owned_statement_or_403(user, slug)
    return get_object_or_404(
        ReconfirmationRun.objects.select_related("statement", "version"),
        statement=statement,
        version__number=number,
    )


@login_required
@require_GET
def reconfirmation_status(request, slug, number):
    run = _run_or_404(request.user, slug, number)
    return render(
        request,
        "signatures/reconfirmation_status.html",
        {"statement": run.statement, "run": run, "Status": ReconfirmationRun.Status},
    )


@login_required
@require_POST
def reconfirmation_stop(request, slug, number):
    run = _run_or_404(request.user, slug, number)
    if services.reconfirmation_run_stop(run=run, user=request.user):
        messages.success(request, _("The sending is stopped. Emails not sent yet will not be sent."))
    else:
        messages.info(request, _("This sending had already ended."))
    return redirect("signatures:reconfirmation", slug=slug, number=number)
