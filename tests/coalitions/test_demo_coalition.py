"""The demo campaign is run by three regional coordinators, with umbrella bodies heading each country."""

import pytest

from undersigned.coalitions.models import Coordinator, Invitation
from undersigned.demo.services import demo_load
from undersigned.signatures.selectors import signatory_iter
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db


def test_the_demo_has_three_regional_coordinators_with_open_invitations():
    demo_load()
    assert sorted(Coordinator.objects.values_list("region_name", flat=True)) == [
        "Central Europe",
        "Eastern Europe",
        "Western Europe",
    ]
    assert Invitation.objects.count() == 3


def test_each_country_group_opens_with_its_verified_umbrella_body():
    demo_load()
    rows = list(signatory_iter(Statement.objects.get()))
    first = rows[0]
    assert first.country == "DE" and first.verified
    assert (
        first.listed_line
        == "Federation of River Associations in Germany, Berlin – Sabine Krüger, Chair (verified)"
    )
