"""/manage/s/<slug>/recipients/csv/: recipients from a pasted or uploaded CSV, reviewed row by row first."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.delivery.factories import make_recipient
from tests.factories import make_statement
from undersigned.audit.models import AuditEntry
from undersigned.delivery.models import Recipient

pytestmark = pytest.mark.django_db

URL = "/manage/s/clean-rivers/recipients/csv/"
CSV = (
    "name,email,role,kind\n"
    "Anna Schmidt, Anna.Schmidt@Example.gov ,Federal Ministry for the Environment,addressee\n"
    "Tom Berg,tom@example.news,Rhine Herald,media\n"
    "No Address,not-an-address,,addressee\n"
    "Radio Team,radio@example.news,Radio One,television\n"
    "Tom Again,TOM@example.news,,media\n"
)


@pytest.fixture
def statement(alice):
    return make_statement(slug="clean-rivers", user=alice)


def test_the_review_shows_every_row_with_its_problems_and_stores_nothing(client, alice, statement):
    client.force_login(alice)
    response = client.post(URL, {"text": CSV, "step": "review"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 rows can be added." in html
    assert "3 rows have problems and will be left out; correct them in the file and review again." in html
    assert "Line 4, column “email” (“not-an-address”): Enter a valid email address." in html
    assert "Line 5, column “kind” (“television”): Write “addressee” or “media”." in html
    assert "Line 6, column “email” (“TOM@example.news”): This address appears twice in the file." in html
    assert "Add 2 recipients" in html
    assert Recipient.objects.count() == 0


def test_adding_stores_the_good_rows_with_their_role(client, alice, statement):
    client.force_login(alice)
    response = client.post(URL, {"text": CSV, "step": "import"}, follow=True)
    assert "2 recipients were added." in response.content.decode()
    anna = Recipient.objects.get(email="anna.schmidt@example.gov")
    assert (anna.kind, anna.office, anna.statement) == (
        "addressee",
        "Federal Ministry for the Environment",
        statement,
    )
    tom = Recipient.objects.get(email="tom@example.news")
    assert (tom.kind, tom.outlet) == ("media", "Rhine Herald")
    entry = AuditEntry.objects.get(action="delivery.recipients_imported")
    assert (entry.user, entry.data) == (alice, {"count": 2})


def test_an_uploaded_file_without_a_header_is_read_in_column_order(client, alice, statement):
    client.force_login(alice)
    upload = SimpleUploadedFile(
        "people.csv", "Lea Kurz;lea@example.org;Mayor;addressee\n".encode("utf-8-sig")
    )
    html = client.post(URL, {"file": upload, "step": "review"}).content.decode()
    assert "1 row can be added." in html
    assert "lea@example.org" in html


def test_an_address_already_on_the_list_is_flagged(client, alice, statement):
    make_recipient(owner=alice, statement=statement, email="tom@example.news")
    client.force_login(alice)
    html = client.post(
        URL, {"text": "Tom Berg,tom@example.news,Rhine Herald,media", "step": "review"}
    ).content.decode()
    assert "Line 1, column “email” (“tom@example.news”): This address is already on the list." in html


def test_nothing_pasted_is_refused_next_to_the_field(client, alice, statement):
    client.force_login(alice)
    response = client.post(URL, {"text": "", "step": "review"})
    assert response.status_code == 400
    assert "Paste the CSV or choose a file." in response.content.decode()


def test_a_file_that_is_not_utf8_is_refused(client, alice, statement):
    client.force_login(alice)
    upload = SimpleUploadedFile("people.csv", "Zoë,zoe@example.org\n".encode("utf-16"))
    response = client.post(URL, {"file": upload, "step": "review"})
    assert response.status_code == 400
    assert "This file is not UTF-8 text." in response.content.decode()


def test_an_outsider_cannot_add_recipients(client, charlie, statement):
    client.force_login(charlie)
    assert client.post(URL, {"text": CSV, "step": "import"}).status_code == 403
    assert Recipient.objects.count() == 0


def test_it_rejects_other_methods(client, alice, statement):
    client.force_login(alice)
    assert client.put(URL).status_code == 405


def test_a_list_longer_than_one_import_takes_is_refused_with_advice(client, alice, statement):
    client.force_login(alice)
    text = "name,email\n" + "".join(f"Person {n},p{n}@example.org\n" for n in range(1001))
    response = client.post(URL, {"text": text, "step": "review"})
    assert response.status_code == 400
    assert (
        "This list has 1,002 lines; at most 1,000 recipients can be added at once. "
        "Split it into parts and add them one after another."
    ) in response.content.decode()
    assert Recipient.objects.count() == 0
