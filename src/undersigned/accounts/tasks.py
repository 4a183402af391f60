from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from undersigned.common import emails
from undersigned.common.tasks import task


@task()
def send_password_reset(user_id: int) -> None:
    """The link to choose a new password (Django's reset token: valid for PASSWORD_RESET_TIMEOUT, and
    used up once the password changes or the account logs in again)."""
    user = get_user_model()._default_manager.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    emails.send(
        "accounts/emails/password-reset",
        to=user.email,
        context={
            "user": user,
            "reset_url": settings.SITE_URL + path,
            "hours": max(1, settings.PASSWORD_RESET_TIMEOUT // 3600),
        },
    )
