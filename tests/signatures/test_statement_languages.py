"""GET /s/<slug>/ in the statement's languages: the browser's language chosen by default, `?lang=` to
choose, the switcher and hreflang links, right-to-left text, the outdated note, and the language a
signer read recorded on the signature."""

import re

import pytest

from tests.factories import make_statement, make_translation
from tests.signatures.test_sign import VALID_PERSON
from undersigned.signatures.models import Signature
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter():
    statement = make_statement(slug="letter", title="Open letter", text="We call on the council.")
    make_translation(statement, "de", title="Offener Brief", text="Wir fordern den Rat auf.")
    make_translation(statement, "ar", title="رسالة مفتوحة", text="ندعو المجلس.")
    return statement


def article(html: str) -> str:
    return re.search(r"<article[^>]*>", html).group(0)


def test_the_browsers_preferred_language_is_shown_when_there_is_a_translation(client, letter):
    html = client.get(
        "/s/letter/", headers={"Accept-Language": "fr;q=1, de-CH;q=0.8, en;q=0.5"}
    ).content.decode()
    assert article(html) == '<article lang="de" dir="ltr">'
    assert "Wir fordern den Rat auf." in html and "We call on the council." not in html
    assert "<title>Offener Brief · undersigned" in html


def test_lang_in_the_address_wins_over_the_browser(client, letter):
    html = client.get("/s/letter/?lang=en", headers={"Accept-Language": "de"}).content.decode()
    assert article(html) == '<article lang="en" dir="ltr">'
    assert "We call on the council." in html


def test_an_unknown_language_falls_back_to_the_original(client, letter):
    response = client.get("/s/letter/?lang=xx", headers={"Accept-Language": "ja"})
    assert response.status_code == 200
    assert article(response.content.decode()) == '<article lang="en" dir="ltr">'


def test_an_arabic_translation_is_marked_right_to_left(client, letter):
    html = client.get("/s/letter/?lang=ar").content.decode()
    assert article(html) == '<article lang="ar" dir="rtl">'
    assert "<h1>رسالة مفتوحة</h1>" in html


def test_the_switcher_links_every_language_in_its_own_name(client, letter):
    html = client.get("/s/letter/?lang=de").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'aria-label="Languages of this statement"' in nav
    assert '<a href="http://testserver/s/letter/?lang=en" lang="en" hreflang="en">English</a>' in nav
    assert (
        '<a href="http://testserver/s/letter/?lang=de" lang="de" hreflang="de" aria-current="true">Deutsch</a>'
        in nav
    )
    assert '<a href="http://testserver/s/letter/?lang=ar" lang="ar" hreflang="ar">العربية</a>' in nav


def test_the_head_names_each_language_and_the_default(client, letter):
    html = client.get("/s/letter/").content.decode()
    for code in ("en", "de", "ar"):
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/s/letter/?lang={code}">' in html
        )
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/s/letter/">' in html


def test_a_statement_without_translations_has_no_switcher(client, statement):
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert "language-switcher" not in html and "hreflang" not in html


def test_an_outdated_translation_says_the_original_is_authoritative(client, letter):
    statement_version_publish(statement=letter, text="We call on the council, today.", minor=False)
    html = client.get("/s/letter/?lang=de").content.decode()
    assert "This translation predates the current text; the original in English is authoritative." in html
    assert '<a href="http://testserver/s/letter/?lang=en" hreflang="en">Read the original</a>' in html
    assert "This translation predates" not in client.get("/s/letter/?lang=en").content.decode()


def test_the_form_carries_the_language_shown(client, letter):
    html = client.get("/s/letter/?lang=ar").content.decode()
    assert '<input type="hidden" name="language" value="ar" id="id_language">' in html


def test_the_signature_records_the_language_the_signer_read(client, letter):
    response = client.post("/s/letter/sign/", {**VALID_PERSON, "language": "de"})
    assert response.status_code == 302
    assert Signature.objects.get(email="grace@example.org").language == "de"


def test_a_sign_on_without_a_language_read_the_original(client, letter):
    client.post("/s/letter/sign/", VALID_PERSON)
    assert Signature.objects.get(email="grace@example.org").language == "en"


def test_a_language_the_statement_lacks_is_refused_with_a_message(client, letter):
    response = client.post("/s/letter/sign/", {**VALID_PERSON, "language": "fr"})
    assert response.status_code == 400
    assert "This statement is not available in that language." in response.content.decode()
    assert not Signature.objects.exists()


def test_a_form_sent_back_with_errors_stays_in_the_language_read(client, letter):
    response = client.post("/s/letter/sign/", {**VALID_PERSON, "language": "ar", "email": "not-an-address"})
    assert response.status_code == 400
    assert article(response.content.decode()) == '<article lang="ar" dir="rtl">'
