"""The lifecycle control on the owner's page /manage/s/<slug>/ and its POST /manage/s/<slug>/lifecycle/."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from tests.factories import make_statement
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(alice):
    return make_statement(slug="meadows", title="Meadows", status="draft", user=alice)


def test_the_owners_page_highlights_the_current_step_and_explains_each(client, alice, draft):
    client.force_login(alice)
    html = client.get("/manage/s/meadows/").content.decode()
    assert 'aria-current="step"' in html
    assert "Anyone with the link can sign." in html
    assert "The list stays public, but nobody can sign any more." in html
    assert "Open for signatures</button>" in html
    assert "Publish the final list" not in html


def test_opening_a_draft_asks_for_a_confirmation_first(client, alice, draft):
    client.force_login(alice)
    response = client.post("/manage/s/meadows/lifecycle/", {"to": "open"})
    assert response["Location"] == "/manage/s/meadows/?confirm=open#lifecycle"
    draft.refresh_from_db()
    assert draft.status == "draft"
    html = client.get("/manage/s/meadows/?confirm=open").content.decode()
    assert "Once open, the statement cannot go back to being a draft." in html


def test_a_confirmed_step_is_taken(client, alice, draft):
    client.force_login(alice)
    response = client.post("/manage/s/meadows/lifecycle/", {"to": "open", "confirmed": "yes"}, follow=True)
    draft.refresh_from_db()
    assert draft.status == "open"
    assert "The statement is now “Open for signatures”." in response.content.decode()


def test_closing_needs_no_confirmation(client, alice):
    make_statement(slug="rivers", status="open", user=alice)
    client.force_login(alice)
    client.post("/manage/s/rivers/lifecycle/", {"to": "closed"})
    assert Statement.objects.get(slug="rivers").status == "closed"


def test_a_step_the_lifecycle_does_not_allow_is_refused_with_a_message(client, alice, draft):
    client.force_login(alice)
    response = client.post(
        "/manage/s/meadows/lifecycle/", {"to": "published", "confirmed": "yes"}, follow=True
    )
    assert response.status_code == 200
    assert "cannot become “Published”" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_nonsense_is_refused_not_a_500(client, alice, draft):
    client.force_login(alice)
    response = client.post("/manage/s/meadows/lifecycle/", {"to": "<b>"}, follow=True)
    assert response.status_code == 200
    assert "is not a step of a statement" in response.content.decode()


def test_an_outsider_cannot_change_the_lifecycle(client, charlie, draft):
    client.force_login(charlie)
    assert client.post("/manage/s/meadows/lifecycle/", {"to": "open", "confirmed": "yes"}).status_code == 403


def test_it_rejects_get(client, alice, draft):
    client.force_login(alice)
    assert client.get("/manage/s/meadows/lifecycle/").status_code == 405


def test_the_owner_can_preview_a_draft_but_the_public_cannot(client, alice, charlie):
    make_statement(slug="meadows", status="draft", user=charlie)
    client.force_login(charlie)
    assert client.get("/s/meadows/").status_code == 200
    client.logout()
    assert client.get("/s/meadows/").status_code == 404


def test_a_closed_statement_shows_its_list_but_no_form(client, alice):
    make_statement(slug="rivers", status="closed", user=alice)
    html = client.get("/s/rivers/").content.decode()
    assert "no longer accepting signatures" in html
    assert 'action="/s/rivers/sign/"' not in html


def test_closing_records_when_and_the_page_says_when_addresses_are_erased(client, alice, settings):
    settings.UNDERSIGNED_EMAIL_RETENTION_DAYS = 183
    make_statement(slug="rivers", status="open", user=alice)
    client.force_login(alice)
    assert "addresses-kept-until" not in client.get("/manage/s/rivers/").content.decode()
    client.post("/manage/s/rivers/lifecycle/", {"to": "closed"})
    statement = Statement.objects.get(slug="rivers")
    erased_on = date_format(timezone.localtime(statement.closed_at + timedelta(days=183)), "DATE_FORMAT")
    html = client.get("/manage/s/rivers/").content.decode()
    assert f"The signers' email addresses are erased on {erased_on}," in html
    client.post("/manage/s/rivers/lifecycle/", {"to": "open"})
    assert Statement.objects.get(slug="rivers").closed_at is None
