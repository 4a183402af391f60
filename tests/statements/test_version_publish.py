"""The owner publishes a new version at /manage/s/<slug>/versions/new/, optionally as a minor correction."""

import pytest

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/versions/new/"
NEW_TEXT = "We, the undersigned, call on the city council to **restore** weekend opening hours."


@pytest.fixture
def rivers(alice):
    return make_statement(slug="rivers", user=alice)


def test_the_form_starts_from_the_current_text(client, alice, rivers):
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    assert "call on the council to **restore**" in response.content.decode()


def test_the_owner_publishes_a_version_that_asks_for_reconfirmation(
    client, alice, rivers, run_tasks, mailoutbox
):
    make_signature(rivers, email="ada@example.org")
    client.force_login(alice)
    response = client.post(URL, {"text": NEW_TEXT, "note": "Names the city council"})
    assert response.status_code == 302
    assert response["Location"] == "/s/rivers/versions/2/"
    version = rivers.versions.get(number=2)
    assert (version.minor, version.note) == (False, "Names the city council")
    run_tasks()
    run_tasks()
    assert [m.to for m in mailoutbox] == [["ada@example.org"]]
    assert "Names the city council" in mailoutbox[0].body


def test_a_minor_correction_is_recorded_and_emails_nobody(client, alice, rivers, run_tasks, mailoutbox):
    make_signature(rivers, email="ada@example.org")
    client.force_login(alice)
    client.post(URL, {"text": NEW_TEXT, "minor": "on", "note": "Typo"})
    assert rivers.versions.get(number=2).minor is True
    assert AuditEntry.objects.filter(action="statement.version_created", data__minor=True).exists()
    run_tasks()
    assert mailoutbox == []


def test_an_unchanged_text_is_refused_next_to_the_field(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"text": rivers.current_version.text})
    assert response.status_code == 400
    assert "The text is unchanged; there is no new version to publish." in response.content.decode()
    assert rivers.versions.count() == 1


def test_an_empty_text_is_refused(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"text": ""})
    assert response.status_code == 400
    assert (
        '<ul class="errorlist" id="id_text_errors"><li>This field is required.</li></ul>'
        in response.content.decode()
    )
    assert rivers.versions.count() == 1


def test_a_coordinator_cannot_publish(client, bob, rivers):
    from undersigned.coalitions.models import Coordinator

    Coordinator.objects.create(user=bob, statement=rivers, countries="DE")
    client.force_login(bob)
    assert client.post(URL, {"text": NEW_TEXT}).status_code == 403
    assert rivers.versions.count() == 1


def test_an_outsider_cannot_publish(client, charlie, rivers):
    client.force_login(charlie)
    assert client.post(URL, {"text": NEW_TEXT}).status_code == 403
    assert rivers.versions.count() == 1


def test_it_rejects_other_methods(client, alice, rivers):
    client.force_login(alice)
    assert client.put(URL).status_code == 405
