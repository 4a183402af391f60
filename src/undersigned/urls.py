from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import RedirectView
from django.views.i18n import set_language

from undersigned.common import views as common_views

handler500 = "undersigned.common.outage.server_error"

admin.site.site_header = "undersigned"
admin.site.site_title = _("undersigned back office")
admin.site.index_title = _("Statements, signatures and coalitions")

urlpatterns = [
    # Before the back office: its /admin/login/ is the accounts app's, which sends to the one login page.
    path("", include("undersigned.accounts.urls")),
    path("admin/", admin.site.urls),
    # Browsers and feed readers ask for /favicon.ico whatever the page's <link rel="icon"> says.
    path("favicon.ico", RedirectView.as_view(url=static("undersigned/favicon.svg"), permanent=True)),
    path("healthz", common_views.healthz, name="healthz"),
    # The footer's language chooser posts here; Django's set_language keeps the choice in a cookie. Without a
    # CSRF token: the worst a forged post can do is switch a reader's interface language, and a token in
    # every page's footer would give each page a cookie and a different body (no caching, no identical
    # answers where identical answers hide who signed).
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("", include("undersigned.api.urls")),
    path("", include("undersigned.signatures.urls")),
    path("", include("undersigned.coalitions.urls")),
    path("", include("undersigned.imports.urls")),
    path("", include("undersigned.press.urls")),
    path("", include("undersigned.delivery.urls")),
    path("", include("undersigned.statements.urls")),
    path("", include("undersigned.audit.urls")),
]
