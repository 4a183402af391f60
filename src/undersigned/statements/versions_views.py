"""The text's history (public) and publishing a new version (owner)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from undersigned.common.markdown import render_markdown
from undersigned.statements import services
from undersigned.statements.diff import word_diff
from undersigned.statements.forms import StatementSettingsForm, VersionPublishForm
from undersigned.statements.permissions import owned_statement_or_403
from undersigned.statements.reach import reconfirmation_audience
from undersigned.statements.selectors import statement_get_public


@require_GET
def version_history(request, slug):
    statement = statement_get_public(slug=slug, user=request.user)
    versions = list(statement.versions.order_by("-number").prefetch_related("translations"))
    return render(request, "statements/versions.html", {"statement": statement, "versions": versions})


@require_GET
def version_diff(request, slug, number):
    """What changed from the previous version to version `number` (or from `?from=` if given)."""
    statement = statement_get_public(slug=slug, user=request.user)
    version = statement.versions.filter(number=number).first()
    if version is None:
        raise Http404("No such version.")
    try:
        base_number = int(request.GET.get("from", number - 1))
    except ValueError:
        base_number = number - 1
    base = statement.versions.filter(number=base_number).first() if base_number != number else None
    diff = word_diff(base.text, version.text) if base else None
    return render(
        request,
        "statements/version_diff.html",
        {"statement": statement, "version": version, "base": base, "diff": diff},
    )


@login_required
@require_http_methods(["GET", "POST"])
def version_publish(request, slug):
    """Two steps: "Preview" shows the formatted text, the word diff and whom it will email; only then
    does "Publish" (with the fingerprint of what was previewed) publish it."""
    statement = owned_statement_or_403(request.user, slug)
    current = statement.current_version
    form = VersionPublishForm(
        request.POST or None, statement=statement, initial={"text": current.text if current else ""}
    )
    if request.method == "POST" and form.is_valid():
        if request.POST.get("step") == "publish" and form.was_previewed():
            data = {k: v for k, v in form.cleaned_data.items() if k != "previewed"}
            version = services.statement_version_publish(statement=statement, user=request.user, **data)
            if version.minor:
                messages.success(
                    request, _("Version %(n)s is published as a minor correction.") % {"n": version.number}
                )
                return redirect("statements:version_diff", slug=slug, number=version.number)
            messages.success(
                request,
                _("Version %(n)s is published. The emails are being sent.") % {"n": version.number},
            )
            return redirect("signatures:reconfirmation", slug=slug, number=version.number)
        if request.POST.get("step") == "publish":
            messages.warning(request, _("The text changed since the preview. Please check it again."))
        form.data = form.data.copy()
        form.data["previewed"] = form.fingerprint()
        text = form.cleaned_data["text"]
        return render(
            request,
            "statements/version_preview.html",
            {
                "statement": statement,
                "form": form,
                "current": current,
                "minor": form.cleaned_data["minor"],
                "text_html": render_markdown(text),
                "diff": word_diff(current.text, text) if current else None,
                "audience": reconfirmation_audience(statement),
            },
        )
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "statements/version_publish.html",
        {"statement": statement, "form": form, "current": current},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def statement_settings(request, slug):
    """How the public list is ordered, and what it does with signers of an earlier text."""
    statement = owned_statement_or_403(request.user, slug)
    form = StatementSettingsForm(request.POST or None, instance=statement)
    if request.method == "POST" and form.is_valid():
        try:
            services.statement_update_settings(statement=statement, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            # The model's own rules (the country-code pattern) are checked by the service.
            statement.refresh_from_db()
            form.add_error(None, error)
        else:
            messages.success(request, _("The list settings were saved."))
            return redirect("statements:settings", slug=slug)
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "statements/settings.html", {"statement": statement, "form": form}, status=status)
