"""/manage/s/<slug>/import/: paste or upload, review every row, then import; nothing is stored before."""

import io
import re

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

DOCUMENT = """\
JOINT STATEMENT ON COASTAL WETLANDS

We call on the governments of the region to halt new drainage permits.

Signed by:

1. Federation of Wetland Friends in Portugal
2. Green Delta Union of Austria- Maria Hofer
3. Kenya Mangrove Network
4. Kenya Mangrove Network

SOURCE Wetlands Coalition
"""


def start_url(statement):
    return f"/manage/s/{statement.slug}/import/"


def review_post(html: str, **changes) -> dict:
    """The review form as the browser would submit it, with some fields changed."""
    data = {}
    for name, value in re.findall(
        r'<input[^>]*name="(form-[^"]+|csrfmiddlewaretoken)"[^>]*value="([^"]*)"', html
    ):
        data[name] = value.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    for name in re.findall(r'<input type="checkbox" name="(form-\d+-include)"[^>]*checked', html):
        data[name] = "on"
    for name, options in re.findall(r'<select name="(form-\d+-\w+)"[^>]*>(.*?)</select>', html, re.S):
        if chosen := re.search(r'<option value="([^"]*)" selected', options):
            data[name] = chosen.group(1)
    for key in ["form-TOTAL_FORMS", "form-INITIAL_FORMS", "form-MIN_NUM_FORMS", "form-MAX_NUM_FORMS"]:
        data[key] = re.search(rf'name="{key}" value="(\d+)"', html).group(1)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


@pytest.fixture
def owner_client(client, alice, statement):
    statement.owner = alice
    statement.save()
    client.force_login(alice)
    return client


def test_pasting_a_document_shows_the_parsed_rows_and_stores_nothing(owner_client, statement):
    response = owner_client.post(start_url(statement), {"text": DOCUMENT})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Federation of Wetland Friends in Portugal"' in html
    assert 'value="Maria Hofer"' in html
    assert "Same as row 3." in html
    assert Signature.objects.count() == 0


def test_importing_the_reviewed_rows_stores_confirmed_signatures_from_import(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = owner_client.post(f"{start_url(statement)}confirm/", review_post(html))
    assert response.status_code == 302
    assert response["Location"] == f"/manage/s/{statement.slug}/"
    lines = sorted(s.display_line() for s in Signature.objects.all())
    assert lines == [
        "Federation of Wetland Friends in Portugal",
        "Green Delta Union of Austria – Maria Hofer",
        "Kenya Mangrove Network",
    ]
    assert set(Signature.objects.values_list("status", "source")) == {("confirmed", "import")}
    assert Signature.objects.get(organization_name__startswith="Federation").country == "PT"
    statement.refresh_from_db()
    assert statement.confirmed_count == 3
    assert AuditEntry.objects.filter(action="signature.created", via="import").count() == 3


def test_the_reviewer_corrects_a_field_before_importing(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    owner_client.post(f"{start_url(statement)}confirm/", review_post(html, **{"form-2-country": "Kenya"}))
    assert Signature.objects.get(organization_name="Kenya Mangrove Network").country == "KE"


def test_an_unticked_row_is_not_imported(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    owner_client.post(f"{start_url(statement)}confirm/", review_post(html, **{"form-0-include": None}))
    assert not Signature.objects.filter(organization_name__contains="Portugal").exists()


def test_importing_the_same_text_twice_adds_nothing_the_second_time(owner_client, statement):
    counts = []
    for _ in range(2):
        html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
        owner_client.post(f"{start_url(statement)}confirm/", review_post(html, **{"form-3-include": "on"}))
        counts.append(Signature.objects.count())
    assert counts == [3, 3]


def test_rows_already_stored_are_flagged_and_unticked(owner_client, statement):
    make_signature(statement, kind="organization", organization_name="Kenya Mangrove Network", country="KE")
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    assert "Already on this statement: Kenya Mangrove Network" in html
    assert not re.search(r'name="form-2-include"[^>]*checked', html)


def test_a_near_match_of_a_stored_signature_is_flagged(owner_client, statement):
    make_signature(
        statement, kind="organization", organization_name="Federation of Wetland Friend in Portugal"
    )
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    assert "Probably already on this statement: Federation of Wetland Friend in Portugal" in html


def test_a_bad_correction_is_shown_next_to_its_field_and_nothing_is_stored(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = owner_client.post(
        f"{start_url(statement)}confirm/",
        review_post(html, **{"form-0-country": "Atlantis", "form-1-organization": "<b>Bold</b>"}),
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Unknown country “Atlantis”: use a name or a two-letter code." in page
    assert "Please use plain text" in page
    assert Signature.objects.count() == 0


def test_an_organization_row_needs_a_name(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = owner_client.post(
        f"{start_url(statement)}confirm/", review_post(html, **{"form-0-organization": ""})
    )
    assert "Please give the name of the organization." in response.content.decode()


def test_a_long_name_with_an_honorific_is_a_field_error_not_a_server_error(owner_client, statement):
    """An organization's representative is stored with the honorific in front: 6 + 195 characters do
    not fit the 200 of the column. This was a 500 on confirm; now the row says so and nothing is stored."""
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = owner_client.post(
        f"{start_url(statement)}confirm/",
        review_post(html, **{"form-1-honorific": "Prof.", "form-1-person": "M" * 195}),
    )
    assert response.status_code == 400
    assert (
        "With the honorific, this name has 201 characters; at most 200 fit. "
        "Shorten the name or leave out the honorific."
    ) in response.content.decode()
    assert Signature.objects.count() == 0


def test_a_person_row_needs_a_name(owner_client, statement):
    html = owner_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = owner_client.post(
        f"{start_url(statement)}confirm/",
        review_post(html, **{"form-0-kind": "individual", "form-0-person": ""}),
    )
    assert response.status_code == 400
    assert "Please give the person&#x27;s name." in response.content.decode()


def test_a_docx_upload_is_read(owner_client, statement):
    document = docx.Document()
    for line in DOCUMENT.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("list.docx", buffer.getvalue())
    html = owner_client.post(start_url(statement), {"file": upload}).content.decode()
    assert 'value="Kenya Mangrove Network"' in html


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"text": ""}, "Paste a text or choose a file."),
        (
            {"text": "Just a sentence with no list in it at all."},
            "No list of signatories was found in this text.",
        ),
        ({"file": SimpleUploadedFile("list.pdf", b"%PDF-1.4")}, "unsupported file type"),
        ({"file": SimpleUploadedFile("list.docx", b"not a zip")}, "not a readable .docx file"),
        ({"file": SimpleUploadedFile("list.txt", b"")}, "The submitted file is empty."),
    ],
)
def test_bad_input_gets_a_clear_message(owner_client, statement, payload, message):
    response = owner_client.post(start_url(statement), payload)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_outsiders_cannot_import(client, charlie, statement):
    client.force_login(charlie)
    assert client.get(start_url(statement)).status_code == 403
    assert client.post(f"{start_url(statement)}confirm/", {}).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, statement):
    response = client.get(start_url(statement))
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={start_url(statement)}"


def test_confirm_rejects_get(owner_client, statement):
    assert owner_client.get(f"{start_url(statement)}confirm/").status_code == 405


@pytest.fixture
def coordinator_client(client, bob, statement):
    from undersigned.coalitions.models import Coordinator

    Coordinator.objects.create(statement=statement, user=bob, countries="PT,ES")
    client.force_login(bob)
    return client


def test_a_coordinator_imports_their_regions_sign_ons_as_pending(coordinator_client, statement):
    html = coordinator_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    assert "Rows must be in your region (PT, ES)." in html
    data = review_post(html, **{f"form-{i}-include": None for i in (1, 2, 3)})
    response = coordinator_client.post(f"{start_url(statement)}confirm/", data)
    assert response["Location"] == f"/coordinate/s/{statement.slug}/"
    signature = Signature.objects.get()
    assert (signature.organization_name, signature.status, signature.source) == (
        "Federation of Wetland Friends in Portugal",
        "pending",
        "coordinator",
    )


def test_a_coordinator_cannot_import_rows_outside_their_region(coordinator_client, statement):
    html = coordinator_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    response = coordinator_client.post(f"{start_url(statement)}confirm/", review_post(html))
    assert response.status_code == 400
    assert (
        "Your region is PT, ES: give one of these countries or untick the row." in response.content.decode()
    )
    assert Signature.objects.count() == 0


def test_a_coordinator_is_not_shown_another_regions_sign_on(coordinator_client, statement):
    """A row matching a sign-on outside the coordinator's region is still skipped, without its details."""
    make_signature(
        statement, kind="organization", organization_name="Kenya Mangrove Network", city="Mombasa",
        country="KE", status="pending",
    )  # fmt: skip
    html = coordinator_client.post(start_url(statement), {"text": DOCUMENT}).content.decode()
    assert "Already on this statement: a sign-on outside your region" in html
    assert "Mombasa" not in html
    assert not re.search(r'name="form-2-include"[^>]*checked', html)
