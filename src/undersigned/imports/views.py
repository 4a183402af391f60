from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.coalitions.access import Coordination, coordination_or_403
from undersigned.common.countries import country_choices
from undersigned.imports import services
from undersigned.imports.forms import ImportSourceForm, ReviewFormSet


def _back_url(coordination: Coordination) -> str:
    if coordination.is_owner:
        return reverse("statements:manage", kwargs={"slug": coordination.statement.slug})
    return reverse("coalitions:dashboard", kwargs={"slug": coordination.statement.slug})


def _review(request, coordination, formset, *, warnings=(), status=200):
    rows = [(form, form["notes"].value().splitlines() if form["notes"].value() else []) for form in formset]
    context = {
        "statement": coordination.statement,
        "formset": formset,
        "rows": rows,
        "warnings": warnings,
        "countries": country_choices(),
        "back_url": _back_url(coordination),
        "region": coordination.countries,
    }
    return render(request, "imports/review.html", context, status=status)


def _formset(coordination, **kwargs):
    return ReviewFormSet(form_kwargs={"countries": coordination.countries}, **kwargs)


@login_required
@require_http_methods(["GET", "POST"])
def import_start(request, slug):
    """Paste or upload; the POST parses and shows the review table. Nothing is stored yet.
    The owner imports confirmed signatures; a coordinator imports their region's sign-ons as pending."""
    coordination = coordination_or_403(request.user, slug)
    statement = coordination.statement
    form = ImportSourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        preview = services.import_preview(statement=statement, text=form.document_text())
        if preview.rows:
            formset = _formset(coordination, initial=[row.initial for row in preview.rows])
            return _review(request, coordination, formset, warnings=preview.warnings)
        form.add_error("text", _("No list of signatories was found in this text."))
    status = 400 if request.method == "POST" else 200
    context = {
        "statement": statement,
        "form": form,
        "back_url": _back_url(coordination),
        "is_owner": coordination.is_owner,
    }
    return render(request, "imports/start.html", context, status=status)


@login_required
@require_POST
def import_confirm(request, slug):
    coordination = coordination_or_403(request.user, slug)
    formset = _formset(coordination, data=request.POST)
    if not formset.is_valid():
        return _review(request, coordination, formset, status=400)
    rows = [form.cleaned_data for form in formset if form.cleaned_data.get("include")]
    try:
        outcome = services.signatures_import(
            statement=coordination.statement,
            rows=rows,
            user=request.user,
            as_coordinator=not coordination.is_owner,
        )
    except ValidationError as error:
        # The rows passed the same rules already; whatever the service still refuses is shown, not a 500.
        formset.add_service_error(error)
        return _review(request, coordination, formset, status=400)
    messages.success(
        request,
        ngettext("%(created)d signatory imported", "%(created)d signatories imported", outcome.created)
        % {"created": outcome.created}
        + (
            "; "
            + ngettext(
                "%(n)d skipped as already present.", "%(n)d skipped as already present.", len(outcome.skipped)
            )
            % {"n": len(outcome.skipped)}
            if outcome.skipped
            else "."
        ),
    )
    return redirect(_back_url(coordination))
