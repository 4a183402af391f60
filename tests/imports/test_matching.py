"""Parsed rows are compared with the statement's stored signatures by name, distinctive words first."""

import pytest

from tests.factories import make_signature
from undersigned.imports.matching import StoredSignatories, identity

pytestmark = pytest.mark.django_db


def stored_match(statement, name):
    return StoredSignatories(statement).probable_match(identity(organization=name, person=None))


def test_a_short_form_of_a_stored_name_is_probably_the_same(statement):
    make_signature(statement, kind="organization", organization_name="Amnesty International")
    assert stored_match(statement, "Amnesty Intl.").organization_name == "Amnesty International"


def test_a_stored_name_that_differs_in_a_place_is_another_organization(statement):
    make_signature(
        statement,
        kind="organization",
        organization_name="Manisa Branch of the Teachers' Solidarity and Culture Association",
    )
    assert (
        stored_match(statement, "Samsun Branch of the Teachers' Solidarity and Culture Association") is None
    )
