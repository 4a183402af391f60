"""Where owners and coordinators land after logging in (at /login/, accounts.views), and where a newly appointed
coordinator sets a password."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.http import require_GET

from undersigned.coalitions.models import Coordinator
from undersigned.statements.models import Statement

set_password = auth_views.PasswordResetConfirmView.as_view(
    template_name="coalitions/set_password.html",
    success_url=reverse_lazy("login"),
    post_reset_login=False,
)


@login_required
@require_GET
def home(request):
    """/manage/: the statements the user owns (each linking to its owner's page) and those they coordinate
    (each linking to the coordinator's desk)."""
    coordinations = Coordinator.objects.filter(user=request.user).select_related("statement")
    owned = Statement.objects.none()
    if request.user.is_superuser:
        owned = Statement.objects.all()
    else:
        owned = Statement.objects.filter(Q(owner=request.user))
    return render(request, "coalitions/home.html", {"coordinations": coordinations, "owned": owned})
