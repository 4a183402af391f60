"""The statement owner's coalition tools: appointing coordinators and reading the audit trail."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.coalitions import services
from undersigned.coalitions.forms import CoordinatorForm, add_service_errors
from undersigned.coalitions.selectors import describe_entries, statement_audit_trail
from undersigned.coalitions.views.accounts import coordinator_login_required
from undersigned.statements.permissions import owned_statement_or_403

AUDIT_PAGE_SIZE = 100


@coordinator_login_required
@require_http_methods(["GET", "POST"])
def coordinators(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    form = CoordinatorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            coordinator = services.coordinator_appoint(
                statement=statement, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(email)s now coordinates %(region)s. We emailed them the way in.")
                % {"email": coordinator.user.email, "region": coordinator.label()},
            )
            return redirect("coalitions:coordinators", slug=slug)
    status = 400 if form.is_bound and form.errors else 200
    appointed = statement.coordinators.select_related("user").order_by("pk")
    return render(
        request,
        "coalitions/coordinators.html",
        {"statement": statement, "form": form, "coordinators": appointed},
        status=status,
    )


@coordinator_login_required
@require_POST
def coordinator_remove(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    coordinator = get_object_or_404(statement.coordinators.select_related("user"), pk=pk)
    services.coordinator_remove(coordinator=coordinator, user=request.user)
    messages.success(
        request, _("%(email)s no longer coordinates this statement.") % {"email": coordinator.user.email}
    )
    return redirect("coalitions:coordinators", slug=slug)


@coordinator_login_required
@require_GET
def audit_trail(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    page = Paginator(statement_audit_trail(statement), AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    names = describe_entries(page.object_list)
    rows = [(entry, names.get((entry.object_type, entry.object_id), "")) for entry in page.object_list]
    return render(
        request,
        "coalitions/audit.html",
        {"statement": statement, "page": page, "rows": rows, "time_zone": settings.TIME_ZONE},
    )
