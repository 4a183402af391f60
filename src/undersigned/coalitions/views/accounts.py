"""Where owners and coordinators land after logging in (at /login/, accounts.views), and where a newly appointed
coordinator sets a password."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.http import require_GET

from undersigned.coalitions.models import Coordinator
from undersigned.signatures.stats import statement_counts
from undersigned.statements.permissions import statements_owned_by

set_password = auth_views.PasswordResetConfirmView.as_view(
    template_name="coalitions/set_password.html",
    success_url=reverse_lazy("login"),
    post_reset_login=False,
)


@login_required
@require_GET
def home(request):
    """/manage/: the statements the user owns or co-owns, each with its state and counts and linking to its
    owner's page, a way to start a new one, and the statements they coordinate (each linking to the
    coordinator's desk)."""
    coordinations = Coordinator.objects.filter(user=request.user).select_related("statement")
    owned = list(statements_owned_by(request.user).order_by("-created_at"))
    counts = statement_counts(owned)
    rows = [(statement, counts[statement.pk]) for statement in owned]
    return render(request, "coalitions/home.html", {"coordinations": coordinations, "owned": rows})
