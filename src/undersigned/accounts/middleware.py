from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from undersigned.accounts.second_factor import confirmed_device

# Where a superuser's power lies: the back office, every owner's page, every coordinator's desk.
PROTECTED = ("/manage/", "/admin/", "/coordinate/")


class SuperuserSecondFactorMiddleware:
    """A superuser reaches no protected page on a password alone: without a device they are sent to set
    one up, with one to enter its code. Comes after django-otp's OTPMiddleware (request.user.is_verified)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.is_superuser and request.path.startswith(PROTECTED):
            if not user.is_verified():
                target = "login_code" if confirmed_device(user) else "account_security"
                return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
