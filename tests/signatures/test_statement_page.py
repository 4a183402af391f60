"""GET /s/<slug>/: the statement text (sanitized Markdown), the live count and the sign form."""

import pytest

from tests.factories import make_signature, make_statement

pytestmark = pytest.mark.django_db


def test_it_renders_the_markdown_text_sanitized(client):
    make_statement(slug="letter", text="We **call** on the council.\n\n<script>alert(1)</script>")
    html = client.get("/s/letter/").content.decode()
    assert "<strong>call</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_it_shows_the_confirmed_count(client, statement):
    make_signature(statement)
    make_signature(statement)
    make_signature(statement, status="pending")
    assert "2 confirmed signatures" in client.get(f"/s/{statement.slug}/").content.decode()


def test_the_count_fragment_is_polled_by_htmx(client, statement):
    make_signature(statement)
    response = client.get(f"/s/{statement.slug}/count/", headers={"HX-Request": "true"})
    assert "1 confirmed signature" in response.content.decode()
    assert 'hx-trigger="every 30s"' in response.content.decode()


def test_it_shows_the_version_and_its_fingerprint(client, statement):
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert f"Version 1 · text fingerprint {statement.current_version.sha256[:12]}" in html


def test_a_draft_is_hidden_from_the_public_but_not_from_staff(client, alice):
    make_statement(slug="draft-one", status="draft")
    assert client.get("/s/draft-one/").status_code == 404
    client.force_login(alice)
    assert client.get("/s/draft-one/").status_code == 200


def test_a_staff_account_without_permissions_cannot_read_a_draft(client, django_user_model):
    make_statement(slug="draft-one", status="draft")
    clerk = django_user_model.objects.create_user("clerk", "clerk@example.org", "pw", is_staff=True)
    client.force_login(clerk)
    assert client.get("/s/draft-one/").status_code == 404
    assert client.get("/s/draft-one/signatories/").status_code == 404
    assert client.get("/s/draft-one/export.pdf").status_code == 404


def test_staff_with_the_view_permission_can_read_a_draft(client, django_user_model):
    from django.contrib.auth.models import Permission

    make_statement(slug="draft-one", status="draft")
    reviewer = django_user_model.objects.create_user("rev", "rev@example.org", "pw", is_staff=True)
    reviewer.user_permissions.add(Permission.objects.get(codename="view_statement"))
    client.force_login(reviewer)
    assert client.get("/s/draft-one/").status_code == 200


def test_a_non_staff_owner_can_read_their_own_draft(client, bob, charlie):
    make_statement(slug="draft-one", status="draft", user=bob)
    client.force_login(bob)
    assert client.get("/s/draft-one/").status_code == 200
    assert client.get("/s/draft-one/signatories/").status_code == 200
    client.force_login(charlie)
    assert client.get("/s/draft-one/").status_code == 404


def test_a_closed_statement_shows_no_form(client):
    make_statement(slug="done", status="closed")
    html = client.get("/s/done/").content.decode()
    assert "no longer accepting signatures" in html
    assert 'action="/s/done/sign/"' not in html


def test_an_unknown_statement_is_404(client, db):
    assert client.get("/s/nothing-here/").status_code == 404


def test_it_rejects_post(client, statement):
    assert client.post(f"/s/{statement.slug}/").status_code == 405


def test_the_index_lists_public_statements_only(client):
    make_statement(title="Open one")
    make_statement(title="Hidden draft", status="draft")
    html = client.get("/").content.decode()
    assert "Open one" in html
    assert "Hidden draft" not in html


def test_the_count_is_a_steady_live_region_that_changes_only_when_the_number_does(client, statement):
    """Screen readers announce a live region's new content; swapping the region itself, or the same
    number every 30 seconds, would be silence or chatter."""
    make_signature(statement)
    page = client.get(f"/s/{statement.slug}/").content.decode()
    assert '<p class="count" id="live-count" role="status">' in page
    assert f"/s/{statement.slug}/count/?shown=1" in page
    unchanged = client.get(f"/s/{statement.slug}/count/?shown=1", headers={"HX-Request": "true"})
    assert unchanged.status_code == 204
    make_signature(statement)
    changed = client.get(f"/s/{statement.slug}/count/?shown=1", headers={"HX-Request": "true"})
    assert changed.status_code == 200
    assert "2 confirmed signatures" in changed.content.decode()
    assert "role=" not in changed.content.decode()
