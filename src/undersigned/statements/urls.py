from django.urls import path

from undersigned.statements import versions_views, views

app_name = "statements"
urlpatterns = [
    path("", views.statement_index, name="index"),
    path("s/<slug:slug>/versions/", versions_views.version_history, name="versions"),
    path("s/<slug:slug>/versions/<int:number>/", versions_views.version_diff, name="version_diff"),
    path("manage/new/", views.statement_new, name="new"),
    path("manage/preview/", views.statement_preview, name="preview"),
    path("manage/s/<slug:slug>/", views.statement_manage, name="manage"),
    path("manage/s/<slug:slug>/lifecycle/", views.statement_transition, name="transition"),
    path("manage/s/<slug:slug>/versions/new/", versions_views.version_publish, name="version_publish"),
    path("manage/s/<slug:slug>/settings/", versions_views.statement_settings, name="settings"),
]
