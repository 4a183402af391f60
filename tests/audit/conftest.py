"""Alice owns the statement whose trail is read; Bob coordinates Germany and Austria on it."""

import pytest

from tests.factories import make_statement
from undersigned.coalitions.models import Coordinator


@pytest.fixture
def coalition(alice):
    return make_statement(slug="rivers", title="Clean rivers", user=alice, country_order="DE, AT, FR")


@pytest.fixture
def bob_coordinates(coalition, bob):
    return Coordinator.objects.create(user=bob, statement=coalition, countries="DE, AT", region_name="DACH")
