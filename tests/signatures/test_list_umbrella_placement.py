"""Where umbrella bodies stand in the list: first in their country's group (the default), or all together in a
group of their own before every country. The page, the .txt, the exports and the release all read it from one
selector."""

import csv
import io
import json

import pytest

from tests.factories import make_signature, make_statement
from tests.press.factories import make_release
from undersigned.organizations.services import organization_create
from undersigned.press.documents import release_context
from undersigned.signatures.selectors import UMBRELLA_GROUP, signatory_iter
from undersigned.statements.services import statement_update_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def federation():
    statement = make_statement(slug="anglers", country_order="DE, AT")
    for name, country in [("German Anglers' Council", "DE"), ("Austrian Fishing Federation", "AT")]:
        council = organization_create(name=name, country=country, is_umbrella=True)
        make_signature(
            statement, kind="organization", organization_name=name, country=country, organization=council
        )
    make_signature(statement, kind="organization", organization_name="Weser Canoe Club", country="DE")
    make_signature(statement, kind="organization", organization_name="Salzach Fishers", country="AT")
    make_signature(statement, person_name="Grace Liu", country="DE")
    statement.refresh_from_db()
    return statement


def _groups(statement):
    return [(row.number, row.group_label, row.line) for row in signatory_iter(statement)]


def test_by_default_umbrella_bodies_lead_their_countrys_group(federation):
    assert _groups(federation) == [
        (1, "Germany", "German Anglers' Council"),
        (2, "", "Weser Canoe Club"),
        (3, "", "Grace Liu"),
        (4, "Austria", "Austrian Fishing Federation"),
        (5, "", "Salzach Fishers"),
    ]


def test_umbrella_bodies_can_form_their_own_first_group_across_countries(federation):
    statement_update_settings(statement=federation, umbrella_placement="own_group")
    assert _groups(federation) == [
        (1, "Umbrella bodies", "German Anglers' Council (Germany)"),
        (2, "", "Austrian Fishing Federation (Austria)"),
        (3, "Germany", "Weser Canoe Club"),
        (4, "", "Grace Liu"),
        (5, "Austria", "Salzach Fishers"),
    ]
    assert [row.group for row in signatory_iter(federation)][:2] == [UMBRELLA_GROUP, UMBRELLA_GROUP]


def test_changing_the_placement_bumps_the_list_revision(federation):
    before = federation.list_revision
    statement_update_settings(statement=federation, umbrella_placement="own_group")
    assert federation.list_revision == before + 1


def test_the_list_page_and_the_text_show_the_umbrella_group(client, federation):
    statement_update_settings(statement=federation, umbrella_placement="own_group")
    page = client.get("/s/anglers/signatories/").content.decode()
    assert (
        page.index("Umbrella bodies")
        < page.index("Austrian Fishing Federation")
        < page.index("Weser Canoe Club")
    )
    text = b"".join(client.get("/s/anglers/signatories.txt").streaming_content).decode()
    assert (
        "Umbrella bodies\n1. German Anglers' Council (Germany)\n2. Austrian Fishing Federation (Austria)\n"
        in text
    )
    assert "\nGermany\n3. Weser Canoe Club\n" in text


def test_the_release_groups_the_same_way(federation):
    statement_update_settings(statement=federation, umbrella_placement="own_group")
    release = make_release(federation)
    groups = release_context(release)["groups"]
    assert [group.label for group in groups][:2] == ["Umbrella bodies", "Germany"]


def test_the_csv_and_json_exports_name_each_rows_group(client, federation):
    statement_update_settings(statement=federation, umbrella_placement="own_group")
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(client.get("/s/anglers/signatories.csv").streaming_content).decode("utf-8-sig")
            )
        )
    )
    assert [(row["number"], row["group"], row["country"]) for row in rows[:3]] == [
        ("1", "Umbrella bodies", "DE"),
        ("2", "Umbrella bodies", "AT"),
        ("3", "Germany", "DE"),
    ]
    listed = json.loads(b"".join(client.get("/s/anglers/signatories.json").streaming_content))["signatories"]
    assert [(row["number"], row["group"]) for row in listed[:3]] == [
        (1, "Umbrella bodies"),
        (2, "Umbrella bodies"),
        (3, "Germany"),
    ]


def test_the_settings_page_offers_the_choice(client, alice, federation):
    federation.owner = alice
    federation.save()
    client.force_login(alice)
    response = client.post(
        "/manage/s/anglers/settings/",
        {
            "country_order": "DE, AT",
            "umbrella_placement": "own_group",
            "list_order": "signed",
            "earlier_versions": "list",
        },
    )
    assert response.status_code == 302
    federation.refresh_from_db()
    assert federation.umbrella_placement == "own_group"
