"""The owner's translations of the current text: the list (with the outdated ones marked) and the
form that adds or updates one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.common.forms import add_service_errors
from undersigned.common.languages import language_name, text_direction
from undersigned.common.markdown import render_markdown
from undersigned.statements import translations as services
from undersigned.statements.diff import word_diff
from undersigned.statements.forms import TranslationForm
from undersigned.statements.permissions import owned_statement_or_403


def _current_version(statement):
    version = statement.current_version
    if version is None:
        raise Http404("The statement has no text yet.")
    return version


def _translation_form_page(request, statement, version, form, translation=None, status=200):
    text = form.data.get("text", "") if form.is_bound else (translation.text if translation else "")
    context = {
        "statement": statement,
        "version": version,
        "form": form,
        "translation": translation,
        "translation_name": language_name(translation.language) if translation else "",
        "direction": text_direction(translation.language) if translation else "",
        "original_name": language_name(statement.language),
        "original_html": render_markdown(version.text),
        "preview_html": render_markdown(text) if text else "",
        # What changed in the original since this translation was written.
        "diff": word_diff(translation.source_version.text, version.text)
        if translation is not None and translation.outdated
        else None,
    }
    return render(request, "statements/translation_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def translation_list(request, slug):
    """The translations of the current version, and a form to add one."""
    statement = owned_statement_or_403(request.user, slug)
    version = _current_version(statement)
    form = TranslationForm(request.POST or None, statement=statement)
    if request.method == "POST":
        if form.is_valid():
            try:
                translation = services.translation_save(
                    version=version, user=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request,
                    _("The %(language)s translation is saved.")
                    % {"language": language_name(translation.language)},
                )
                return redirect("statements:translations", slug=slug)
        return _translation_form_page(request, statement, version, form, status=400)
    rows = [
        {"translation": t, "name": language_name(t.language), "direction": text_direction(t.language)}
        for t in version.translations.select_related("source_version").order_by("language")
    ]
    return render(
        request,
        "statements/translations.html",
        {
            "statement": statement,
            "version": version,
            "rows": rows,
            "form": form,
            "original_name": language_name(statement.language),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def translation_edit(request, slug, language):
    statement = owned_statement_or_403(request.user, slug)
    version = _current_version(statement)
    translation = version.translations.select_related("source_version").filter(language=language).first()
    if translation is None:
        raise Http404("No such translation.")
    initial = {"language": language, "title": translation.title, "text": translation.text}
    form = TranslationForm(
        request.POST or None, statement=statement, fixed_language=language, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.translation_save(version=version, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("The %(language)s translation is saved.") % {"language": language_name(language)}
            )
            return redirect("statements:translations", slug=slug)
    status = 400 if form.is_bound and form.errors else 200
    return _translation_form_page(request, statement, version, form, translation, status=status)


@login_required
@require_POST
def translation_delete(request, slug, language):
    statement = owned_statement_or_403(request.user, slug)
    version = _current_version(statement)
    translation = version.translations.filter(language=language).first()
    if translation is None:
        raise Http404("No such translation.")
    services.translation_delete(translation=translation, user=request.user)
    messages.success(
        request, _("The %(language)s translation is removed.") % {"language": language_name(language)}
    )
    return redirect("statements:translations", slug=slug)
