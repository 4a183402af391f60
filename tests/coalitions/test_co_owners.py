"""Co-owners at /manage/s/<slug>/co-owners/: invited by email, they have the owner's rights on that statement."""

import re

import pytest

from tests.factories import make_statement
from undersigned.statements.permissions import user_owns_statement

pytestmark = pytest.mark.django_db

URL = "/manage/s/meadows/co-owners/"


@pytest.fixture
def nadia(django_user_model):
    """An organizer who is not a superuser, so her rights come from owning the statement."""
    return django_user_model.objects.create_user("nadia", "nadia@example.org", "nadia-password")


@pytest.fixture
def meadows(nadia):
    return make_statement(slug="meadows", title="Meadows", status="draft", user=nadia)


def test_the_owner_invites_a_new_person_who_gets_an_account_and_an_email(
    client, nadia, meadows, run_tasks, mailoutbox, django_user_model
):
    client.force_login(nadia)
    response = client.post(URL, {"email": "Omar@Example.org", "name": "Omar Haddad"})
    assert response.status_code == 302
    omar = django_user_model.objects.get(email="omar@example.org")
    assert list(meadows.co_owners.all()) == [omar]
    assert mailoutbox == []  # the worker sends it
    run_tasks()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["omar@example.org"]
    assert mailoutbox[0].subject == "You now co-own: Meadows"
    assert "http://testserver/manage/s/meadows/" in mailoutbox[0].body
    assert re.search(r"http://testserver/coordinate/welcome/\S+/\S+/", mailoutbox[0].body)


def test_an_existing_account_is_reused_without_a_password_link(
    client, nadia, meadows, charlie, run_tasks, mailoutbox
):
    client.force_login(nadia)
    client.post(URL, {"email": "charlie@example.org"})
    run_tasks()
    assert list(meadows.co_owners.all()) == [charlie]
    assert "/coordinate/welcome/" not in mailoutbox[0].body


def test_a_co_owner_has_the_owners_rights_on_that_statement_only(client, nadia, meadows, charlie):
    other = make_statement(slug="other", user=nadia)
    client.force_login(nadia)
    client.post(URL, {"email": "charlie@example.org"})
    assert user_owns_statement(charlie, meadows)
    assert not user_owns_statement(charlie, other)
    client.force_login(charlie)
    assert client.get("/manage/s/meadows/").status_code == 200
    assert client.get("/manage/s/meadows/dashboard/").status_code == 200
    assert client.get("/manage/s/other/").status_code == 403
    client.post("/manage/s/meadows/lifecycle/", {"to": "open", "confirmed": "yes"})
    meadows.refresh_from_db()
    assert meadows.status == "open"
    assert "Meadows" in client.get("/manage/").content.decode()


def test_it_refuses_to_add_the_owner_or_a_co_owner_twice(client, nadia, meadows, charlie):
    client.force_login(nadia)
    response = client.post(URL, {"email": "nadia@example.org"})
    assert response.status_code == 400
    assert "This person already owns this statement." in response.content.decode()
    client.post(URL, {"email": "charlie@example.org"})
    response = client.post(URL, {"email": "charlie@example.org"})
    assert "This person already owns this statement." in response.content.decode()


def test_a_bad_address_is_refused_next_to_the_field(client, nadia, meadows):
    client.force_login(nadia)
    response = client.post(URL, {"email": "not an address"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()


def test_the_owner_removes_a_co_owner(client, nadia, meadows, charlie):
    meadows.co_owners.add(charlie)
    client.force_login(nadia)
    response = client.post(f"{URL}{charlie.pk}/remove/")
    assert response.status_code == 302
    assert not meadows.co_owners.exists()
    assert not user_owns_statement(charlie, meadows)


def test_an_outsider_cannot_see_or_invite(client, charlie, meadows):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"email": "x@example.org"}).status_code == 403


def test_removing_rejects_get(client, nadia, meadows, charlie):
    meadows.co_owners.add(charlie)
    client.force_login(nadia)
    assert client.get(f"{URL}{charlie.pk}/remove/").status_code == 405


def test_it_rejects_other_methods(client, nadia, meadows):
    client.force_login(nadia)
    assert client.put(URL).status_code == 405
