"""A reader whose browser prefers German or Turkish reads the statement page's interface in that language,
and <html lang> names the language shown; the statement's own text keeps its language."""

import re

import pytest

from tests.factories import make_statement

pytestmark = pytest.mark.django_db


def page(client, statement, accept_language):
    response = client.get(f"/s/{statement.slug}/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 200
    return response.content.decode()


def labels(html):
    # Without the required mark's asterisk.
    return [
        re.sub(r"<[^>]+>|\*", "", label).strip()
        for label in re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)
    ]


def test_a_german_browser_gets_the_german_interface_with_lang_de(client, statement):
    html = page(client, statement, "de-DE,de;q=0.9,en;q=0.5")
    assert '<html lang="de">' in html
    assert "Diese Erklärung unterzeichnen</h2>" in html
    assert {"Ihr Name", "Land", "E-Mail", "Meine Unterschrift auf der öffentlichen Liste zeigen"} <= set(
        labels(html)
    )
    assert '<option value="DE">Deutschland</option>' in html
    assert "Sign this statement" not in html


def test_a_turkish_browser_gets_the_turkish_interface_with_lang_tr(client, statement):
    html = page(client, statement, "tr-TR,tr;q=0.9")
    assert '<html lang="tr">' in html
    assert "Bu bildiriyi imzalayın</h2>" in html
    assert {"Adınız", "Ülke", "E-posta", "İmzamı herkese açık listede göster"} <= set(labels(html))
    assert '<option value="DE">Almanya</option>' in html


def test_a_language_the_interface_does_not_speak_gets_english_with_lang_en(client, statement):
    html = page(client, statement, "pl-PL,pl;q=0.9")
    assert '<html lang="en">' in html
    assert "Sign this statement" in html


def test_the_statement_text_keeps_its_own_language_inside_a_translated_page(client):
    statement = make_statement(language="en")
    html = page(client, statement, "de")
    assert '<html lang="de">' in html
    assert '<article lang="en" dir="ltr">' in html


def test_the_count_is_written_as_the_readers_language_writes_numbers(client, statement):
    statement.confirmed_count = 12345
    statement.save(update_fields=["confirmed_count"])
    assert "12.345 bestätigte Unterschriften" in page(client, statement, "de")
    html = page(client, statement, "en")
    assert "12,345 confirmed signatures" in html
    assert "?shown=12345" in html  # the live count's URL keeps the plain number
