"""The owner reads everything that happened at /manage/s/<slug>/audit/ (audit.views.audit_trail)."""

import pytest

from tests.factories import make_signature
from undersigned.audit.views import PAGE_SIZE
from undersigned.organizations.services import organization_create, organization_update

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/audit/"


def test_the_owner_sees_coordinators_sign_ons_and_organizations(client, alice, bob, bob_coordinates):
    client.force_login(bob)
    client.post(
        "/coordinate/s/rivers/sign-ons/new/",
        {
            "kind": "organization",
            "organization_name": "Weser Canoe Club",
            "representative_name": "Anke Vogel",
            "country": "DE",
            "consent_display": "on",
        },
    )
    from undersigned.organizations.models import Organization

    organization_update(organization=Organization.objects.get(), city="Bremen", user=alice)
    organization_create(name="Unrelated Society", country="DE")
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "signature.created" in html
    assert "organization.created" in html and "organization.edited" in html
    assert "Weser Canoe Club" in html
    assert "Unrelated Society" not in html


def test_a_coordinator_cannot_read_the_audit_trail(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.get(URL).status_code == 403


def test_it_rejects_post(client, alice, coalition):
    client.force_login(alice)
    assert client.post(URL).status_code == 405


def test_an_anonymous_visitor_is_sent_to_log_in(client, coalition):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/manage/s/rivers/audit/"


def test_an_unknown_statement_is_404(client, alice):
    client.force_login(alice)
    assert client.get("/manage/s/no-such-statement/audit/").status_code == 404


def test_a_long_trail_is_read_a_page_at_a_time_newest_first(client, alice, coalition):
    for n in range(PAGE_SIZE + 5):
        coalition.log_action("statement.test_entry", user=alice, data={"n": n})
    client.force_login(alice)
    first = client.get(URL).content.decode()
    assert ">n: 104<" in first and ">n: 5<" in first and ">n: 4<" not in first
    assert first.index(">n: 104<") < first.index(">n: 5<")
    assert "Page 1 of 2" in first
    second = client.get(URL + "?page=2").content.decode()
    assert ">n: 4<" in second and ">n: 0<" in second and ">n: 5<" not in second
    assert "Page 2 of 2" in second


def test_an_entry_about_a_deleted_signature_keeps_its_type_and_id(client, alice, coalition):
    signature = make_signature(coalition, person_name="Gone Person")
    signature.log_action("signature.test_entry", user=alice)
    pk = signature.pk
    signature.delete()
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "signature.test_entry" in html
    assert f'signatures.signature <span class="meta">#{pk}</span>' in html
    assert "Gone Person" not in html


def test_a_changed_field_reads_with_its_value_before_and_after(
    client, alice, bob, bob_coordinates, coalition
):
    signature = make_signature(coalition, kind="organization", organization_name="Isar Rowers", country="DE")
    client.force_login(bob)
    client.post(
        f"/coordinate/s/rivers/sign-ons/{signature.pk}/",
        {"organization_name": "Isar Rowing Club", "city": "Munich", "country": "DE", "consent_display": "on"},
    )
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "organization: “Isar Rowers” → “Isar Rowing Club”" in html
    assert "city: “—” → “Munich”" in html
    assert "fields: [" not in html


def test_a_proposal_names_the_fields_it_would_change(client, alice, coalition):
    from undersigned.signatures.services import signature_create, signature_withdraw

    signature = make_signature(coalition, person_name="Jonas Weber", country="DE", email="jonas@example.de")
    signature_withdraw(signature=signature)
    signature_create(statement=coalition, email="jonas@example.de", kind="individual", person_name="J. Weber",
                     country="AT", consent_display=True)  # fmt: skip
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "signature.signed_again" in html
    assert "proposed: country, name" in html
