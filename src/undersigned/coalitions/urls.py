from django.urls import path
from django.views.generic import RedirectView

from undersigned.coalitions.views import accounts, coordinate, join, owner, reminders, statement_dashboard

app_name = "coalitions"
urlpatterns = [
    path("s/<slug:slug>/join/<str:token>/", join.join, name="join"),
    path("manage/", accounts.home, name="home"),
    # The addresses before /login/ and /manage/ were the one way in: links to them in emails still work.
    path("coordinate/", RedirectView.as_view(pattern_name="coalitions:home")),
    path("coordinate/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
    path("coordinate/welcome/<uidb64>/<token>/", accounts.set_password, name="set_password"),
    path("coordinate/s/<slug:slug>/", coordinate.dashboard, name="dashboard"),
    path("coordinate/s/<slug:slug>/invitations/new/", coordinate.invitation_new, name="invitation_new"),
    path(
        "coordinate/s/<slug:slug>/invitations/<int:pk>/revoke/",
        coordinate.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "coordinate/s/<slug:slug>/invitations/<int:pk>/declined/",
        coordinate.invitation_declined,
        name="invitation_declined",
    ),
    path("coordinate/s/<slug:slug>/reminders/", reminders.reminders, name="reminders"),
    path("coordinate/s/<slug:slug>/sign-ons/new/", coordinate.signon_new, name="signon_new"),
    path("coordinate/s/<slug:slug>/sign-ons/<int:pk>/", coordinate.signon_edit, name="signon_edit"),
    path(
        "coordinate/s/<slug:slug>/sign-ons/<int:pk>/confirm/",
        coordinate.signon_confirm,
        name="signon_confirm",
    ),
    path(
        "coordinate/s/<slug:slug>/sign-ons/<int:pk>/verify/", coordinate.signon_verify, name="signon_verify"
    ),
    path(
        "coordinate/s/<slug:slug>/sign-ons/<int:pk>/withdraw/",
        coordinate.signon_withdraw,
        name="signon_withdraw",
    ),
    path(
        "manage/s/<slug:slug>/dashboard/",
        statement_dashboard.statement_dashboard,
        name="statement_dashboard",
    ),
    path("manage/s/<slug:slug>/co-owners/", owner.co_owners, name="co_owners"),
    path("manage/s/<slug:slug>/co-owners/<int:pk>/remove/", owner.co_owner_remove, name="co_owner_remove"),
    path("manage/s/<slug:slug>/coordinators/", owner.coordinators, name="coordinators"),
    path(
        "manage/s/<slug:slug>/coordinators/<int:pk>/remove/",
        owner.coordinator_remove,
        name="coordinator_remove",
    ),
]
