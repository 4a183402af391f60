"""The public list: numbered continuously, grouped by country in the chosen order,
organizations before individuals, and the plain-text file agrees with the page."""

import re

import pytest

from tests.factories import make_signature, make_statement
from undersigned.signatures import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    statement = make_statement(slug="rivers", country_order="AT, DE")
    make_signature(
        statement,
        kind="individual",
        honorific="Dr.",
        person_name="Katrin Schulz",
        country="DE",
        organization_name="University of Leipzig",
        city="Leipzig",
    )
    make_signature(
        statement,
        kind="organization",
        organization_name="Federation of River Associations in Germany",
        representative_name="Sabine Krüger",
        title="Chair",
        country="DE",
    )
    make_signature(
        statement,
        kind="organization",
        organization_name="Union of Examples in Austria",
        representative_name="Maria Hofer",
        country="AT",
    )
    make_signature(
        statement, kind="individual", person_name="Grace Liu", country="US", city="Naperville", region="IL"
    )
    make_signature(statement, kind="individual", person_name="Ada Lovelace", country="FR")
    make_signature(
        statement, kind="individual", person_name="Nobody Seen", country="FR", consent_display=False
    )
    make_signature(statement, kind="individual", person_name="Not Yet", country="AT", status="pending")
    make_signature(statement, kind="individual", person_name="Stateless Person", country="")
    return statement


EXPECTED_TEXT = """\
Austria
1. Union of Examples in Austria – Maria Hofer

Germany
2. Federation of River Associations in Germany – Sabine Krüger, Chair
3. Dr. Katrin Schulz, University of Leipzig, Leipzig

France
4. Ada Lovelace

United States
5. Grace Liu, Naperville, IL

Other signatories
6. Stateless Person
"""


def test_the_text_list_is_numbered_and_grouped_under_country_names(client, campaign):
    response = client.get("/s/rivers/signatories.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = b"".join(response.streaming_content).decode()
    assert text.endswith(EXPECTED_TEXT)
    assert text.startswith(campaign.title)


def test_the_page_shows_the_same_lines_under_country_headings(client, campaign):
    html = client.get("/s/rivers/signatories/").content.decode()
    headings = ["Austria", "Germany", "France", "United States", "Other signatories"]
    positions = [html.index(f'<h2 class="group-heading">{h}</h2>') for h in headings]
    assert positions == sorted(positions)
    assert "2.</span> Federation of River Associations in Germany – Sabine Krüger, Chair</li>" in html
    assert "Nobody Seen" not in html
    assert "Not Yet" not in html


def test_countries_without_a_chosen_place_follow_by_name(client):
    statement = make_statement(slug="alpha")
    for country in ["SE", "AT", "DE"]:
        make_signature(statement, person_name=f"Person in {country}", country=country)
    text = b"".join(client.get("/s/alpha/signatories.txt").streaming_content).decode()
    assert text.index("Person in AT") < text.index("Person in DE") < text.index("Person in SE")


def test_numbering_continues_across_pages(client, campaign, settings):
    settings.UNDERSIGNED_LIST_PAGE_SIZE = 2
    html = client.get("/s/rivers/signatories/?page=2").content.decode()
    assert '<li value="3">' in html
    assert "Page 2 of 3" in html
    # A group that continues on the next page repeats its heading there.
    assert '<h2 class="group-heading">Germany</h2>' in html


def _numbers(html):
    return re.findall(r'<li value="(\d+)">', html)


def test_a_page_number_out_of_range_shows_the_last_page(client, campaign, settings):
    settings.UNDERSIGNED_LIST_PAGE_SIZE = 2
    response = client.get("/s/rivers/signatories/?page=999")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Page 3 of 3" in html
    assert _numbers(html) == ["5", "6"]
    assert _numbers(html) == _numbers(client.get("/s/rivers/signatories/?page=3").content.decode())


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, campaign, settings):
    settings.UNDERSIGNED_LIST_PAGE_SIZE = 2
    response = client.get("/s/rivers/signatories/?page=abc")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Page 1 of 3" in html
    assert _numbers(html) == ["1", "2"]


def test_an_empty_list_says_so(client, statement):
    assert "No confirmed signatures yet." in client.get(f"/s/{statement.slug}/signatories/").content.decode()


def test_a_draft_statements_list_is_not_public(client):
    make_statement(slug="secret", status="draft")
    assert client.get("/s/secret/signatories/").status_code == 404
    assert client.get("/s/secret/signatories.txt").status_code == 404


def test_the_list_rejects_post(client, campaign):
    assert client.post("/s/rivers/signatories/").status_code == 405


def test_the_text_file_reads_the_list_in_chunks_numbered_and_grouped_across_them(campaign):
    def printed(rows):
        return [(row.number, row.starts_group, row.group_label, row.listed_line) for row in rows]

    assert printed(selectors.signatory_names(campaign, chunk_size=2)) == printed(
        selectors.signatory_iter(campaign)
    )
