from django.conf import settings
from django.urls import reverse

from undersigned.common import emails
from undersigned.common.tasks import task


@task()
def send_invitation_email(invitation_id: int) -> None:
    from undersigned.coalitions.models import Invitation

    invitation = (
        Invitation.objects.select_related("statement", "organization", "coordinator__user", "created_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.email or not invitation.is_usable:
        return
    inviter = invitation.created_by
    emails.send(
        "coalitions/emails/invitation",
        to=invitation.email,
        reply_to=getattr(inviter, "email", None) or None,
        language=invitation.statement.language,
        context={
            "invitation": invitation,
            "statement": invitation.statement,
            "organization": invitation.organization,
            "inviter_name": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
            "join_url": settings.SITE_URL + invitation.get_absolute_url(),
        },
    )


def _password_url(user) -> str:
    """A link to choose a password (Django's password-reset token, valid for PASSWORD_RESET_TIMEOUT)."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    path = reverse(
        "coalitions:set_password",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.SITE_URL + path


@task()
def send_co_owner_welcome(statement_id: int, user_id: int, new_account: bool, inviter_name: str = "") -> None:
    """Tells a new co-owner where the statement's page is; a new account gets a link to choose a password."""
    from django.contrib.auth import get_user_model

    from undersigned.statements.models import Statement

    statement = Statement.objects.filter(pk=statement_id).first()
    user = get_user_model().objects.filter(pk=user_id).first()
    if statement is None or user is None or not user.email:
        return
    emails.send(
        "coalitions/emails/co-owner-added",
        to=user.email,
        language=statement.language,
        context={
            "statement": statement,
            "user": user,
            "inviter_name": inviter_name,
            "password_url": _password_url(user) if new_account or not user.has_usable_password() else "",
            "login_url": settings.SITE_URL + reverse("login"),
            "page_url": settings.SITE_URL + reverse("statements:manage", kwargs={"slug": statement.slug}),
        },
    )


@task()
def send_coordinator_welcome(coordinator_id: int, new_account: bool) -> None:
    """Tells a new coordinator where their page is; a new account gets a link to choose a password
    (Django's password-reset token, valid for PASSWORD_RESET_TIMEOUT)."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from undersigned.coalitions.models import Coordinator

    coordinator = Coordinator.objects.select_related("user", "statement").filter(pk=coordinator_id).first()
    if coordinator is None or not coordinator.user.email:
        return
    user = coordinator.user
    password_url = ""
    if new_account or not user.has_usable_password():
        path = reverse(
            "coalitions:set_password",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
        password_url = settings.SITE_URL + path
    emails.send(
        "coalitions/emails/coordinator-appointed",
        to=user.email,
        language=coordinator.statement.language,
        context={
            "coordinator": coordinator,
            "statement": coordinator.statement,
            "user": user,
            "password_url": password_url,
            "login_url": settings.SITE_URL + reverse("login"),
            "page_url": settings.SITE_URL
            + reverse("coalitions:dashboard", kwargs={"slug": coordinator.statement.slug}),
        },
    )
