from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.coalitions.access import Coordination, coordination_or_403
from undersigned.imports import services
from undersigned.imports.forms import ImportSourceForm, ReviewFormSet
from undersigned.imports.limits import ImportRefused
from undersigned.imports.review import apply_action, kind_choices, review_groups
from undersigned.imports.widgets import CountrySelect


def _back_url(coordination: Coordination) -> str:
    if coordination.is_owner:
        return reverse("statements:manage", kwargs={"slug": coordination.statement.slug})
    return reverse("coalitions:dashboard", kwargs={"slug": coordination.statement.slug})


def _review(request, coordination, formset, *, warnings=(), notices=(), document="", status=200):
    context = {
        "statement": coordination.statement,
        "formset": formset,
        "groups": review_groups(formset),
        "row_count": formset.total_form_count(),
        "warnings": warnings,
        "notices": notices,
        "document": document,
        "kind_choices": kind_choices(_("Keep as it is")),
        "group_kind_choices": kind_choices(_("Keep each row's")),
        "bulk_country": CountrySelect(blank_label=_("Keep as it is")).render(
            "bulk-country", "", {"id": "bulk-country"}
        ),
        "back_url": _back_url(coordination),
        "region": coordination.countries,
    }
    return render(request, "imports/review.html", context, status=status)


def _formset(coordination, **kwargs):
    return ReviewFormSet(form_kwargs={"countries": coordination.countries}, **kwargs)


# The review table repeats a country picker on every row: compressed, 1,000 rows travel as a few
# hundred KB instead of 12 MB. Django's gzip adds random padding against BREACH.
@gzip_page
@login_required
@require_http_methods(["GET", "POST"])
def import_start(request, slug):
    """Paste or upload; the POST parses and shows the review table. Nothing is stored yet.
    The owner imports confirmed signatures; a coordinator imports their region's sign-ons as pending."""
    coordination = coordination_or_403(request.user, slug)
    statement = coordination.statement
    form = ImportSourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            preview = services.import_preview(
                statement=statement,
                text=form.document_text(),
                start_line=form.cleaned_data["start_line"],
                countries=coordination.countries,
            )
        except ImportRefused as refused:
            form.add_error("file" if form.cleaned_data.get("file") else "text", refused.message)
        else:
            if preview.rows:
                formset = _formset(coordination, initial=[row.initial for row in preview.rows])
                return _review(
                    request,
                    coordination,
                    formset,
                    warnings=preview.warnings,
                    notices=preview.notices,
                    document=form.document_text() if any(n.line for n in preview.notices) else "",
                )
            form.add_error("text", _("No list of signatories was found in this text."))
    status = 400 if request.method == "POST" else 200
    context = {
        "statement": statement,
        "form": form,
        "back_url": _back_url(coordination),
        "is_owner": coordination.is_owner,
    }
    return render(request, "imports/start.html", context, status=status)


@gzip_page
@login_required
@require_POST
def import_confirm(request, slug):
    """Import the reviewed rows; or, for a group's or the bulk bar's button, fill the chosen
    columns and show the table again (works without JavaScript)."""
    coordination = coordination_or_403(request.user, slug)
    action = request.POST.get("action", "import")
    if action != "import":
        data = apply_action(request.POST, action, max_rows=settings.UNDERSIGNED_IMPORT_MAX_ROWS)
        return _review(request, coordination, _formset(coordination, data=data))
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
    services.organizations_mark_umbrella(
        statement=coordination.statement,
        names=[row["organization"] for row in rows if row.get("umbrella")],
        user=request.user,
    )
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
