"""A surge reads the same statement page thousands of times a second: anonymous visitors get a copy
kept for UNDERSIGNED_PUBLIC_CACHE_SECONDS, each with a CSRF token of their own, and a sign-on reads its
statement from a kept copy too. Tests switch the copies on here; elsewhere they are off (tests/settings.py)."""

import re
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import make_signature, make_statement, make_translation
from undersigned.common import public_cache
from undersigned.common.public_cache import copy_lifetime
from undersigned.signatures.models import Signature
from undersigned.signatures.tokens import make_token, new_nonce
from undersigned.statements.services import statement_set_status

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def kept_for(settings):
    def keep(seconds):
        settings.UNDERSIGNED_PUBLIC_CACHE_SECONDS = seconds

    keep(60)
    return keep


def sign_on(email: str) -> dict:
    return {"kind": "individual", "person_name": "Ada Example", "country": "DE", "email": email,
            "consent_display": "on"}  # fmt: skip


def test_a_second_visitor_gets_the_kept_page_without_a_query(kept_for):
    statement = make_statement(slug="rivers", title="Clean rivers")
    Client().get("/s/rivers/")

    with CaptureQueriesContext(connection) as queries:
        page = Client().get("/s/rivers/")

    assert page.status_code == 200
    assert "Clean rivers" in page.content.decode()
    assert statement.title in page.content.decode()
    assert queries.captured_queries == []


def test_each_visitor_gets_a_csrf_token_of_their_own_that_signs(kept_for):
    statement = make_statement(slug="rivers")
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page, second_page = first.get("/s/rivers/"), second.get("/s/rivers/")

    first_tokens = set(TOKEN.findall(first_page.content.decode()))
    second_tokens = set(TOKEN.findall(second_page.content.decode()))
    assert first_tokens and second_tokens and not first_tokens & second_tokens
    assert "csrftoken" in second_page.cookies
    answer = second.post(
        "/s/rivers/sign/", {**sign_on("ada@example.org"), "csrfmiddlewaretoken": second_tokens.pop()}
    )

    assert answer.status_code == 302
    assert Signature.objects.filter(statement=statement, email="ada@example.org").exists()


def test_the_kept_page_is_rendered_again_once_its_time_is_up(kept_for, monkeypatch):
    kept_for(1)
    # A first render that is slow (templates compiled, a busy machine) would otherwise earn the copy
    # ten times its cost; that rule has its own test below.
    monkeypatch.setattr(public_cache, "COST_MULTIPLE", 0)
    statement = make_statement(slug="rivers")
    assert "0 confirmed signatures" in Client().get("/s/rivers/").content.decode()
    make_signature(statement)

    assert "0 confirmed signatures" in Client().get("/s/rivers/").content.decode()
    time.sleep(1.1)
    assert "1 confirmed signature" in Client().get("/s/rivers/").content.decode()


def test_a_logged_in_visitor_gets_a_page_of_their_own(kept_for, client, alice):
    make_statement(slug="rivers")
    Client().get("/s/rivers/")
    client.force_login(alice)

    page = client.get("/s/rivers/")

    assert "Logged in as" in page.content.decode()


def test_a_visitor_with_a_message_waiting_gets_a_page_of_their_own(kept_for):
    make_statement(slug="rivers")
    Client().get("/s/rivers/")
    visitor = Client()
    visitor.cookies["messages"] = "anything"

    with CaptureQueriesContext(connection) as queries:
        visitor.get("/s/rivers/")

    assert queries.captured_queries, "the page was rendered for this visitor"


def test_each_reading_language_has_its_kept_page(kept_for):
    statement = make_statement(slug="rivers", title="Clean rivers")
    make_translation(statement, "de", title="Saubere Flüsse")
    Client().get("/s/rivers/")

    german = Client().get("/s/rivers/?lang=de").content.decode()
    original = Client().get("/s/rivers/").content.decode()

    assert "Saubere Flüsse" in german
    assert "Saubere Flüsse" not in original.split("<article")[1]


def test_a_draft_is_never_kept_for_the_public(kept_for):
    statement = make_statement(slug="rivers", status="draft")
    assert Client().get("/s/rivers/").status_code == 404
    statement_set_status(statement=statement, status="open")

    assert Client().get("/s/rivers/").status_code == 200


def test_a_sign_on_reads_its_statement_from_the_kept_copy(kept_for):
    make_statement(slug="rivers")
    visitor = Client()
    visitor.get("/s/rivers/")

    with CaptureQueriesContext(connection) as queries:
        answer = visitor.post("/s/rivers/sign/", sign_on("ada@example.org"))

    assert answer.status_code == 302
    assert not [q for q in queries.captured_queries if "statements_statement" in q["sql"]]


def test_each_page_of_the_list_is_kept_for_the_next_reader(kept_for, settings):
    settings.UNDERSIGNED_LIST_PAGE_SIZE = 2
    statement = make_statement(slug="rivers")
    for name in ("Ada Adler", "Bo Berg", "Cem Cakir"):
        make_signature(statement, person_name=name)
    Client().get("/s/rivers/signatories/?page=2")

    with CaptureQueriesContext(connection) as queries:
        second = Client().get("/s/rivers/signatories/?page=2").content.decode()
    first = Client().get("/s/rivers/signatories/").content.decode()

    assert queries.captured_queries == []
    assert "Cem Cakir" in second and "Ada Adler" not in second
    assert "Ada Adler" in first and "Cem Cakir" not in first


def test_the_plain_text_list_is_kept_with_its_file_name(kept_for):
    statement = make_statement(slug="rivers")
    make_signature(statement, person_name="Ada Adler", country="AT")
    first = Client().get("/s/rivers/signatories.txt")
    first_text = first.content.decode()

    with CaptureQueriesContext(connection) as queries:
        kept = Client().get("/s/rivers/signatories.txt")

    assert queries.captured_queries == []
    assert kept.content.decode() == first_text
    assert "1. Ada Adler" in first_text
    assert kept["Content-Disposition"] == 'inline; filename="rivers-signatories.txt"'
    assert kept["Content-Type"] == "text/plain; charset=utf-8"


def test_a_copy_that_took_long_to_make_is_kept_ten_times_as_long(kept_for):
    kept_for(1)
    assert copy_lifetime(0.02) == 1  # a page: its second
    assert copy_lifetime(1.1) == 11  # the text file of a long list: ten times what it cost


def test_the_live_count_of_an_open_page_is_read_from_the_kept_statement(kept_for):
    statement = make_statement(slug="rivers")
    make_signature(statement)
    Client().get("/s/rivers/count/")

    with CaptureQueriesContext(connection) as queries:
        unchanged = Client().get("/s/rivers/count/?shown=1")
        moved = Client().get("/s/rivers/count/?shown=0")

    assert (unchanged.status_code, moved.status_code) == (204, 200)
    assert "1 confirmed signature" in moved.content.decode()
    assert queries.captured_queries == []


def test_a_confirmation_reads_its_statement_from_the_kept_copy_and_the_signature_fresh(kept_for):
    statement = make_statement(slug="rivers")
    pending = make_signature(statement, status=Signature.Status.PENDING, confirmation_nonce=new_nonce())
    link = f"/s/rivers/confirm/{make_token(pending)}/"
    Client().get(link)

    with CaptureQueriesContext(connection) as queries:
        answer = Client().post(link)

    assert "Signature confirmed" in answer.content.decode()
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [q for q in sql if 'FROM "statements_statement"' in q]
    assert [q for q in sql if 'FROM "signatures_signature"' in q]
    # The link's own transaction (a savepoint inside the test's transaction) and no second one inside it.
    assert len([q for q in sql if q.startswith("SAVEPOINT")]) == 1


def test_without_kept_pages_every_visitor_gets_a_fresh_page(kept_for):
    kept_for(0)
    statement = make_statement(slug="rivers")
    Client().get("/s/rivers/")
    make_signature(statement)

    assert "1 confirmed signature" in Client().get("/s/rivers/").content.decode()
