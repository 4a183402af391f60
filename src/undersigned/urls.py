from django.contrib import admin
from django.urls import include, path

from undersigned.common import views as common_views

admin.site.site_header = "undersigned"
admin.site.site_title = "undersigned back office"
admin.site.index_title = "Statements, signatures and coalitions"

urlpatterns = [
    # Before the back office: its /admin/login/ is the accounts app's, which sends to the one login page.
    path("", include("undersigned.accounts.urls")),
    path("admin/", admin.site.urls),
    path("healthz", common_views.healthz, name="healthz"),
    path("", include("undersigned.signatures.urls")),
    path("", include("undersigned.coalitions.urls")),
    path("", include("undersigned.imports.urls")),
    path("", include("undersigned.press.urls")),
    path("", include("undersigned.delivery.urls")),
    path("", include("undersigned.statements.urls")),
    path("", include("undersigned.audit.urls")),
]
