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


def _preview(client, data):
    return client.post(URL, {**data, "step": "preview"})


def _publish(client, data):
    """As the owner does it: preview first, then publish what was previewed."""
    previewed = _preview(client, data).context["form"].data["previewed"]
    return client.post(URL, {**data, "step": "publish", "previewed": previewed})


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
    response = _publish(client, {"text": NEW_TEXT, "note": "Names the city council"})
    assert response.status_code == 302
    assert response["Location"] == "/manage/s/rivers/versions/2/sending/"
    version = rivers.versions.get(number=2)
    assert (version.minor, version.note) == (False, "Names the city council")
    run_tasks()
    run_tasks()
    assert [m.to for m in mailoutbox] == [["ada@example.org"]]
    assert "Names the city council" in mailoutbox[0].body


def test_a_minor_correction_is_recorded_and_emails_nobody(client, alice, rivers, run_tasks, mailoutbox):
    make_signature(rivers, email="ada@example.org")
    client.force_login(alice)
    response = _publish(client, {"text": NEW_TEXT, "minor": "on", "note": "Typo"})
    assert response["Location"] == "/s/rivers/versions/2/"
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


def test_the_preview_shows_the_formatted_text_the_changes_and_whom_it_will_email(client, alice, rivers):
    make_signature(rivers, email="ada@example.org")
    make_signature(rivers, email="grace@example.org")
    make_signature(rivers, email="lin@example.org", status="pending")
    client.force_login(alice)
    response = _preview(client, {"text": NEW_TEXT})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This will email 2 confirmed signers, asking them to reconfirm." in page
    assert "1 sign-on not yet confirmed will be sent the new text to confirm instead." in page
    assert 'call on the <ins><span class="visually-hidden">added: </span>city</ins> council' in page
    assert "to <strong>restore</strong> weekend" in page
    assert "Publish and send 3 emails" in page
    assert rivers.versions.count() == 1  # nothing is published by a preview


def test_publishing_without_the_preview_shows_the_preview_and_publishes_nothing(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"text": NEW_TEXT, "step": "publish"})
    assert response.status_code == 200
    assert "The text changed since the preview. Please check it again." in response.content.decode()
    assert rivers.versions.count() == 1


def test_a_text_edited_after_the_preview_is_previewed_again(client, alice, rivers):
    client.force_login(alice)
    previewed = _preview(client, {"text": NEW_TEXT}).context["form"].data["previewed"]
    response = client.post(URL, {"text": NEW_TEXT + " Now.", "step": "publish", "previewed": previewed})
    assert "The text changed since the preview. Please check it again." in response.content.decode()
    assert rivers.versions.count() == 1
