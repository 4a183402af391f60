from django.urls import path

from undersigned.press.views import attachments, exports, manage, newsroom, release

app_name = "press"
urlpatterns = [
    path("s/<slug:slug>/press-release/", release.release_detail, name="release"),
    path("s/<slug:slug>/press-release.txt", release.release_text, name="release_text"),
    path("s/<slug:slug>/press-release.docx", release.release_docx_download, name="release_docx"),
    path("s/<slug:slug>/export.pdf", exports.export_view("pdf"), name="export_pdf"),
    path("s/<slug:slug>/export.docx", exports.export_view("docx"), name="export_docx"),
    path("s/<slug:slug>/signatories.csv", exports.export_view("csv"), name="export_csv"),
    path("s/<slug:slug>/signatories.json", exports.export_view("json"), name="export_json"),
    path("s/<slug:slug>/exports/<str:kind>/progress/", exports.export_progress, name="export_progress"),
    path(
        "s/<slug:slug>/attachments/<str:token>/<str:name>", attachments.attachment_download, name="attachment"
    ),
    path("news/", newsroom.newsroom, name="newsroom"),
    path("news/feed.atom", newsroom.NewsroomFeed(), name="feed"),
    path("manage/s/<slug:slug>/publication/", manage.publication, name="publication"),
    path("manage/s/<slug:slug>/press-release/", manage.release_edit, name="release_edit"),
    path("manage/s/<slug:slug>/press-release/publish/", manage.release_publish, name="release_publish"),
    path("manage/s/<slug:slug>/press-release/unpublish/", manage.release_unpublish, name="release_unpublish"),
    path("manage/s/<slug:slug>/attachments/", attachments.attachment_manage, name="attachments"),
    path(
        "manage/s/<slug:slug>/attachments/<int:pk>/remove/",
        attachments.attachment_remove,
        name="attachment_remove",
    ),
]
