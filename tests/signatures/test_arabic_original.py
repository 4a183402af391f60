"""A statement written in Arabic reads right to left on its page and its list, while the interface around
it stays in a language it is translated into, and every lang attribute says which is which."""

import pytest

from tests.factories import make_signature, make_statement
from undersigned.common.countries import country_name

pytestmark = pytest.mark.django_db

TITLE = "أنهار نظيفة للجميع"
TEXT = "ندعو المجلس إلى حماية الأنهار."


@pytest.fixture
def statement():
    statement = make_statement(slug="anhar", title=TITLE, text=TEXT, language="ar")
    make_signature(statement, person_name="Layla Haddad", country="EG")
    make_signature(statement, person_name="Jonas Weber", country="")
    return statement


def test_the_page_shows_the_arabic_text_right_to_left_in_an_english_page(client, statement):
    html = client.get("/s/anhar/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en"' in html
    assert '<article lang="ar" dir="rtl">' in html
    assert f"<h1>{TITLE}</h1>" in html
    # The version line inside the article is interface text, and says so.
    assert '<p class="meta" lang="en" dir="ltr">' in html


def test_an_arabic_browser_gets_the_default_interface_not_a_half_arabic_one(client, statement):
    html = client.get("/s/anhar/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<html lang="en"' in html
    assert "Sign this statement" in html


def test_the_list_names_countries_in_arabic_and_marks_them(client, statement):
    html = client.get("/s/anhar/signatories/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<h2 class="group-heading" lang="ar" dir="rtl">مصر</h2>' in html
    # "Other signatories" is interface text: no Arabic lang on it.
    assert '<h2 class="group-heading">Other signatories</h2>' in html


@pytest.mark.parametrize(("language", "name"), [("ar", "ألمانيا"), ("he", "גרמניה"), ("fa", "آلمان")])
def test_babel_names_countries_in_right_to_left_languages(language, name):
    assert country_name("DE", language) == name


def test_a_language_babel_barely_knows_falls_back_to_english_country_names():
    assert country_name("DE", "xx") == "Germany"
    assert country_name("DE", "") in {"Germany", "Deutschland"}
