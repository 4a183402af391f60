from django.contrib.auth import views as auth_views
from django.db import connection
from django.http import HttpResponse

from undersigned.common import ratelimit
from undersigned.common.login import ThrottledAuthenticationForm


class LoginView(auth_views.LoginView):
    """The one login page for statement owners and coordinators (the back office's own login sends here too).
    After logging in, people land on their statements (settings.LOGIN_REDIRECT_URL)."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    authentication_form = ThrottledAuthenticationForm

    def post(self, request, *args, **kwargs):
        if refusal := ratelimit.hit("login_ip", ratelimit.client_ip(request)):
            return ratelimit.refuse(request, refusal)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.refusal:
            response.status_code = 429
            response["Retry-After"] = str(form.refusal.retry_after)
        return response


login = LoginView.as_view()
logout = auth_views.LogoutView.as_view()


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
