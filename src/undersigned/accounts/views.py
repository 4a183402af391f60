"""Logging in and out, the second factor's code, password reset by email, and the account security page.

One login page, /login/, for statement owners and coordinators (the back office's own login sends here
too); after it people land on their statements (settings.LOGIN_REDIRECT_URL)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.accounts import second_factor
from undersigned.accounts.forms import CodeForm, PasswordResetRequestForm, ThrottledAuthenticationForm
from undersigned.common import ratelimit


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    authentication_form = ThrottledAuthenticationForm

    def post(self, request, *args, **kwargs):
        if refusal := ratelimit.hit("login_ip", ratelimit.client_ip(request)):
            return ratelimit.refuse(request, refusal)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        user = form.get_user()
        if second_factor.confirmed_device(user) is None:
            return super().form_valid(form)
        second_factor.wait_for_code(self.request, user)
        return redirect(_with_next(reverse("login_code"), self.get_redirect_url()))

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.refusal:
            response.status_code = 429
            response["Retry-After"] = str(form.refusal.retry_after)
        return response


login = LoginView.as_view()
logout = auth_views.LogoutView.as_view()


@require_GET
def admin_login(request):
    """The back office's login address. Visitors log in on the one login page, with its limits and second
    factor; someone logged in whose account has no back office access is told so here (sending them to
    /login/ would send them back to /admin/, and round again)."""
    if request.user.is_authenticated:
        return render(request, "accounts/admin_refused.html", status=403)
    return redirect(_with_next(reverse("login"), _safe_next(request)))


def _with_next(url: str, next_url: str) -> str:
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def _safe_next(request) -> str:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        return next_url
    return ""


def _too_many_codes(refusal: ratelimit.Refusal) -> str:
    return ngettext(
        "Too many wrong codes. Try again in %(minutes)d minute.",
        "Too many wrong codes. Try again in %(minutes)d minutes.",
        refusal.minutes,
    ) % {"minutes": refusal.minutes}


def _check_code(user, device, form) -> tuple[bool, ratelimit.Refusal | None]:
    """Whether the form's code is right, counting wrong ones per account (a code has only a million values)."""
    refusal = ratelimit.check("otp_failures", str(user.pk))
    if refusal:
        form.add_error("code", _too_many_codes(refusal))
        return False, refusal
    if device.verify_token(form.cleaned_data["code"]):
        return True, None
    ratelimit.hit("otp_failures", str(user.pk))
    form.add_error("code", _("That code is not right. Enter the code your app shows now."))
    return False, None


@require_http_methods(["GET", "POST"])
def login_code(request):
    """The second step of logging in, for accounts with an authenticator app."""
    user = second_factor.waiting_user(request)
    device = second_factor.confirmed_device(user) if user else None
    if device is None:
        return redirect("login")
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        right, refusal = _check_code(user, device, form)
        if right:
            second_factor.complete_login(request, user, device)
            return redirect(_safe_next(request) or reverse("coalitions:home"))
        status = 429 if refusal else 400
    elif form.is_bound:
        status = 400
    context = {"form": form, "next": _safe_next(request)}
    return render(request, "accounts/login_code.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def security(request):
    """Account security: set up an authenticator app (QR code, or the key typed in), confirmed with a code."""
    device = second_factor.confirmed_device(request.user)
    if device is not None:
        return render(request, "accounts/security.html", {"device": device, "remove_form": CodeForm()})
    pending = second_factor.device_start(user=request.user)
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        right, refusal = _check_code(request.user, pending, form)
        if right:
            second_factor.device_confirm(device=pending)
            second_factor.complete_login(request, request.user, pending)
            messages.success(
                request,
                _("Two-step login is on. From now on you enter a code from your app after your password."),
            )
            return redirect(_safe_next(request) or reverse("coalitions:home"))
        status = 429 if refusal else 400
    elif form.is_bound:
        status = 400
    context = {
        "form": form,
        "qr_svg": second_factor.qr_svg(pending),
        "secret": second_factor.secret_text(pending),
        "next": _safe_next(request),
        "required": request.user.is_superuser,
    }
    return render(request, "accounts/security.html", context, status=status)


@login_required
@require_POST
def security_remove(request):
    """Turns two-step login off, for owners and coordinators (superusers must keep it); asks for a code,
    so a session left open on a shared computer cannot do it."""
    device = second_factor.confirmed_device(request.user)
    if device is None:
        return redirect("account_security")
    form = CodeForm(request.POST)
    if request.user.is_superuser:
        form.is_valid()
        form.add_error(None, _("Administrators must keep two-step login on."))
    elif form.is_valid():
        right, _refusal = _check_code(request.user, device, form)
        if right:
            second_factor.device_remove(user=request.user)
            messages.success(request, _("Two-step login is off. Your password alone logs you in."))
            return redirect("account_security")
    return render(request, "accounts/security.html", {"device": device, "remove_form": form}, status=400)


@method_decorator(ratelimit.limit_ip("password_reset_ip"), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    """Asks for an email address; the worker sends the link (forms.PasswordResetRequestForm). The page
    answers alike whether or not an account has that address."""

    template_name = "accounts/password_reset.html"
    form_class = PasswordResetRequestForm

    def form_valid(self, form):
        if refusal := ratelimit.hit("password_reset_email", form.cleaned_data["email"]):
            return ratelimit.refuse(self.request, refusal)
        return super().form_valid(form)


password_reset = PasswordResetView.as_view()
password_reset_sent = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_sent.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("password_reset_complete"),
    post_reset_login=False,
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)
