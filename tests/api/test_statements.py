"""GET /api/statements, /api/statements/<slug>, /api/statements/<slug>/versions."""

import pytest

from tests.factories import make_statement
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


def test_it_lists_public_statements_and_never_drafts(client):
    make_statement(slug="open-letter", title="Open letter")
    make_statement(slug="secret-draft", status=Statement.Status.DRAFT)
    response = client.get("/api/statements")
    assert response.status_code == 200
    [listed] = response.json()
    assert listed["slug"] == "open-letter"
    assert listed["title"] == "Open letter"
    assert listed["url"] == "http://testserver/s/open-letter/"
    assert listed["accepting_signatures"] is True
    assert listed["current_version"] == 1


def test_it_hides_a_draft_even_from_a_logged_in_owner(client, alice):
    make_statement(slug="secret-draft", status=Statement.Status.DRAFT, user=alice)
    client.force_login(alice)
    response = client.get("/api/statements/secret-draft")
    assert response.status_code == 404
    assert response.json() == {"detail": "There is no public statement at this address."}


def test_it_shows_a_statement_with_its_current_text(client, statement):
    response = client.get(f"/api/statements/{statement.slug}")
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == statement.current_version.text
    assert body["text_sha256"] == statement.current_version.sha256
    assert "email" not in str(body)


def test_it_answers_404_with_a_message_for_an_unknown_slug(client):
    response = client.get("/api/statements/no-such-thing/versions")
    assert response.status_code == 404
    assert response.json() == {"detail": "There is no public statement at this address."}


def test_it_lists_every_version_oldest_first(client, statement, alice):
    statement_version_publish(
        statement=statement, text="A sharper text.", minor=True, user=alice, note="Sharper"
    )
    response = client.get(f"/api/statements/{statement.slug}/versions")
    assert response.status_code == 200
    assert [(v["number"], v["text"], v["note"]) for v in response.json()] == [
        (1, statement.versions.get(number=1).text, ""),
        (2, "A sharper text.", "Sharper"),
    ]


def test_it_rejects_a_post_to_a_read_endpoint(client, statement):
    response = client.post(f"/api/statements/{statement.slug}", {})
    assert response.status_code == 405


def test_it_gives_the_original_language_and_its_direction(client):
    make_statement(slug="anhar", title="أنهار نظيفة", language="ar")
    body = client.get("/api/statements/anhar").json()
    assert (body["language"], body["direction"]) == ("ar", "rtl")
    assert body["languages"][0] == {
        "language": "ar", "name": "العربية", "direction": "rtl", "original": True, "outdated": False
    }  # fmt: skip
