from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from undersigned.statements.models import Statement
from undersigned.statements.permissions import owned_statement_or_403


@require_GET
def statement_index(request):
    statements = Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at")[:50]
    return render(request, "statements/index.html", {"statements": statements})


@login_required
@require_GET
def statement_manage(request, slug):
    """The owner's desk for one statement: counts and the tools each app adds."""
    statement = owned_statement_or_403(request.user, slug)
    return render(request, "statements/manage.html", {"statement": statement})
