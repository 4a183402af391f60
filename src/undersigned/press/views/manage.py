"""The owner's publication desk: release form, publish/unpublish, and an overview of exports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.press import services
from undersigned.press.documents import lede_suggestion
from undersigned.press.exports import KINDS
from undersigned.press.forms import QuoteFormSet, ReleaseForm
from undersigned.press.models import Release
from undersigned.press.placeholders import stale_figures
from undersigned.press.selectors import export_current, list_summary, release_for
from undersigned.signatures.models import Signature
from undersigned.signatures.selectors import signatory_queryset
from undersigned.statements.permissions import owned_statement_or_403


@login_required
@require_GET
def publication(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    release = release_for(statement)
    summary = list_summary(statement)
    context = {
        "statement": statement,
        "release": release,
        "summary": summary,
        "stale_figures": _stale({n: getattr(release, n) for n in _WRITTEN_FIELDS}, summary)
        if release
        else [],
        "exports": [
            {
                "kind": kind,
                "url": reverse(f"press:export_{kind}", kwargs={"slug": slug}),
                "build": export_current(statement, kind),
            }
            for kind in KINDS
        ],
        "attachments": statement.attachments.all(),
    }
    return render(request, "press/manage_publication.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def release_edit(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    release = release_for(statement) or Release(statement=statement)
    initial = {}
    if release.pk is None:
        initial = {"lede": lede_suggestion(statement, placeholders=True), "headline": statement.title}
    form = ReleaseForm(request.POST or None, instance=release, initial=initial, statement=statement)
    quotes = QuoteFormSet(request.POST or None, instance=release, prefix="quotes")
    if request.method == "POST" and form.is_valid() and quotes.is_valid():
        with transaction.atomic():
            services.release_save(
                statement=statement, fields=form.release_fields(), quotes=quotes.quotes(),
                selected=form.cleaned_data["selected"], user=request.user,
            )  # fmt: skip
        messages.success(request, _("The press release was saved."))
        return redirect("press:publication", slug=slug)
    organizations = (
        signatory_queryset(statement)
        .filter(kind=Signature.Kind.ORGANIZATION)
        .values_list("organization_name", flat=True)
    )
    written = (
        form.data if form.is_bound else {n: form.initial.get(n, getattr(release, n)) for n in _WRITTEN_FIELDS}
    )
    context = {
        "statement": statement,
        "release": release,
        "stale_figures": _stale(written, list_summary(statement)),
        "form": form,
        "quotes": quotes,
        "organizations": list(organizations[:1000]),
        "has_errors": request.method == "POST",
    }
    return render(
        request, "press/manage_release.html", context, status=400 if request.method == "POST" else 200
    )


@login_required
@require_POST
def release_publish(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    release = release_for(statement)
    if release is None:
        messages.error(request, _("Write the press release before publishing it."))
        return redirect("press:release_edit", slug=slug)
    services.release_publish(release=release, user=request.user)
    if release.is_embargoed:
        messages.success(request, _("The press release is published and stays under embargo until its time."))
    else:
        messages.success(request, _("The press release is published."))
    return redirect("press:publication", slug=slug)


@login_required
@require_POST
def release_unpublish(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    release = release_for(statement)
    if release is not None:
        services.release_unpublish(release=release, user=request.user)
        messages.success(request, _("The press release is back to draft and no longer public."))
    return redirect("press:publication", slug=slug)


_WRITTEN_FIELDS = ("headline", "subheadline", "lede", "about")


def _stale(written, summary) -> list:
    """Figures written by hand in the release (a mapping of its text fields) that no longer match the list."""
    return stale_figures("\n".join(str(written.get(name) or "") for name in _WRITTEN_FIELDS), summary)
