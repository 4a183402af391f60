from django.urls import path

from undersigned.signatures import privacy_views, sending_views, views
from undersigned.signatures.embed import owner as embed_owner
from undersigned.signatures.embed import views as embed

app_name = "signatures"
urlpatterns = [
    # The statement's public page is its sign-on page.
    path("s/<slug:slug>/", views.statement_detail, name="statement"),
    path("s/<slug:slug>/count/", views.statement_count, name="count"),
    path("s/<slug:slug>/map.svg", views.statement_map, name="map"),
    path("s/<slug:slug>/sign/", views.sign, name="sign"),
    path("s/<slug:slug>/challenge/", views.statement_challenge, name="challenge"),
    path("s/<slug:slug>/check-email/", views.check_email, name="check_email"),
    # The form in a partner site's frame (signatures/embed/), and the owner's page with its snippet.
    path("s/<slug:slug>/embed/", embed.embed, name="embed"),
    path("s/<slug:slug>/embed/sign/", embed.embed_sign, name="embed_sign"),
    path("s/<slug:slug>/embed/thanks/", embed.embed_thanks, name="embed_thanks"),
    path("manage/s/<slug:slug>/embed/", embed_owner.embed_settings, name="embed_settings"),
    path("s/<slug:slug>/confirm/<str:token>/", views.confirm, name="confirm"),
    path("s/<slug:slug>/withdraw/<str:token>/", views.withdraw, name="withdraw"),
    path("s/<slug:slug>/reconfirm/<str:token>/", views.reconfirm, name="reconfirm"),
    path("s/<slug:slug>/privacy/<str:token>/", privacy_views.privacy, name="privacy"),
    path("s/<slug:slug>/privacy/<str:token>/data.json", privacy_views.privacy_data, name="privacy_data"),
    path("s/<slug:slug>/privacy/<str:token>/erase/", privacy_views.privacy_erase, name="privacy_erase"),
    path("s/<slug:slug>/signatories/", views.signatory_list, name="list"),
    path("s/<slug:slug>/signatories.txt", views.signatory_list_text, name="list_text"),
    path(
        "manage/s/<slug:slug>/versions/<int:number>/sending/",
        sending_views.reconfirmation_status,
        name="reconfirmation",
    ),
    path(
        "manage/s/<slug:slug>/versions/<int:number>/sending/stop/",
        sending_views.reconfirmation_stop,
        name="reconfirmation_stop",
    ),
]
