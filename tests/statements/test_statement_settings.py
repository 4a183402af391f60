"""The owner chooses the list order and what happens to earlier signers at /manage/s/<slug>/settings/."""

import pytest

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/settings/"


@pytest.fixture
def rivers(alice):
    return make_statement(slug="rivers", user=alice)


def test_the_owner_changes_the_list_settings(client, alice, rivers):
    client.force_login(alice)
    assert client.get(URL).status_code == 200
    response = client.post(
        URL, {"country_order": "at, de", "list_order": "alphabetical", "earlier_versions": "hide"}
    )
    assert response.status_code == 302
    rivers.refresh_from_db()
    assert (rivers.country_order, rivers.list_order, rivers.earlier_versions) == (
        "AT, DE",
        "alphabetical",
        "hide",
    )
    entry = AuditEntry.objects.get(action="statement.settings_changed")
    assert entry.user == alice
    assert entry.data["list_order"] == ["signed", "alphabetical"]


def test_changing_what_is_shown_updates_the_count(client, alice, rivers):
    from undersigned.statements.services import statement_version_publish

    make_signature(rivers)
    statement_version_publish(statement=rivers, text="A new text", minor=False)
    client.force_login(alice)
    client.post(URL, {"country_order": "", "list_order": "signed", "earlier_versions": "hide"})
    rivers.refresh_from_db()
    assert rivers.confirmed_count == 0


def test_a_malformed_country_order_is_refused_next_to_the_field(client, alice, rivers):
    client.force_login(alice)
    response = client.post(
        URL, {"country_order": "Austria", "list_order": "signed", "earlier_versions": "list"}
    )
    assert response.status_code == 400
    assert (
        "Not a country code: Austria. Use two-letter ISO codes separated by commas, e.g. “DE, AT, CH”."
        in response.content.decode()
    )


def test_an_unknown_choice_is_refused(client, alice, rivers):
    client.force_login(alice)
    response = client.post(URL, {"country_order": "", "list_order": "random", "earlier_versions": "list"})
    assert response.status_code == 400
    assert "Select a valid choice. random is not one of the available choices." in response.content.decode()
    rivers.refresh_from_db()
    assert rivers.list_order == "signed"
    assert not AuditEntry.objects.filter(action="statement.settings_changed").exists()


def test_a_coordinator_cannot_change_the_settings(client, bob, rivers):
    from undersigned.coalitions.models import Coordinator

    Coordinator.objects.create(user=bob, statement=rivers, countries="DE")
    client.force_login(bob)
    assert client.get(URL).status_code == 403
    response = client.post(
        URL, {"country_order": "DE", "list_order": "alphabetical", "earlier_versions": "hide"}
    )
    assert response.status_code == 403
    rivers.refresh_from_db()
    assert (rivers.country_order, rivers.list_order, rivers.earlier_versions) == ("", "signed", "list")


def test_it_rejects_other_methods(client, alice, rivers):
    client.force_login(alice)
    assert client.delete(URL).status_code == 405


def test_the_owner_switches_on_the_anti_bot_puzzle_without_a_recount(client, alice, rivers):
    client.force_login(alice)
    assert "Keeps automated sign-ons out" in client.get(URL).content.decode()
    revision = rivers.list_revision
    response = client.post(
        URL, {"country_order": "", "list_order": "signed", "earlier_versions": "list", "proof_of_work": "on"}
    )
    assert response.status_code == 302
    rivers.refresh_from_db()
    assert rivers.proof_of_work is True
    assert rivers.list_revision == revision
    entry = AuditEntry.objects.get(action="statement.settings_changed")
    assert entry.data == {"proof_of_work": [False, True]}
