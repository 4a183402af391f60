from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from undersigned.common.markdown import render_markdown
from undersigned.common.permissions import owned_statement_or_403
from undersigned.signatures.forms import SignatureForm
from undersigned.statements.selectors import statement_get_public


def render_statement_page(request, statement, form=None, status=200):
    """The statement with its sign-on form; also re-rendered with errors by the sign view."""
    version = statement.current_version
    context = {
        "statement": statement,
        "version": version,
        "text_html": render_markdown(version.text) if version else "",
        "form": form or SignatureForm(statement=statement),
        "accepting": statement.accepts_signatures(),
    }
    return render(request, "statements/detail.html", context, status=status)


@require_GET
def statement_detail(request, slug):
    statement = statement_get_public(slug=slug, user=request.user)
    return render_statement_page(request, statement)


@require_GET
def statement_count(request, slug):
    """The live count, polled by htmx on the statement page. An unchanged count answers 204, which
    htmx leaves alone, so screen readers hear the live region only when the number moved."""
    statement = statement_get_public(slug=slug, user=request.user)
    if request.GET.get("shown") == str(statement.confirmed_count):
        return HttpResponse(status=204)
    return render(request, "statements/_count_text.html", {"statement": statement})


@require_GET
def statement_index(request):
    from undersigned.statements.models import Statement

    statements = Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at")[:50]
    return render(request, "statements/index.html", {"statements": statements})


@login_required
@require_GET
def statement_manage(request, slug):
    """The owner's desk for one statement: counts and the tools each app adds."""
    statement = owned_statement_or_403(request.user, slug)
    return render(request, "statements/manage.html", {"statement": statement})
