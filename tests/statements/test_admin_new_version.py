"""Changing the text in the back office takes the same path as the owner's page."""

import pytest

from tests.factories import make_signature, make_statement

pytestmark = pytest.mark.django_db

NEW_TEXT = "We, the undersigned, call on the city council to **restore** weekend opening hours."


def _form(statement, **changes):
    data = {
        "title": statement.title,
        "slug": statement.slug,
        "language": "en",
        "status": "open",
        "signers": "both",
        "country_order": "",
        "owner": "",
        "text": NEW_TEXT,
        "versions-TOTAL_FORMS": "1",
        "versions-INITIAL_FORMS": "1",
        "versions-MIN_NUM_FORMS": "0",
        "versions-MAX_NUM_FORMS": "1000",
        "versions-0-id": str(statement.current_version.pk),
        "versions-0-statement": str(statement.pk),
    }
    data.update(changes)
    return data


def test_a_changed_text_asks_earlier_signers_to_reconfirm(client, alice, run_tasks, mailoutbox):
    statement = make_statement(slug="rivers")
    make_signature(statement, email="ada@example.org")
    client.force_login(alice)
    response = client.post(f"/admin/statements/statement/{statement.pk}/change/", _form(statement))
    assert response.status_code == 302
    run_tasks()
    run_tasks()
    assert [m.to for m in mailoutbox] == [["ada@example.org"]]


def test_a_minor_correction_in_the_back_office_asks_nobody(client, alice, run_tasks, mailoutbox):
    statement = make_statement(slug="rivers")
    make_signature(statement, email="ada@example.org")
    client.force_login(alice)
    client.post(f"/admin/statements/statement/{statement.pk}/change/", _form(statement, minor="on"))
    assert statement.versions.get(number=2).minor is True
    run_tasks()
    assert mailoutbox == []


def test_the_back_office_sets_any_content_language_and_refuses_an_unknown_one(client, alice):
    statement = make_statement(slug="rivers")
    client.force_login(alice)
    url = f"/admin/statements/statement/{statement.pk}/change/"
    assert '<option value="fa">Persian – فارسی</option>' in client.get(url).content.decode()
    refused = client.post(url, _form(statement, language="xx", text=statement.current_version.text))
    assert refused.context_data["adminform"].form.errors == {"language": ["Choose a language from the list."]}
    client.post(url, _form(statement, language="fa", text=statement.current_version.text))
    statement.refresh_from_db()
    assert statement.language == "fa"
