"""Marking an organization as an umbrella body reorders every list it is on, so cached exports renew."""

import pytest

from tests.factories import make_signature
from undersigned.organizations.services import organization_create, organization_update

pytestmark = pytest.mark.django_db


def test_making_an_organization_an_umbrella_bumps_the_list_revision(statement):
    council = organization_create(name="Council of River Associations", country="AT")
    make_signature(
        statement, kind="organization", organization_name=council.name, country="AT", organization=council
    )
    statement.refresh_from_db()
    before = statement.list_revision
    organization_update(organization=council, is_umbrella=True)
    statement.refresh_from_db()
    assert statement.list_revision == before + 1


def test_naming_a_parent_bumps_the_parents_lists(statement):
    council = organization_create(name="Council of River Associations", country="AT")
    make_signature(
        statement, kind="organization", organization_name=council.name, country="AT", organization=council
    )
    statement.refresh_from_db()
    before = statement.list_revision
    organization_create(name="Salzach Fishers", country="AT", parent=council)
    statement.refresh_from_db()
    assert statement.list_revision == before + 1
