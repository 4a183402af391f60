"""The press release stays in the statement's language (with English AP datelines for English) while the
page around it speaks the reader's; each part's lang says which."""

import pytest

from tests.factories import make_statement
from tests.press.factories import make_release

pytestmark = pytest.mark.django_db


def test_a_german_reader_sees_an_english_release_in_english_inside_a_german_page(client):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", language="en")
    make_release(statement)
    html = client.get("/s/clean-rivers/press-release/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<html lang="de">' in html
    assert '<article class="press-release" lang="en" dir="ltr">' in html
    assert "FOR IMMEDIATE RELEASE" in html
    assert "Einfacher Text für einen Nachrichtendienst" in html


def test_a_german_release_is_german_whatever_the_reader_prefers(client):
    statement = make_statement(slug="saubere-fluesse", title="Saubere Flüsse", language="de")
    make_release(statement)
    html = client.get("/s/saubere-fluesse/press-release/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in html
    assert '<article class="press-release" lang="de" dir="ltr">' in html
    assert "ZUR SOFORTIGEN VERÖFFENTLICHUNG" in html
    text = client.get("/s/saubere-fluesse/press-release.txt", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "QUELLE" in text
