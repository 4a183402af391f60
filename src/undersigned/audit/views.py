"""The statement owner's audit trail page."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from undersigned.audit.trail import describe_entries, owned_statement, statement_trail

PAGE_SIZE = 100


@login_required
@require_GET
def audit_trail(request, slug):
    statement = owned_statement(request.user, slug)
    page = Paginator(statement_trail(statement), PAGE_SIZE).get_page(request.GET.get("page"))
    names = describe_entries(page.object_list)
    rows = [(entry, names.get((entry.object_type, entry.object_id), "")) for entry in page.object_list]
    return render(
        request,
        "audit/trail.html",
        {"statement": statement, "page": page, "rows": rows, "time_zone": settings.TIME_ZONE},
    )
