from django.urls import path

from undersigned.audit import views

app_name = "audit"
urlpatterns = [
    path("manage/s/<slug:slug>/audit/", views.audit_trail, name="trail"),
]
