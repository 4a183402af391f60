"""The footer's language chooser: every interface language named in itself; choosing one (a POST to
Django's set_language, no script) keeps the reader on their page and wins over the browser's preference."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_footer_offers_every_interface_language_named_in_itself(client, statement):
    html = client.get(f"/s/{statement.slug}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<form class="language-chooser" method="post" action="/i18n/setlang/">' in html
    assert '<label for="language-chooser">Langue de l’interface</label>' in html
    for code, name in [("en", "English"), ("de", "Deutsch"), ("es", "español"), ("tr", "Türkçe")]:
        assert f'<option value="{code}" lang="{code}">{name}</option>' in html
    assert '<option value="fr" lang="fr" selected>français</option>' in html
    assert f'<input type="hidden" name="next" value="/s/{statement.slug}/">' in html


def test_choosing_a_language_returns_to_the_page_and_outranks_the_browser(client, statement):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": f"/s/{statement.slug}/"})
    assert response.status_code == 302
    assert response["Location"] == f"/s/{statement.slug}/"
    html = client.get(f"/s/{statement.slug}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<html lang="fr">' in html
    assert "Signer cette déclaration" in html


def test_a_language_the_interface_does_not_offer_changes_nothing(client, statement):
    client.post("/i18n/setlang/", {"language": "xx", "next": "/"})
    html = client.get(f"/s/{statement.slug}/", HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    assert '<html lang="tr">' in html


def test_the_chooser_needs_no_csrf_token_so_pages_stay_cookie_free_and_alike(statement):
    client = Client(enforce_csrf_checks=True)
    response = client.get(f"/s/{statement.slug}/signatories/")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies
    response = client.post("/i18n/setlang/", {"language": "es", "next": f"/s/{statement.slug}/signatories/"})
    assert response.status_code == 302
    assert '<html lang="es">' in client.get(f"/s/{statement.slug}/signatories/").content.decode()
