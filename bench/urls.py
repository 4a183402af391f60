from django.urls import include, path

from bench import views
from undersigned.urls import handler500  # noqa: F401 - the product's 503-on-outage page

urlpatterns = [
    path("bench/hello/", views.hello),
    path("bench/insert/", views.insert),
    path("", include("undersigned.urls")),
]
