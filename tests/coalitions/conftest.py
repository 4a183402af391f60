"""A coalition: Alice owns the statement, Bob coordinates Germany and Austria, Dora coordinates France."""

import pytest

from tests.factories import make_statement
from undersigned.coalitions.models import Coordinator


@pytest.fixture
def coalition(alice):
    return make_statement(slug="rivers", title="Clean rivers", user=alice, country_order="DE, AT, FR")


@pytest.fixture
def bob_coordinates(coalition, bob):
    return Coordinator.objects.create(user=bob, statement=coalition, countries="DE, AT", region_name="DACH")


@pytest.fixture
def dora(django_user_model):
    return django_user_model.objects.create_user("dora", "dora@example.org", "dora-password")


@pytest.fixture
def dora_coordinates(coalition, dora):
    return Coordinator.objects.create(user=dora, statement=coalition, countries="FR")
