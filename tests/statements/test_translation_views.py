"""/manage/s/<slug>/translations/: the owner lists, adds, updates and removes translations of the
current text, and sees which are outdated."""

import pytest

from tests.factories import make_statement, make_translation
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(alice):
    return make_statement(slug="letter", title="Open letter", text="We call on the council.", user=alice)


def test_the_owner_adds_a_translation(client, alice, letter):
    client.force_login(alice)
    response = client.post(
        "/manage/s/letter/translations/",
        {"language": "de", "title": "Offener Brief", "text": "Wir fordern den Rat auf.\r\n"},
    )
    assert response.status_code == 302
    translation = letter.current_version.translations.get()
    assert (translation.language, translation.title, translation.text) == (
        "de", "Offener Brief", "Wir fordern den Rat auf.",
    )  # fmt: skip
    html = client.get("/manage/s/letter/translations/").content.decode()
    assert "The German translation is saved." in html
    assert "Up to date" in html


def test_the_list_marks_a_translation_of_an_earlier_text(client, alice, letter):
    make_translation(letter, "fr")
    statement_version_publish(statement=letter, text="We call on the council, today.", minor=False)
    client.force_login(alice)
    assert (
        "Outdated: translated from version 1" in client.get("/manage/s/letter/translations/").content.decode()
    )
    assert "1 outdated" in client.get("/manage/s/letter/").content.decode()


def test_editing_an_outdated_translation_shows_what_changed_and_makes_it_current(client, alice, letter):
    make_translation(letter, "fr", text="Nous appelons le conseil.")
    statement_version_publish(statement=letter, text="We call on the council, today.", minor=False)
    client.force_login(alice)
    html = client.get("/manage/s/letter/translations/fr/").content.decode()
    assert "This translation was made from version 1; the original is now version 2." in html
    assert '<ins><span class="visually-hidden">added: </span>, today</ins>' in html
    response = client.post(
        "/manage/s/letter/translations/fr/",
        {"title": "Lettre ouverte", "text": "Nous appelons le conseil, aujourd'hui."},
    )
    assert response.status_code == 302
    assert not letter.current_version.translations.get(language="fr").outdated


def test_the_edit_form_keeps_its_language(client, alice, letter):
    make_translation(letter, "fr")
    client.force_login(alice)
    client.post("/manage/s/letter/translations/fr/", {"language": "de", "title": "T", "text": "Text"})
    assert [t.language for t in letter.current_version.translations.all()] == ["fr"]


def test_an_arabic_translation_is_edited_right_to_left(client, alice, letter):
    make_translation(letter, "ar", title="رسالة", text="نص")
    client.force_login(alice)
    html = client.get("/manage/s/letter/translations/ar/").content.decode()
    assert 'dir="rtl" lang="ar"' in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"language": "", "title": "T", "text": "Text"}, "This field is required."),
        (
            {"language": "en", "title": "T", "text": "Text"},
            "Select a valid choice. en is not one of the available choices.",
        ),
        ({"language": "de", "title": "T", "text": "   "}, "This field is required."),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field(client, alice, letter, data, message):
    client.force_login(alice)
    response = client.post("/manage/s/letter/translations/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not letter.current_version.translations.exists()


def test_the_owner_removes_a_translation(client, alice, letter):
    make_translation(letter, "de")
    client.force_login(alice)
    assert client.get("/manage/s/letter/translations/de/delete/").status_code == 405
    assert client.post("/manage/s/letter/translations/de/delete/").status_code == 302
    assert not letter.current_version.translations.exists()


def test_an_outsider_cannot_see_or_change_translations(client, charlie, letter):
    make_translation(letter, "de")
    client.force_login(charlie)
    assert client.get("/manage/s/letter/translations/").status_code == 403
    assert client.post("/manage/s/letter/translations/de/", {"title": "x", "text": "y"}).status_code == 403
    assert client.post("/manage/s/letter/translations/de/delete/").status_code == 403


def test_a_missing_translation_is_not_found(client, alice, letter):
    client.force_login(alice)
    assert client.get("/manage/s/letter/translations/tr/").status_code == 404


def test_the_version_history_names_the_translations(client, letter):
    make_translation(letter, "de")
    statement_version_publish(statement=letter, text="We call on the council, today.", minor=False)
    html = client.get("/s/letter/versions/").content.decode()
    assert '<span lang="de">Deutsch</span> <span class="badge">translated from an earlier text</span>' in html
