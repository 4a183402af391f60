"""The coordinator's desk at /coordinate/s/<slug>/ shows the region's progress per organization."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature
from undersigned.coalitions.models import Invitation
from undersigned.organizations.services import organization_create

pytestmark = pytest.mark.django_db

URL = "/coordinate/s/rivers/"


def _invite(statement, name, country):
    organization = organization_create(name=name, country=country)
    return Invitation.objects.create(
        statement=statement, organization=organization, expires_at=timezone.now() + timedelta(days=30)
    )


@pytest.fixture
def progress(coalition):
    _invite(coalition, "Inn Valley Environmental Forum", "AT")
    declined = _invite(coalition, "Mur River Friends Graz", "AT")
    declined.declined_at = timezone.now()
    declined.save()
    make_signature(
        coalition,
        kind="organization",
        organization_name="Elbe Riverside Citizens' Union",
        country="DE",
        status="pending",
    )
    make_signature(coalition, kind="organization", organization_name="Weser Canoe Club", country="DE")
    make_signature(
        coalition, kind="organization", organization_name="Seine Citizens' Observatory", country="FR"
    )
    return coalition


def _count(response, key):
    html = response.content.decode()
    return int(html.split(f'id="count-{key}">')[1].split("<")[0])


def test_a_coordinator_sees_their_regions_progress(client, bob, bob_coordinates, progress):
    client.force_login(bob)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your region: DACH" in html
    assert [_count(response, key) for key in ("invited", "pending", "confirmed", "declined")] == [1, 1, 1, 1]
    assert "Weser Canoe Club" in html
    assert "Seine Citizens" not in html


def test_another_coordinator_sees_only_their_own_region(client, dora, dora_coordinates, progress):
    client.force_login(dora)
    html = client.get(URL).content.decode()
    assert "Seine Citizens" in html
    assert "Weser Canoe Club" not in html


def test_the_owner_sees_every_region(client, alice, progress):
    client.force_login(alice)
    response = client.get(URL)
    assert _count(response, "confirmed") == 2
    assert "You see every region" in response.content.decode()


def test_an_outsider_is_refused(client, charlie, progress):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_an_unknown_statement_is_not_found(client, alice):
    client.force_login(alice)
    assert client.get("/coordinate/s/nope/").status_code == 404


def test_it_rejects_post(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.post(URL).status_code == 405


def test_the_home_page_lists_what_the_user_coordinates(client, bob, bob_coordinates):
    client.force_login(bob)
    html = client.get("/manage/").content.decode()
    assert "Clean rivers" in html and "coordinator for DACH" in html


def test_withdrawn_and_rejected_sign_ons_are_counted_apart_from_declined_invitations(client, alice, progress):
    make_signature(
        progress, kind="organization", organization_name="Isar Rowers", country="DE", status="withdrawn"
    )
    make_signature(
        progress, kind="organization", organization_name="Lech Anglers", country="DE", status="rejected"
    )
    client.force_login(alice)
    response = client.get(URL)
    counts = [_count(response, key) for key in ("declined", "withdrawn", "rejected")]
    assert counts == [1, 1, 1]


def test_the_table_can_be_searched(client, alice, progress):
    client.force_login(alice)
    html = client.get(URL + "?q=weser").content.decode()
    assert "Weser Canoe Club" in html
    assert "Seine Citizens" not in html
    assert "1 of 5 match." in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("state=invited", "Inn Valley Environmental Forum", "Weser Canoe Club"),
        ("country=FR", "Seine Citizens", "Weser Canoe Club"),
        ("kind=individual", "Grace Liu", "Weser Canoe Club"),
        ("source=invitation", "Inn Valley Environmental Forum", "Weser Canoe Club"),
    ],
)
def test_the_table_can_be_filtered(client, alice, progress, query, shown, hidden):
    make_signature(progress, person_name="Grace Liu", country="FR")
    client.force_login(alice)
    html = client.get(f"{URL}?{query}").content.decode()
    table = html.split("<tbody>")[1].split("</tbody>")[0]
    assert shown in table
    assert hidden not in table


def test_an_unknown_filter_value_is_ignored_not_a_500(client, alice, progress):
    client.force_login(alice)
    response = client.get(URL + "?state=bogus&country=ZZ&page=x")
    assert response.status_code == 200
    assert "Weser Canoe Club" in response.content.decode()


def test_a_long_table_is_paged_keeping_the_filters(client, alice, coalition, settings):
    for n in range(55):
        make_signature(coalition, person_name=f"Signer {n:02}", country="DE")
    client.force_login(alice)
    first = client.get(URL + "?country=DE").content.decode()
    assert first.count('<tr class="progress-') == 50
    assert 'href="?country=DE&amp;page=2"' in first
    second = client.get(URL + "?country=DE&page=2").content.decode()
    assert second.count('<tr class="progress-') == 5
    assert "Page 2 of 2" in second


def test_the_desk_says_what_is_private_and_who_sees_it(client, bob, bob_coordinates):
    client.force_login(bob)
    html = client.get("/coordinate/s/rivers/").content.decode()
    assert "Private here: email addresses, and sign-ons not on the public list" in html
    assert "its coordinators (each for their own countries)" in html
