from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.common.countries import country_choices
from undersigned.common.permissions import owned_statement_or_403
from undersigned.imports import services
from undersigned.imports.forms import ImportSourceForm, ReviewFormSet


def _review(request, statement, formset, *, warnings=(), status=200):
    rows = [(form, form["notes"].value().splitlines() if form["notes"].value() else []) for form in formset]
    context = {"statement": statement, "formset": formset, "rows": rows, "warnings": warnings,
               "countries": country_choices()}
    return render(request, "imports/review.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def import_start(request, slug):
    """Paste or upload; the POST parses and shows the review table. Nothing is stored yet."""
    statement = owned_statement_or_403(request.user, slug)
    form = ImportSourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        preview = services.import_preview(statement=statement, text=form.document_text())
        if preview.rows:
            formset = ReviewFormSet(initial=[row.initial for row in preview.rows])
            return _review(request, statement, formset, warnings=preview.warnings)
        form.add_error("text", _("No list of signatories was found in this text."))
    status = 400 if request.method == "POST" else 200
    return render(request, "imports/start.html", {"statement": statement, "form": form}, status=status)


@login_required
@require_POST
def import_confirm(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    formset = ReviewFormSet(request.POST)
    if not formset.is_valid():
        return _review(request, statement, formset, status=400)
    rows = [form.cleaned_data for form in formset if form.cleaned_data.get("include")]
    outcome = services.signatures_import(statement=statement, rows=rows, user=request.user)
    messages.success(request, ngettext(
        "%(created)d signatory imported", "%(created)d signatories imported", outcome.created
    ) % {"created": outcome.created} + (
        "; " + ngettext("%(n)d skipped as already present.", "%(n)d skipped as already present.",
                        len(outcome.skipped)) % {"n": len(outcome.skipped)} if outcome.skipped else "."))
    return redirect("statements:manage", slug=statement.slug)
