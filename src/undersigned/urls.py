from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from undersigned.common import views as common_views

admin.site.site_header = "undersigned"
admin.site.site_title = "undersigned back office"
admin.site.index_title = "Statements, signatures and coalitions"

urlpatterns = [
    # The back office logs in on the one login page, with its limits and second factor.
    path("admin/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
    path("admin/", admin.site.urls),
    path("healthz", common_views.healthz, name="healthz"),
    path("", include("undersigned.accounts.urls")),
    path("", include("undersigned.signatures.urls")),
    path("", include("undersigned.coalitions.urls")),
    path("", include("undersigned.imports.urls")),
    path("", include("undersigned.press.urls")),
    path("", include("undersigned.delivery.urls")),
    path("", include("undersigned.statements.urls")),
    path("", include("undersigned.audit.urls")),
]
