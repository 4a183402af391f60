from django.urls import path

from undersigned.statements import views

app_name = "statements"
urlpatterns = [
    path("", views.statement_index, name="index"),
    path("s/<slug:slug>/", views.statement_detail, name="detail"),
    path("s/<slug:slug>/count/", views.statement_count, name="count"),
    path("manage/s/<slug:slug>/", views.statement_manage, name="manage"),
]
