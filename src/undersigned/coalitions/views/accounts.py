"""Coordinators log in here: the back office's login admits staff only, and coordinators are not staff."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.http import require_GET

from undersigned.coalitions.models import Coordinator
from undersigned.statements.models import Statement

coordinator_login_required = login_required(login_url="coalitions:login")

login = auth_views.LoginView.as_view(
    template_name="coalitions/login.html",
    next_page=reverse_lazy("coalitions:home"),
    redirect_authenticated_user=True,
)
logout = auth_views.LogoutView.as_view(next_page=reverse_lazy("coalitions:login"))
set_password = auth_views.PasswordResetConfirmView.as_view(
    template_name="coalitions/set_password.html",
    success_url=reverse_lazy("coalitions:login"),
    post_reset_login=False,
)


@coordinator_login_required
@require_GET
def home(request):
    """Statements the user coordinates or owns."""
    coordinations = Coordinator.objects.filter(user=request.user).select_related("statement")
    owned = Statement.objects.none()
    if request.user.is_superuser:
        owned = Statement.objects.all()
    else:
        owned = Statement.objects.filter(Q(owner=request.user))
    return render(request, "coalitions/home.html", {"coordinations": coordinations, "owned": owned})
