from django.contrib.auth import views as auth_views
from django.db import connection
from django.http import HttpResponse

# The one login page for statement owners and coordinators (the back office at /admin/ keeps its own).
# After logging in, people land on their statements (settings.LOGIN_REDIRECT_URL).
login = auth_views.LoginView.as_view(template_name="accounts/login.html", redirect_authenticated_user=True)
logout = auth_views.LogoutView.as_view()


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
