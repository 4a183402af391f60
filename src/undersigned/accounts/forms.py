"""The forms of logging in: the password with its lockout, the second factor's code, the password reset request.

Failures are counted per username and client IP (`login_failures`: someone guessing from one place), and per
username alone with a higher limit (`login_failures_user`: guessing spread over many addresses). Once either is
used up, the form refuses before it checks the password, with the same words whether or not the account
exists, so the lockout tells an attacker nothing about which usernames are real.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from undersigned.accounts import tasks
from undersigned.common import ratelimit


def lockout_message(refusal: ratelimit.Refusal) -> str:
    return ngettext(
        "Too many failed logins. Try again in %(minutes)d minute.",
        "Too many failed logins. Try again in %(minutes)d minutes.",
        refusal.minutes,
    ) % {"minutes": refusal.minutes}


class ThrottledAuthenticationForm(AuthenticationForm):
    refusal: ratelimit.Refusal | None = None

    def _keys(self) -> tuple[str, str]:
        username = (self.cleaned_data.get("username") or "").strip()
        return f"{username.lower()}|{ratelimit.client_ip(self.request)}", username

    def clean(self):
        per_ip, per_user = self._keys()
        self.refusal = ratelimit.check("login_failures", per_ip) or ratelimit.check(
            "login_failures_user", per_user
        )
        if self.refusal:
            raise forms.ValidationError(lockout_message(self.refusal), code="locked_out")
        try:
            return super().clean()
        except forms.ValidationError:
            ratelimit.hit("login_failures", per_ip)
            ratelimit.hit("login_failures_user", per_user)
            raise


class PasswordResetRequestForm(PasswordResetForm):
    """Queues the reset email for the worker instead of sending it in the request (an SMTP server that is
    slow or down must not slow or break the page, and the page must not answer faster for an unknown
    address). Coordinators whose account has no password yet (they never used their welcome link) may
    ask too: the link goes only to the account's own address."""

    def get_users(self, email):
        return get_user_model()._default_manager.filter(email__iexact=email.strip(), is_active=True)

    def save(self, **kwargs):
        for user in self.get_users(self.cleaned_data["email"]):
            if user.email:
                tasks.send_password_reset.enqueue(user.pk)


class CodeForm(forms.Form):
    """The six-digit code of an authenticator app."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Six digits; a new one appears every 30 seconds."),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "off"}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Enter the 6 digits your authenticator app shows."), code="format")
        return code
