from django.urls import path

from undersigned.accounts import views

# Unnamespaced: Django's auth views and LOGIN_URL know these names.
urlpatterns = [
    path("login/", views.login, name="login"),
    path("admin/login/", views.admin_login, name="admin_login"),
    path("login/code/", views.login_code, name="login_code"),
    path("logout/", views.logout, name="logout"),
    path("login/reset/", views.password_reset, name="password_reset"),
    path("login/reset/sent/", views.password_reset_sent, name="password_reset_done"),
    path("login/reset/done/", views.password_reset_complete, name="password_reset_complete"),
    path("login/reset/<uidb64>/<token>/", views.password_reset_confirm, name="password_reset_confirm"),
    path("account/security/", views.security, name="account_security"),
    path("account/security/remove/", views.security_remove, name="account_security_remove"),
]
