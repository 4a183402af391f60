"""A statement's original may be written in any content language, not only the interface's: an Arabic
coalition writes in Arabic; a code no one knows is refused next to the field."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_statement
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db

URL = "/manage/new/"
ARABIC_TITLE = "أنهار نظيفة للجميع"


def _form(**overrides):
    data = {
        "title": ARABIC_TITLE,
        "language": "ar",
        "text": "نحن الموقعين أدناه ندعو المجلس إلى حماية الأنهار.",
        "deadline": "",
        "signers": "both",
        "country_order": "",
        "umbrella_placement": "country",
        "list_order": "signed",
        "earlier_versions": "list",
    }
    data.update(overrides)
    return data


def test_the_form_offers_languages_beyond_the_interface(client, charlie):
    client.force_login(charlie)
    html = client.get(URL).content.decode()
    assert '<option value="ar">Arabic – العربية</option>' in html
    assert '<option value="he">Hebrew – עברית</option>' in html
    assert '<option value="en" selected>English</option>' in html


def test_an_owner_writes_a_statement_in_arabic(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form())
    assert response.status_code == 302
    statement = Statement.objects.get()
    assert (statement.language, statement.title) == ("ar", ARABIC_TITLE)


def test_an_unknown_language_is_refused_next_to_the_field(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form(language="xx"))
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        '<ul class="errorlist" id="id_language_errors"><li>Choose a language from the list.</li></ul>' in html
    )
    assert not Statement.objects.exists()


def test_the_model_refuses_an_unknown_language_too():
    statement = make_statement(language="fa")
    statement.language = "klingon"
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert error.value.message_dict["language"] == ["Choose a language from the list."]
