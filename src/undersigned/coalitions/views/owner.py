"""The statement owner's coalition tools: appointing coordinators, inviting co-owners."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.coalitions import services
from undersigned.coalitions.forms import CoordinatorForm, add_service_errors
from undersigned.coalitions.owner_forms import CoOwnerForm
from undersigned.statements.permissions import owned_statement_or_403
from undersigned.statements.services import statement_co_owner_remove


@login_required
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


@login_required
@require_POST
def coordinator_remove(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    coordinator = get_object_or_404(statement.coordinators.select_related("user"), pk=pk)
    services.coordinator_remove(coordinator=coordinator, user=request.user)
    messages.success(
        request, _("%(email)s no longer coordinates this statement.") % {"email": coordinator.user.email}
    )
    return redirect("coalitions:coordinators", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def co_owners(request, slug):
    """Co-owners have every right the owner has on this statement; the owner invites them by email."""
    statement = owned_statement_or_403(request.user, slug)
    form = CoOwnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account = services.co_owner_invite(statement=statement, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(email)s now co-owns this statement. We emailed them the way in.")
                % {"email": account.email},
            )
            return redirect("coalitions:co_owners", slug=slug)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/co_owners.html",
        {"statement": statement, "form": form, "co_owners": statement.co_owners.order_by("email")},
        status=status,
    )


@login_required
@require_POST
def co_owner_remove(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    account = get_object_or_404(statement.co_owners, pk=pk)
    statement_co_owner_remove(statement=statement, account=account, user=request.user)
    messages.success(request, _("%(email)s no longer co-owns this statement.") % {"email": account.email})
    return redirect("coalitions:co_owners", slug=slug)
