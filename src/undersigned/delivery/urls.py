from django.urls import path

from undersigned.delivery import views

app_name = "delivery"
urlpatterns = [
    path("manage/s/<slug:slug>/recipients/", views.recipients, name="recipients"),
    path("manage/s/<slug:slug>/recipients/csv/", views.recipients_from_csv, name="recipients_csv"),
    path("manage/s/<slug:slug>/recipients/<int:pk>/remove/", views.recipient_remove, name="recipient_remove"),
    path("manage/s/<slug:slug>/deliveries/", views.mailings, name="mailings"),
    path("manage/s/<slug:slug>/deliveries/<int:pk>/", views.mailing_detail, name="mailing"),
    path("manage/s/<slug:slug>/deliveries/<int:pk>/log/", views.mailing_log, name="mailing_log"),
    path("manage/s/<slug:slug>/deliveries/<int:pk>/send/", views.mailing_send, name="mailing_send"),
    path("manage/s/<slug:slug>/deliveries/<int:pk>/retry/", views.mailing_retry, name="mailing_retry"),
]
