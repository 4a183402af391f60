"""The owner appoints regional coordinators at /manage/s/<slug>/coordinators/."""

import re

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.coalitions.models import Coordinator

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/coordinators/"


def test_the_owner_appoints_a_new_person_who_gets_an_account_and_an_email(
    client, alice, coalition, run_tasks, mailoutbox, django_user_model
):
    client.force_login(alice)
    response = client.post(
        URL, {"email": "Eva@Example.org", "name": "Eva Steiner", "countries": "at, ch", "region_name": "Alps"}
    )
    assert response.status_code == 302
    coordinator = Coordinator.objects.get(statement=coalition)
    assert coordinator.countries == "AT, CH"
    assert coordinator.user.email == "eva@example.org"
    assert coordinator.user.has_usable_password() is False
    assert AuditEntry.objects.filter(action="coordinator.appointed", statement_id=coalition.pk).exists()
    run_tasks()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["eva@example.org"]
    assert "http://testserver/coordinate/s/rivers/" in mailoutbox[0].body
    assert re.search(r"http://testserver/coordinate/welcome/\S+/\S+/", mailoutbox[0].body)


def test_the_welcome_link_lets_the_new_coordinator_choose_a_password_and_log_in(
    client, alice, coalition, run_tasks, mailoutbox
):
    client.force_login(alice)
    client.post(URL, {"email": "eva@example.org", "countries": "AT"})
    client.logout()
    run_tasks()
    link = re.search(r"http://testserver(/coordinate/welcome/\S+/\S+/)", mailoutbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "a-long-river-password", "new_password2": "a-long-river-password"}
    )
    assert response.status_code == 302
    response = client.post("/login/", {"username": "eva@example.org", "password": "a-long-river-password"})
    assert response.status_code == 302
    assert client.get("/coordinate/s/rivers/").status_code == 200


def test_an_existing_account_is_reused(client, alice, coalition, bob):
    client.force_login(alice)
    client.post(URL, {"email": "bob@example.org", "countries": "DE"})
    assert Coordinator.objects.get(statement=coalition).user == bob


def test_it_rejects_unknown_countries_next_to_the_field(client, alice, coalition):
    client.force_login(alice)
    response = client.post(URL, {"email": "eva@example.org", "countries": "AT, XX"})
    assert response.status_code == 400
    assert "Unknown country code: XX. Use ISO codes such as DE, AT, CH." in response.content.decode()
    assert not Coordinator.objects.exists()


def test_it_refuses_a_second_appointment_of_the_same_person(client, alice, coalition, bob_coordinates):
    client.force_login(alice)
    response = client.post(URL, {"email": "bob@example.org", "countries": "FR"})
    assert response.status_code == 400
    assert "This person already coordinates this statement." in response.content.decode()


def test_it_lists_the_coordinators(client, alice, coalition, bob_coordinates):
    client.force_login(alice)
    response = client.get(URL)
    assert "bob@example.org" in response.content.decode()


def test_a_coordinator_cannot_appoint_coordinators(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"email": "x@example.org", "countries": "DE"}).status_code == 403
    assert list(Coordinator.objects.values_list("user__username", flat=True)) == ["bob"]


def test_an_outsider_is_refused(client, charlie, coalition):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, coalition):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/manage/s/rivers/coordinators/"


def test_it_rejects_other_methods(client, alice, coalition):
    client.force_login(alice)
    assert client.put(URL).status_code == 405


def test_the_owner_removes_a_coordinator(client, alice, bob_coordinates):
    client.force_login(alice)
    response = client.post(f"/manage/s/rivers/coordinators/{bob_coordinates.pk}/remove/")
    assert response.status_code == 302
    assert not Coordinator.objects.exists()
    assert AuditEntry.objects.filter(action="coordinator.removed").exists()


def test_removing_rejects_get(client, alice, bob_coordinates):
    client.force_login(alice)
    assert client.get(f"/manage/s/rivers/coordinators/{bob_coordinates.pk}/remove/").status_code == 405


def test_a_coordinator_cannot_remove_another(client, dora, bob_coordinates, dora_coordinates):
    client.force_login(dora)
    assert client.post(f"/manage/s/rivers/coordinators/{bob_coordinates.pk}/remove/").status_code == 403
    assert Coordinator.objects.filter(pk=bob_coordinates.pk).exists()


def test_an_address_that_is_not_a_valid_user_name_still_gets_an_account(
    client, alice, coalition, django_user_model
):
    django_user_model.objects.create_user("obrien@example.org", "someone-else@example.org")
    client.force_login(alice)
    response = client.post(URL, {"email": "o'brien@example.org", "countries": "IE"})
    assert response.status_code == 302
    assert Coordinator.objects.get().user.username == "obrien@example.org-2"
