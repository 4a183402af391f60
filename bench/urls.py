from django.urls import include, path

from bench import views

urlpatterns = [
    path("bench/hello/", views.hello),
    path("bench/insert/", views.insert),
    path("", include("undersigned.urls")),
]
