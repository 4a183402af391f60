"""A coordinator corrects a sign-on of their region; the change is recorded."""

import pytest

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def union(coalition):
    return make_signature(
        coalition,
        kind="organization",
        organization_name="Union of River Comunities",
        representative_name="Maria Hofer",
        country="AT",
    )


def _url(signature):
    return f"/coordinate/s/rivers/sign-ons/{signature.pk}/"


def _form(signature, **changes):
    data = {
        name: getattr(signature, name)
        for name in (
            "organization_name",
            "representative_name",
            "honorific",
            "person_name",
            "title",
            "city",
            "region",
            "country",
        )
    }
    data["consent_display"] = "on"
    data.update(changes)
    return data


def test_a_coordinator_corrects_a_name(client, bob, bob_coordinates, union):
    client.force_login(bob)
    assert client.get(_url(union)).status_code == 200
    response = client.post(_url(union), _form(union, organization_name="Union of River Communities"))
    assert response.status_code == 302
    union.refresh_from_db()
    assert union.organization_name == "Union of River Communities"
    entry = AuditEntry.objects.get(action="signature.edited")
    assert (entry.user, entry.via) == (bob, "coordinator")
    assert entry.data == {
        "fields": ["organization_name"],
        "changes": {
            "organization_name": {
                "before": "Union of River Comunities",
                "after": "Union of River Communities",
            }
        },
    }


def test_a_sign_on_cannot_be_moved_to_another_region(client, bob, bob_coordinates, union):
    client.force_login(bob)
    response = client.post(_url(union), _form(union, country="FR"))
    assert response.status_code == 400
    union.refresh_from_db()
    assert union.country == "AT"


def test_markup_is_refused_next_to_the_field(client, bob, bob_coordinates, union):
    client.force_login(bob)
    response = client.post(_url(union), _form(union, city="<b>Graz</b>"))
    assert response.status_code == 400
    assert "Please use plain text: &lt; &gt; { } and code are not allowed here." in response.content.decode()


def test_another_regions_sign_on_is_not_found(client, dora, dora_coordinates, union):
    client.force_login(dora)
    assert client.get(_url(union)).status_code == 404


def test_a_coordinator_withdraws_a_sign_on_at_the_signers_request(
    client, bob, bob_coordinates, union, coalition
):
    client.force_login(bob)
    assert client.get(f"{_url(union)}withdraw/").status_code == 405
    client.post(f"{_url(union)}withdraw/")
    union.refresh_from_db()
    assert union.status == "withdrawn"
    assert AuditEntry.objects.get(action="signature.withdrawn").via == "coordinator"
