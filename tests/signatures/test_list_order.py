"""Within each country: umbrella bodies, then organizations, then individuals; by confirmation time or
alphabetically as the statement chooses. The page and the text file agree line for line."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.organizations.services import organization_create
from undersigned.signatures.selectors import signatory_iter

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    statement = make_statement(slug="rivers", country_order="AT, DE")
    start = timezone.now() - timedelta(hours=1)
    council = organization_create(
        name="Union of River Communities in Austria", country="AT", is_umbrella=True
    )

    def sign(minutes, **fields):
        return make_signature(statement, confirmed_at=start + timedelta(minutes=minutes), **fields)

    sign(1, kind="individual", person_name="Eva Steiner", country="AT")
    sign(2, kind="organization", organization_name="Salzach Fishers' Cooperative", country="AT")
    sign(3, kind="organization", organization_name="Mur River Friends", country="AT")
    sign(
        4,
        kind="organization",
        organization_name=council.name,
        organization=council,
        country="AT",
        representative_name="Maria Hofer",
        title="Chair",
        verified=True,
    )
    sign(5, kind="individual", person_name="Anna Berger", country="AT")
    sign(6, kind="organization", organization_name="Weser Canoe Club", country="DE")
    return statement


def _text_lines(client):
    text = b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()
    return [line for line in text.splitlines() if re.match(r"\d+\. ", line)]


def _page_lines(client):
    html = client.get("/s/rivers/signatories/").content.decode()
    items = re.findall(r"<li value=\"\d+\">(.*?)</li>", html, re.S)
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)).strip().replace("&#x27;", "'") for item in items
    ]


def test_umbrella_bodies_lead_then_organizations_then_individuals_in_signing_order(client, campaign):
    assert _text_lines(client) == [
        "1. Union of River Communities in Austria – Maria Hofer, Chair (verified)",
        "2. Salzach Fishers' Cooperative",
        "3. Mur River Friends",
        "4. Eva Steiner",
        "5. Anna Berger",
        "6. Weser Canoe Club",
    ]


def test_the_statement_can_order_each_part_alphabetically(client, campaign):
    campaign.list_order = "alphabetical"
    campaign.save()
    assert _text_lines(client)[1:5] == [
        "2. Mur River Friends",
        "3. Salzach Fishers' Cooperative",
        "4. Anna Berger",
        "5. Eva Steiner",
    ]


def test_the_page_and_the_text_agree_line_for_line(client, campaign):
    assert _page_lines(client) == _text_lines(client)


def test_the_selector_reports_verified_rows(campaign):
    rows = list(signatory_iter(campaign))
    assert [row.verified for row in rows] == [True, False, False, False, False, False]
    assert rows[0].listed_line.endswith("(verified)") and rows[0].line.endswith("Chair")
