"""A public sign-on for an organization whose name nearly matches one already on a list in the same
country is offered the existing record instead of creating a second one."""

import pytest

from tests.factories import make_signature
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

SIGN_ON = {
    "kind": "organization", "organization_name": "Union of River Communities Austria",
    "representative_name": "Maria Hofer", "country": "AT", "email": "office@example.at",
}  # fmt: skip


@pytest.fixture
def union(statement):
    organization = organization_create(name="Union of River Communities in Austria", country="AT")
    make_signature(statement, kind="organization", organization_name=organization.name, country="AT",
                   organization=organization, email="old@example.at")  # fmt: skip
    return organization


def test_a_near_match_is_offered_next_to_the_name(client, statement, union):
    response = client.post(f"/s/{statement.slug}/sign/", SIGN_ON)
    html = response.content.decode()
    assert response.status_code == 400
    assert "An organization with a similar name has already signed from this country." in html
    assert "Union of River Communities in Austria" in html
    assert Signature.objects.count() == 1


def test_choosing_the_existing_record_links_the_sign_on_to_it(client, statement, union):
    client.post(f"/s/{statement.slug}/sign/", {**SIGN_ON, "use_organization": str(union.pk)})
    signature = Signature.objects.get(email="office@example.at")
    assert signature.organization == union
    assert signature.organization_name == "Union of River Communities in Austria"


def test_saying_it_is_a_different_organization_keeps_the_typed_name(client, statement, union):
    client.post(f"/s/{statement.slug}/sign/", {**SIGN_ON, "use_organization": "new"})
    signature = Signature.objects.get(email="office@example.at")
    assert signature.organization is None
    assert signature.organization_name == "Union of River Communities Austria"


def test_a_match_in_another_country_is_not_offered(client, statement, union):
    response = client.post(f"/s/{statement.slug}/sign/", {**SIGN_ON, "country": "DE"}, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "An organization with a similar name" not in response.content.decode()
    signature = Signature.objects.get(email="office@example.at")
    assert (signature.organization, signature.country) == (None, "DE")


def test_an_organization_not_yet_on_any_public_list_is_not_revealed(client, statement):
    organization_create(name="Union of River Communities in Austria", country="AT")
    response = client.post(f"/s/{statement.slug}/sign/", SIGN_ON, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "Union of River Communities in Austria" not in response.content.decode()
    signature = Signature.objects.get(email="office@example.at")
    assert (signature.organization, signature.organization_name) == (
        None,
        "Union of River Communities Austria",
    )
