"""Who may coordinate a statement: its owner sees everything, a coordinator only their countries."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from tests.factories import make_signature
from undersigned.coalitions.access import coordination_or_403, region_signature_or_404

pytestmark = pytest.mark.django_db


def test_the_owner_is_not_limited_to_a_region(coalition, alice):
    coordination = coordination_or_403(alice, "rivers")
    assert coordination.is_owner and coordination.countries is None


def test_a_coordinator_sees_only_their_countries(coalition, bob, bob_coordinates):
    make_signature(coalition, country="DE")
    make_signature(coalition, country="AT")
    make_signature(coalition, country="FR")
    coordination = coordination_or_403(bob, "rivers")
    assert sorted(coordination.signatures().values_list("country", flat=True)) == ["AT", "DE"]


def test_another_regions_sign_on_does_not_exist_for_a_coordinator(coalition, bob, bob_coordinates):
    french = make_signature(coalition, country="FR")
    with pytest.raises(Http404):
        region_signature_or_404(coordination_or_403(bob, "rivers"), french.pk)


def test_an_outsider_is_refused(coalition, charlie):
    with pytest.raises(PermissionDenied):
        coordination_or_403(charlie, "rivers")


def test_an_anonymous_visitor_is_refused(coalition):
    with pytest.raises(PermissionDenied):
        coordination_or_403(AnonymousUser(), "rivers")


def test_a_coordinator_of_another_statement_is_refused(coalition, bob, bob_coordinates):
    from tests.factories import make_statement

    make_statement(slug="other")
    with pytest.raises(PermissionDenied):
        coordination_or_403(bob, "other")


def test_an_unknown_statement_is_not_found(alice):
    with pytest.raises(Http404):
        coordination_or_403(alice, "nope")
