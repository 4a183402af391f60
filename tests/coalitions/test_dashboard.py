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
