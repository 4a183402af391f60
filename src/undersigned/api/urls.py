from django.urls import path

from undersigned.api import views
from undersigned.api.api import api

urlpatterns = [
    path("api/docs", views.docs, name="api-docs"),
    path("api/", api.urls),
]
