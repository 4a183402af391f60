"""/news/ and /news/feed.atom: published statements and public releases, newest first."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from tests.factories import make_statement
from tests.press.factories import make_release
from undersigned.statements.services import statement_set_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    published = make_statement(slug="published-letter", title="Published letter")
    statement_set_status(statement=published, status="published")
    with_release = make_statement(slug="clean-rivers", title="Clean rivers")
    make_release(with_release, headline="River groups demand open water data")
    embargoed = make_statement(slug="embargoed", title="Embargoed")
    make_release(embargoed, headline="Not yet", embargo_until=timezone.now() + timedelta(days=1))
    make_statement(slug="open-only", title="Open but not published")
    make_statement(slug="draft", title="Draft", status="draft")


def test_the_newsroom_lists_published_statements_and_public_releases_newest_first(client, news):
    response = client.get("/news/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("River groups demand open water data") < html.index("Published letter")
    assert 'href="/s/clean-rivers/press-release/"' in html
    assert 'href="/s/published-letter/"' in html
    for hidden in ["Not yet", "Open but not published", ">Draft<"]:
        assert hidden not in html
    assert 'type="application/atom+xml"' in html


def test_the_feed_is_valid_atom_with_the_same_items(client, news):
    response = client.get("/news/feed.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == [
        "River groups demand open water data",
        "Published letter",
    ]
    assert [entry.link for entry in feed.entries] == [
        "http://testserver/s/clean-rivers/press-release/",
        "http://testserver/s/published-letter/",
    ]
    assert all(entry.id and entry.updated_parsed for entry in feed.entries)
    assert feed.entries[0].summary.startswith("Twelve organizations from nine countries")


def test_an_empty_newsroom_says_so(client, db):
    assert "Nothing has been published yet." in client.get("/news/").content.decode()
    assert feedparser.parse(client.get("/news/feed.atom").content).bozo == 0


def test_each_feed_entry_says_its_statements_language(client):
    statement = make_statement(slug="anhar", title="أنهار نظيفة", language="ar")
    statement_set_status(statement=statement, status="published")
    feed = feedparser.parse(client.get("/news/feed.atom").content)
    [entry] = feed.entries
    assert entry.title == "أنهار نظيفة"
    assert entry.title_detail.language == "ar"
    html = client.get("/news/").content.decode()
    assert '<h2 lang="ar" dir="rtl"><a href="/s/anhar/">أنهار نظيفة</a></h2>' in html
