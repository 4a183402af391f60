"""/manage/s/<slug>/embed/: the owner's snippet, preview and list of partner sites."""

import pytest

from tests.factories import make_statement
from undersigned.audit.models import AuditEntry
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/embed/"


@pytest.fixture
def rivers(alice):
    return make_statement(slug="rivers", title="Save the rivers", user=alice)


def test_it_shows_the_snippet_with_the_frame_and_the_script(client, alice, rivers, settings):
    settings.SITE_URL = "https://sign.example"
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert (
        "&lt;iframe data-undersigned-embed src=&quot;https://sign.example/s/rivers/embed/&quot; "
        "title=&quot;Sign: Save the rivers&quot;" in html
    )
    assert "&lt;script src=&quot;https://sign.example/static/undersigned/embed.js&quot; async&gt;" in html
    assert "copy-snippet.js" in html


def test_with_no_partner_site_it_says_embedding_is_off(client, alice, rivers):
    client.force_login(alice)
    assert "No partner sites: embedding is off." in client.get(URL).content.decode()


def test_the_owner_lists_partner_sites_stored_normalised(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"embed_domains": "https://Partner.example/\n\nhttp://127.0.0.1:8001\n"})
    assert response.status_code == 302
    assert (
        Statement.objects.get(slug="rivers").embed_domains == "https://partner.example\nhttp://127.0.0.1:8001"
    )
    assert "<code>https://partner.example</code>" in client.get(URL).content.decode()
    entry = AuditEntry.objects.get(action="statement.embed_domains_changed")
    assert entry.data == {"sites": ["https://partner.example", "http://127.0.0.1:8001"]}


def test_a_line_that_is_not_a_site_is_refused_next_to_the_field(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"embed_domains": "https://ok.example\nhttp://plain.example\nnot a site"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "must start with https://" in html
    assert "is not a web address like https://partner.example." in html
    assert Statement.objects.get(slug="rivers").embed_domains == ""


def test_only_the_owner_may_see_it(client, charlie, rivers):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"embed_domains": "https://x.example"}).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, rivers):
    assert client.get(URL)["Location"] == f"/login/?next={URL}"
