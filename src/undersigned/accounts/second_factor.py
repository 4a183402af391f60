"""The second factor: a TOTP authenticator app (django-otp's TOTPDevice), one per account.

Superusers must have one (middleware.py sends them to set it up); owners and coordinators may. With a
confirmed device, the password alone no longer logs in: the login page keeps the user "waiting" in the
session and the code page completes the login.
"""

import base64
import time

import django_otp
import segno
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

_WAITING = "accounts_second_factor_user"
_WAITING_SECONDS = 300  # the code must follow the password within five minutes


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def device_start(*, user) -> TOTPDevice:
    """The unconfirmed device being set up, created on first visit; kept until confirmed, so reloading the
    page shows the same QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def device_confirm(*, device: TOTPDevice) -> None:
    """Once the user has shown a right code from it (the view checks, counting wrong ones)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])


def device_remove(*, user) -> None:
    TOTPDevice.objects.filter(user=user).delete()


def secret_text(device: TOTPDevice) -> str:
    """The key as an app's "enter a setup key" screen wants it: base32, in groups of four.

    >>> secret_text(TOTPDevice(key="3132333435363738393031323334353637383930"))
    'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ'
    """
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an inline SVG QR code, drawn here: no image service ever sees the key."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, title=_("QR code for your authenticator app"), svgclass="qr-code"
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def wait_for_code(request, user) -> None:
    """The password was right and the account has a device: remember who is waiting, log in nobody yet."""
    request.session[_WAITING] = {"id": user.pk, "backend": user.backend, "since": int(time.time())}


def waiting_user(request):
    """Who may enter a code here: the user waiting since the password page, or one logged in whose
    session has no second factor yet (a superuser whose session is older than their device)."""
    if request.user.is_authenticated:
        return request.user
    waiting = request.session.get(_WAITING)
    if not waiting or time.time() - waiting["since"] > _WAITING_SECONDS:
        return None
    user = get_user_model()._default_manager.filter(pk=waiting["id"], is_active=True).first()
    if user is not None:
        user.backend = waiting["backend"]
    return user


def complete_login(request, user, device: TOTPDevice) -> None:
    request.session.pop(_WAITING, None)
    if not request.user.is_authenticated:
        auth.login(request, user, backend=user.backend)
    django_otp.login(request, device)
