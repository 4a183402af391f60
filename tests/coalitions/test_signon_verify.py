"""A coordinator marks an organization's representative as verified; the public list shows it."""

import pytest

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def union(coalition):
    return make_signature(
        coalition,
        kind="organization",
        organization_name="Union of River Communities",
        representative_name="Maria Hofer",
        title="Chair",
        country="AT",
    )


def _url(signature):
    return f"/coordinate/s/rivers/sign-ons/{signature.pk}/verify/"


def test_the_list_shows_a_verified_organization_distinctly(client, bob, bob_coordinates, union):
    client.force_login(bob)
    assert client.post(_url(union), {"note": "Called Maria"}).status_code == 302
    union.refresh_from_db()
    assert union.verified is True
    entry = AuditEntry.objects.get(action="signature.verified")
    assert (entry.user, entry.data) == (bob, {"note": "Called Maria"})
    text = b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()
    assert "1. Union of River Communities – Maria Hofer, Chair (verified)" in text
    assert (
        'class="marks is-verified">(verified)</span>' in client.get("/s/rivers/signatories/").content.decode()
    )


def test_the_mark_can_be_removed(client, bob, bob_coordinates, union):
    client.force_login(bob)
    client.post(_url(union))
    client.post(_url(union), {"verified": "0"})
    union.refresh_from_db()
    assert union.verified is False
    assert AuditEntry.objects.filter(action="signature.unverified").exists()


def test_another_regions_sign_on_is_not_found(client, dora, dora_coordinates, union):
    client.force_login(dora)
    assert client.post(_url(union)).status_code == 404


def test_it_rejects_get(client, bob, bob_coordinates, union):
    client.force_login(bob)
    assert client.get(_url(union)).status_code == 405
