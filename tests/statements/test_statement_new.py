"""/manage/new/: a new statement, owned by whoever makes it, starts as a draft; its text has a live preview."""

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db

URL = "/manage/new/"


def _form(**overrides):
    data = {
        "title": "Save the Elbe meadows",
        "language": "en",
        "text": "We, the undersigned, ask for **protection**.",
        "deadline": "",
        "signers": "organizations",
        "country_order": "de, at",
        "umbrella_placement": "own_group",
        "list_order": "signed",
        "earlier_versions": "list",
    }
    data.update(overrides)
    return data


def test_it_shows_the_form(client, charlie):
    client.force_login(charlie)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'hx-post="/manage/preview/"' in html
    assert "Who may sign" in html or "who may sign" in html


def test_it_creates_a_draft_owned_by_its_maker(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form())
    assert response.status_code == 302
    statement = Statement.objects.get()
    assert response["Location"] == "/manage/s/save-the-elbe-meadows/"
    assert (statement.owner, statement.status, statement.signers) == (charlie, "draft", "organizations")
    assert (statement.country_order, statement.umbrella_placement) == ("DE, AT", "own_group")
    assert statement.current_version.text == "We, the undersigned, ask for **protection**."
    assert AuditEntry.objects.filter(action="statement.created", user=charlie).exists()


def test_a_second_statement_with_the_same_title_gets_its_own_address(client, charlie):
    client.force_login(charlie)
    client.post(URL, _form())
    response = client.post(URL, _form())
    assert response["Location"] == "/manage/s/save-the-elbe-meadows-2/"


def test_it_refuses_an_unknown_country_code_next_to_the_field(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form(country_order="DE, Germany"))
    assert response.status_code == 400
    assert (
        "Not a country code: Germany. Use two-letter ISO codes separated by commas, e.g. “DE, AT, CH”."
        in response.content.decode()
    )
    assert not Statement.objects.exists()


def test_it_asks_for_a_title_and_a_text(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form(title="", text="   "))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please write the statement&#x27;s text." in html
    assert "This field is required." in html


def test_a_bad_deadline_is_a_form_error_not_a_500(client, charlie):
    client.force_login(charlie)
    response = client.post(URL, _form(deadline="next tuesday"))
    assert response.status_code == 400
    assert "Enter a valid date/time." in response.content.decode()


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/manage/new/"


def test_it_rejects_other_methods(client, charlie):
    client.force_login(charlie)
    assert client.put(URL).status_code == 405


def test_the_preview_renders_sanitised_markdown(client, charlie):
    client.force_login(charlie)
    response = client.post("/manage/preview/", {"text": "## Call\n\n**now** <script>x</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Call</h2>" in html
    assert "<strong>now</strong>" in html
    assert "<script>" not in html


def test_the_preview_rejects_get(client, charlie):
    client.force_login(charlie)
    assert client.get("/manage/preview/").status_code == 405
