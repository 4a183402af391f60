from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.common.forms import add_service_errors
from undersigned.common.markdown import render_markdown
from undersigned.statements import services
from undersigned.statements.forms import StatementCreateForm
from undersigned.statements.models import Statement
from undersigned.statements.permissions import owned_statement_or_403


@require_GET
def statement_index(request):
    statements = Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at")[:50]
    return render(request, "statements/index.html", {"statements": statements})


def lifecycle_steps(statement: Statement) -> list[dict]:
    """The four steps in order, each with what it means and whether it is the current one."""
    return [
        {
            "status": status,
            "label": status.label,
            "meaning": Statement.STEP_MEANINGS[status],
            "current": statement.status == status,
        }
        for status in Statement.Status
    ]


def lifecycle_actions(statement: Statement) -> list[dict]:
    """The steps the owner may take from here, each a button (irreversible ones ask first)."""
    verbs = {
        Statement.Status.OPEN: _("Reopen for signatures")
        if statement.status == Statement.Status.CLOSED
        else _("Open for signatures"),
        Statement.Status.CLOSED: _("Close the sign-on"),
        Statement.Status.PUBLISHED: _("Publish the final list"),
    }
    return [
        {
            "to": to,
            "verb": verbs[to],
            "irreversible": statement.transition_is_irreversible(to),
        }
        for to in statement.allowed_transitions()
    ]


def outdated_translation_count(statement: Statement) -> int:
    version = statement.current_version
    if version is None:
        return 0
    return sum(1 for t in version.translations.all() if t.outdated)


@login_required
@require_GET
def statement_manage(request, slug):
    """The owner's desk for one statement: its lifecycle and the tools each app adds."""
    statement = owned_statement_or_403(request.user, slug)
    return render(
        request,
        "statements/manage.html",
        {
            "statement": statement,
            "steps": lifecycle_steps(statement),
            "actions": lifecycle_actions(statement),
            "confirm": request.GET.get("confirm", ""),
            "outdated_translations": outdated_translation_count(statement),
        },
    )


def statement_manage_url(slug: str) -> str:
    return reverse("statements:manage", kwargs={"slug": slug})


@login_required
@require_POST
def statement_transition(request, slug):
    """One step along the lifecycle. An irreversible step needs `confirmed=yes`; without it, the owner's page
    shows what the step means and asks again."""
    statement = owned_statement_or_403(request.user, slug)
    to = request.POST.get("to", "")
    if to in statement.allowed_transitions() and statement.transition_is_irreversible(to):
        if request.POST.get("confirmed") != "yes":
            return redirect(f"{statement_manage_url(slug)}?confirm={to}#lifecycle")
    try:
        services.statement_transition(statement=statement, to=to, user=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        statement.refresh_from_db(fields=["status"])
        messages.success(
            request,
            _("The statement is now “%(status)s”.") % {"status": statement.get_status_display()},
        )
    return redirect(f"{statement_manage_url(slug)}#lifecycle")


@login_required
@require_http_methods(["GET", "POST"])
def statement_new(request):
    """A new statement, owned by whoever makes it; it starts as a draft."""
    form = StatementCreateForm(request.POST or None, initial={"language": request.LANGUAGE_CODE[:2]})
    if request.method == "POST" and form.is_valid():
        try:
            statement = services.statement_create(
                slug=services.statement_free_slug(form.cleaned_data["title"]),
                text=form.cleaned_data["text"],
                user=request.user,
                **form.statement_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("“%(title)s” is saved as a draft. Open it for signatures when you are ready.")
                % {"title": statement.title},
            )
            return redirect("statements:manage", slug=statement.slug)
    text = form.data.get("text", "") if form.is_bound else ""
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "statements/new.html",
        {"form": form, "preview_html": render_markdown(text) if text else ""},
        status=status,
    )


@login_required
@require_POST
def statement_preview(request):
    """The text as readers will see it, rendered on the server by the same sanitised Markdown renderer
    (htmx swaps it in beside the text box while the owner types)."""
    text = request.POST.get("text", "")[:100_000]
    return render(
        request, "statements/_preview.html", {"preview_html": render_markdown(text) if text else ""}
    )
