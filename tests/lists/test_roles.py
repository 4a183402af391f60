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


def test_a_lower_case_role_before_of_is_the_title_and_an_article_makes_a_description():
    assert roles.split_role("baker and founder of LakeBread", orgs.looks_like_org) == (
        "baker and founder",
        "LakeBread",
    )
    assert roles.split_role("a student of law at Lakeside University", orgs.looks_like_org)[0] is None


def test_the_last_of_the_brings_the_employer_after_a_long_role():
    assert roles.split_role(
        "former Secretary of Transport and former Chairman of the Lakeside Ferry Company", orgs.looks_like_org
    ) == ("former Secretary of Transport and former Chairman", "Lakeside Ferry Company")


def test_a_role_in_capitals_glued_to_a_company_splits():
    assert roles.split_role("CEO Lakeware", orgs.looks_like_org) == ("CEO", "Lakeware")
    assert roles.split_role("ACME Trust", orgs.looks_like_org) is None
