"""Translations in the API: the statement's languages on its detail, the translations' texts, and the
language a partner site's signer read."""

import pytest

from tests.factories import make_statement, make_translation
from undersigned.signatures.models import Signature
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter():
    statement = make_statement(slug="letter", title="Open letter", text="We call on the council.")
    make_translation(statement, "de", title="Offener Brief", text="Wir fordern den Rat auf.")
    make_translation(statement, "ar", title="رسالة مفتوحة", text="ندعو المجلس.")
    statement_version_publish(statement=statement, text="We call on the council, today.", minor=False)
    make_translation(statement, "de", title="Offener Brief", text="Wir fordern den Rat heute auf.")
    return statement


def test_the_detail_lists_the_languages_original_first(client, letter):
    languages = client.get("/api/statements/letter").json()["languages"]
    assert languages == [
        {"language": "en", "name": "English", "direction": "ltr", "original": True, "outdated": False},
        {"language": "ar", "name": "العربية", "direction": "rtl", "original": False, "outdated": True},
        {"language": "de", "name": "Deutsch", "direction": "ltr", "original": False, "outdated": False},
    ]


def test_the_translations_carry_their_text_and_whether_they_are_outdated(client, letter):
    response = client.get("/api/statements/letter/translations")
    assert response.status_code == 200
    by_language = {t["language"]: t for t in response.json()}
    assert set(by_language) == {"ar", "de"}
    assert by_language["de"]["text"] == "Wir fordern den Rat heute auf."
    assert (by_language["de"]["version"], by_language["de"]["translated_from_version"]) == (2, 2)
    assert (by_language["ar"]["translated_from_version"], by_language["ar"]["outdated"]) == (1, True)


def test_one_translation_by_its_language(client, letter):
    response = client.get("/api/statements/letter/translations/ar")
    assert response.status_code == 200
    assert response.json()["title"] == "رسالة مفتوحة"
    assert response.json()["direction"] == "rtl"


def test_a_missing_translation_is_a_404_that_says_so(client, letter):
    response = client.get("/api/statements/letter/translations/fr")
    assert response.status_code == 404
    assert response.json() == {"detail": "This statement has no translation into that language."}


def test_a_sign_on_through_the_api_records_the_language_read(client, letter):
    body = {"kind": "individual", "person_name": "Ayşe Yılmaz", "country": "TR", "email": "ayse@example.org",
            "language": "de"}  # fmt: skip
    response = client.post("/api/statements/letter/signatures", body, content_type="application/json")
    assert response.status_code == 202
    assert Signature.objects.get().language == "de"


def test_a_sign_on_in_a_language_the_statement_lacks_is_refused(client, letter):
    body = {"kind": "individual", "person_name": "Ayşe Yılmaz", "country": "TR", "email": "ayse@example.org",
            "language": "tr"}  # fmt: skip
    response = client.post("/api/statements/letter/signatures", body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["errors"] == {"language": ["This statement is not available in that language."]}
