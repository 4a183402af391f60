"""The back office: search, filters, counts per statement, bulk confirm/reject, CSV export."""

import csv
import io

import pytest

from tests.factories import make_signature
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/signatures/signature/"


def test_the_statement_list_shows_pending_and_confirmed_counts(client, alice, statement):
    make_signature(statement)
    make_signature(statement, status="pending")
    make_signature(statement, status="pending")
    client.force_login(alice)
    html = client.get("/admin/statements/statement/").content.decode()
    assert '<td class="field-pending_count">2</td>' in html
    assert '<td class="field-confirmed_count_display">1</td>' in html


def test_the_back_office_searches_and_filters_signatures(client, alice, statement):
    make_signature(statement, person_name="Maria Hofer", country="AT")
    make_signature(statement, person_name="Jonas Weber", country="DE", status="pending")
    client.force_login(alice)
    found = client.get(CHANGELIST, {"q": "hofer"}).content.decode()
    assert "Maria Hofer" in found and "Jonas Weber" not in found
    filtered = client.get(CHANGELIST, {"status__exact": "pending", "country": "DE"}).content.decode()
    assert "Jonas Weber" in filtered and "Maria Hofer" not in filtered


def test_bulk_confirm_confirms_and_recounts(client, alice, statement):
    pending = [make_signature(statement, status="pending") for _ in range(3)]
    client.force_login(alice)
    client.post(CHANGELIST, {"action": "confirm_selected", "_selected_action": [s.pk for s in pending]})
    assert set(Signature.objects.values_list("status", flat=True)) == {"confirmed"}
    statement.refresh_from_db()
    assert statement.confirmed_count == 3


def test_bulk_reject_removes_signatures_from_the_count(client, alice, statement):
    confirmed = make_signature(statement)
    client.force_login(alice)
    client.post(CHANGELIST, {"action": "reject_selected", "_selected_action": [confirmed.pk]})
    confirmed.refresh_from_db()
    statement.refresh_from_db()
    assert confirmed.status == "rejected"
    assert statement.confirmed_count == 0


def test_the_csv_export_escapes_formulas(client, alice, statement):
    make_signature(statement, person_name='=HYPERLINK("http://evil")', email="x@example.org")
    client.force_login(alice)
    response = client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": list(Signature.objects.values_list("pk", flat=True))},
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows[0]["person_name [public]"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["email [private]"] == "x@example.org"


def test_the_csv_export_marks_which_columns_are_public(client, alice, statement):
    make_signature(statement)
    client.force_login(alice)
    response = client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": list(Signature.objects.values_list("pk", flat=True))},
    )
    header = next(csv.reader(io.StringIO(response.content.decode())))
    assert {"person_name [public]", "city [public]", "country [public]"} <= set(header)
    assert {"email [private]", "status [private]", "consent_display [private]"} <= set(header)
    assert len(header) == len({name.split(" [")[0] for name in header})


def test_the_list_page_says_who_sees_what(client, alice, statement):
    client.force_login(alice)
    page = client.get(CHANGELIST).content.decode()
    assert "Everything else here is private (email address, status, dates" in page
    assert "coordinators (each for their own countries)" in page


def test_outsiders_cannot_reach_the_back_office(client, charlie, bob, statement):
    """Accounts without staff status (coordinators have none) are sent to the back office's own login."""
    signature = make_signature(statement, person_name="Maria Hofer")
    for user in [charlie, bob]:
        client.force_login(user)
        for url in ["/admin/", CHANGELIST, f"{CHANGELIST}{signature.pk}/change/"]:
            response = client.get(url)
            assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={url}")
        html = client.get(CHANGELIST, follow=True).content.decode()
        assert "Maria Hofer" not in html
        assert (
            f"You are authenticated as {user.username}, but are not authorized to access this page." in html
        )


def test_the_admin_edits_the_text_by_adding_a_version(client, alice, statement):
    client.force_login(alice)
    response = client.post(
        f"/admin/statements/statement/{statement.pk}/change/",
        {
            "title": statement.title,
            "slug": statement.slug,
            "language": "en",
            "status": "open",
            "signers": "both",
            "country_order": "",
            "owner": "",
            "text": "An amended text.",
            "versions-TOTAL_FORMS": "1",
            "versions-INITIAL_FORMS": "1",
            "versions-MIN_NUM_FORMS": "0",
            "versions-MAX_NUM_FORMS": "1000",
            "versions-0-id": statement.current_version.pk,
            "versions-0-statement": statement.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [v.number for v in statement.versions.all()] == [2, 1]
    statement.refresh_from_db()  # the admin added the version through an instance of its own
    assert statement.current_version.text == "An amended text."


def test_an_edit_in_the_back_office_is_logged_with_its_values_before_and_after(alice, statement):
    from undersigned.audit.models import AuditEntry
    from undersigned.signatures.services import signature_save_edited

    signature = make_signature(statement, person_name="Grace Lu", email="grace@example.org")
    signature.person_name, signature.email = "Grace Liu", "grace.liu@example.org"
    signature_save_edited(signature=signature, created=False, changed=["person_name", "email"], user=alice)
    entry = AuditEntry.objects.get(action="signature.edited")
    assert entry.data == {
        "fields": ["email", "person_name"],
        "changes": {"person_name": {"before": "Grace Lu", "after": "Grace Liu"}},
    }
