"""Revoking an invitation and recording that the organization declined (POST only, own region only)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from undersigned.coalitions.models import Invitation
from undersigned.organizations.services import organization_create

pytestmark = pytest.mark.django_db


def _invite(statement, country):
    organization = organization_create(name=f"Union {country}", country=country)
    return Invitation.objects.create(
        statement=statement, organization=organization, expires_at=timezone.now() + timedelta(days=30)
    )


def test_a_coordinator_revokes_an_invitation(client, bob, bob_coordinates, coalition):
    invitation = _invite(coalition, "DE")
    client.force_login(bob)
    assert client.post(f"/coordinate/s/rivers/invitations/{invitation.pk}/revoke/").status_code == 302
    invitation.refresh_from_db()
    assert invitation.state() == Invitation.State.REVOKED


def test_a_coordinator_records_that_an_organization_declined(client, bob, bob_coordinates, coalition):
    invitation = _invite(coalition, "AT")
    client.force_login(bob)
    client.post(f"/coordinate/s/rivers/invitations/{invitation.pk}/declined/")
    invitation.refresh_from_db()
    assert invitation.state() == Invitation.State.DECLINED


def test_another_regions_invitation_is_not_found(client, bob, bob_coordinates, coalition):
    invitation = _invite(coalition, "FR")
    client.force_login(bob)
    assert client.post(f"/coordinate/s/rivers/invitations/{invitation.pk}/revoke/").status_code == 404
    assert client.post(f"/coordinate/s/rivers/invitations/{invitation.pk}/declined/").status_code == 404


def test_revoking_rejects_get(client, bob, bob_coordinates, coalition):
    invitation = _invite(coalition, "DE")
    client.force_login(bob)
    assert client.get(f"/coordinate/s/rivers/invitations/{invitation.pk}/revoke/").status_code == 405
