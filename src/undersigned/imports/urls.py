from django.urls import path

from undersigned.imports import views

app_name = "imports"
urlpatterns = [
    path("manage/s/<slug:slug>/import/", views.import_start, name="start"),
    path("manage/s/<slug:slug>/import/confirm/", views.import_confirm, name="confirm"),
]
