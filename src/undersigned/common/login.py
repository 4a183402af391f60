"""Logging in: the password form with its lockout after repeated failures.

Failures are counted per username and client IP (`login_failures`: someone guessing from one place), and per
username alone with a higher limit (`login_failures_user`: guessing spread over many addresses). Once either is
used up, the form refuses before it checks the password, with the same words whether or not the account
exists, so the lockout tells an attacker nothing about which usernames are real.
"""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import ngettext

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
