"""Organization names are compared after folding case, accents, punctuation and legal forms."""

import pytest

from undersigned.organizations.dedup import organization_key, similar_organizations
from undersigned.organizations.models import Organization
from undersigned.organizations.selectors import organization_similar
from undersigned.organizations.services import organization_create


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Friends of the Spree e.V.", "friends spree"),
        ("  Société des Amis de la Loire, ASBL ", "societe amis loire"),
        ("ELBE  Riverside Citizens' Union", "elbe riverside citizens union"),
        ("The", "the"),  # nothing but filler: keep the words rather than an empty key
        ("", ""),
    ],
)
def test_the_key_ignores_case_accents_punctuation_and_legal_forms(name, key):
    assert organization_key(name) == key


def _orgs(*names):
    return [Organization(pk=index + 1, name=name, short_name="") for index, name in enumerate(names)]


def test_it_offers_a_near_match_regardless_of_word_order():
    candidates = _orgs("Union of River Communities Austria", "Vienna Urban Waters Collective")
    matches = similar_organizations("Austria River Communities Union", candidates)
    assert [m.organization.name for m in matches] == ["Union of River Communities Austria"]


def test_it_does_not_offer_a_different_organization():
    assert similar_organizations("Mur River Friends Graz", _orgs("Vienna Urban Waters Collective")) == []


def test_a_short_name_is_a_match_too():
    candidates = [Organization(pk=1, name="Bund für Umwelt und Naturschutz", short_name="BUND")]
    assert [m.organization.pk for m in similar_organizations("BUND", candidates)] == [1]


@pytest.mark.django_db
def test_only_records_in_the_same_country_are_offered():
    organization_create(name="Friends of the Elbe", country="DE")
    organization_create(name="Friends of the Elbe", country="CZ")
    matches = organization_similar(name="Friends of Elbe", country="CZ")
    assert [m.organization.country for m in matches] == ["CZ"]
