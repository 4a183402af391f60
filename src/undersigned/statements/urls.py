from django.urls import path

from undersigned.statements import translation_views, versions_views, views

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
    path("manage/s/<slug:slug>/translations/", translation_views.translation_list, name="translations"),
    path(
        "manage/s/<slug:slug>/translations/<str:language>/",
        translation_views.translation_edit,
        name="translation_edit",
    ),
    path(
        "manage/s/<slug:slug>/translations/<str:language>/delete/",
        translation_views.translation_delete,
        name="translation_delete",
    ),
]
