from django.urls import path

from undersigned.api.api import api

urlpatterns = [path("api/", api.urls)]
