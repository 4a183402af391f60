"""Readers see every version at /s/<slug>/versions/ and what changed in each."""

import pytest

from tests.factories import make_statement
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def rivers():
    statement = make_statement(slug="rivers", text="We ask the council.")
    statement_version_publish(statement=statement, text="We urge the council.", minor=False, note="Stronger")
    statement_version_publish(
        statement=statement, text="We urge the council!", minor=True, note="Punctuation"
    )
    return statement


def test_the_history_lists_every_version_and_marks_minor_corrections(client, rivers):
    response = client.get("/s/rivers/versions/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<li id="v') == 3
    assert "minor correction, no reconfirmation needed" in html
    assert "Stronger" in html


def test_a_version_page_shows_what_changed(client, rivers):
    html = client.get("/s/rivers/versions/2/").content.decode()
    assert "Changes from version 1 to version 2" in html
    assert (
        'We <del><span class="visually-hidden">removed: </span>ask</del><ins><span class="visually-hidden">added: </span>urge</ins> the council.'
        in html
    )


def test_changes_can_be_compared_across_several_versions(client, rivers):
    html = client.get("/s/rivers/versions/3/?from=1").content.decode()
    assert (
        'We <del><span class="visually-hidden">removed: </span>ask</del><ins><span class="visually-hidden">added: </span>urge</ins> the council<del><span class="visually-hidden">removed: </span>.</del><ins><span class="visually-hidden">added: </span>!</ins>'
        in html
    )


def test_the_statement_page_links_to_the_history(client, rivers):
    assert 'href="/s/rivers/versions/"' in client.get("/s/rivers/").content.decode()


def test_an_unknown_version_is_not_found(client, rivers):
    assert client.get("/s/rivers/versions/9/").status_code == 404


def test_a_nonsense_comparison_shows_the_changes_from_the_previous_version(client, rivers):
    response = client.get("/s/rivers/versions/2/?from=x")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Changes from version 1 to version 2" in html
    assert html == client.get("/s/rivers/versions/2/").content.decode()


def test_a_drafts_history_is_not_public(client):
    make_statement(slug="secret", status="draft")
    assert client.get("/s/secret/versions/").status_code == 404


def test_it_rejects_post(client, rivers):
    assert client.post("/s/rivers/versions/").status_code == 405


def test_a_version_page_shows_the_text_formatted_not_its_markdown(client):
    make_statement(slug="bold", text="We ask the council to **publish** the plan.")
    html = client.get("/s/bold/versions/1/").content.decode()
    assert "<p>We ask the council to <strong>publish</strong> the plan.</p>" in html
    assert "**" not in html


def test_the_changes_are_shown_in_the_formatted_text(client):
    statement = make_statement(slug="bold", text="We ask the council to **publish** the plan.")
    statement_version_publish(
        statement=statement, text="We ask the council to **publish** the plan now.", minor=False
    )
    html = client.get("/s/bold/versions/2/").content.decode()
    assert (
        '<strong>publish</strong> the plan <ins><span class="visually-hidden">added: </span>now</ins>.'
        in html
    )
    assert "**" not in html
