"""Probable duplicates are flagged only when two names may really be one signatory."""

from types import SimpleNamespace

import pytest

from undersigned.lists.duplicates import find_duplicates, names_may_be_same


def entries(*organizations):
    return [
        SimpleNamespace(position=n, organization=name, person=None)
        for n, name in enumerate(organizations, start=1)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Manisa Branch of the Teachers' Solidarity and Culture Association",
            "Samsun Branch of the Teachers' Solidarity and Culture Association",
        ),
        (
            "Brookfield Riverside Residents and Allotment Holders Association",
            "Millbrook Riverside Residents and Allotment Holders Association",
        ),
        ("Network of Nurses Coalition 179", "Network of Fishers Coalition 179"),
        ("Riverside Anglers Club 12", "Riverside Anglers Club 13"),
        ("Friends of the Elbe", "Friends of the Elbe Youth"),
        ("Green Delta Union of Austria", "Green Delta Union of Australia"),
    ],
)
def test_names_that_differ_in_a_distinctive_word_are_different_signatories(first, second):
    exact, probable = find_duplicates(entries(first, second))
    assert (exact, probable) == ([], [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Amnesty International", "Amnesty Intl."),
        ("Mekong Delta Youth Network", "Mekong Delta Youth Netwrk"),
        ("Lakeside Teachers Solidarity Association", "Lakeside Teachers Solidarity Asociation"),
        ("Dhaka University, Wetland Ecology Society", "Dhaka University Wetland Ecology Society"),
        ("Riverside Anglers Club", "Riverside Anglers Club e.V."),
    ],
)
def test_a_typo_a_short_form_or_a_legal_form_still_makes_a_probable_duplicate(first, second):
    assert find_duplicates(entries(first, second))[1] == [(1, 2)]


def test_the_rule_compares_the_words_only_one_name_has():
    assert names_may_be_same("amnesty international|", "amnesty intl|")
    assert not names_may_be_same("manisa teachers association|", "samsun teachers association|")
    assert not names_may_be_same("acme trust|jane roe", "acme trust|john roe")
