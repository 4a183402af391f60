"""Roles: "Role of Org" where the organisation is named by an acronym, a web address or "the ..."."""

import pytest

from undersigned.lists import orgs, roles


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        ("President of KLMN", "President", "KLMN"),
        ("Chairman of QRT UK", "Chairman", "QRT UK"),
        ("Spokesman of LakeTools.de", "Spokesman", "LakeTools.de"),
        ("President of the Lakeside Boatbuilders Guild", "President", "Lakeside Boatbuilders Guild"),
    ],
)
def test_a_role_of_a_named_organisation_splits(text, title, org):
    assert roles.split_role(text, orgs.looks_like_org) == (title, org)


def test_a_field_of_study_stays_in_the_title():
    assert roles.split_role("Professor of History", orgs.looks_like_org) is None


def test_an_honour_with_a_year_is_no_role_and_no_employer():
    assert roles.is_honour("Premio Lago Azul 2011 (Riverside Award)")
    assert roles.is_honour("Premio Nobel 1999")
    assert not roles.is_honour("Prize Foundation of Ohio")
