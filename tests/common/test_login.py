"""One login page for owners and coordinators at /login/; they land on their statements at /manage/."""

import pytest

from tests.factories import make_statement
from undersigned.coalitions.models import Coordinator

pytestmark = pytest.mark.django_db

WRONG = "Please enter a correct username and password. Note that both fields may be case-sensitive."


@pytest.fixture
def olga(django_user_model):
    """An owner who is not staff: she sees her own statements only."""
    return django_user_model.objects.create_user("olga", "olga@example.org", "olga-password")


@pytest.fixture
def rivers(olga):
    return make_statement(slug="rivers", title="Clean rivers", user=olga)


@pytest.fixture
def bob_coordinates(rivers, bob):
    return Coordinator.objects.create(user=bob, statement=rivers, countries="DE, AT", region_name="DACH")


def test_the_login_page_logs_an_owner_in_and_lands_on_their_statements(client, olga, rivers, alice):
    make_statement(slug="forests", title="Old forests", user=alice)
    response = client.post("/login/", {"username": "olga", "password": "olga-password"})
    assert response.status_code == 302
    assert response["Location"] == "/manage/"
    html = client.get("/manage/").content.decode()
    assert "Statements you organize" in html
    assert '<a href="/manage/s/rivers/">Clean rivers</a>' in html
    assert "Old forests" not in html
    assert "Statements you coordinate" not in html


def test_a_coordinator_lands_on_their_statements_and_sees_their_desk_link(client, bob, bob_coordinates):
    response = client.post("/login/", {"username": "bob", "password": "bob-password"}, follow=True)
    assert response.redirect_chain == [("/manage/", 302)]
    html = response.content.decode()
    assert "Statements you coordinate" in html
    assert '<a href="/coordinate/s/rivers/">Clean rivers</a>' in html
    assert "coordinator for DACH" in html
    assert "Statements you organize" not in html


def test_a_wrong_password_shows_a_clear_error_and_logs_nobody_in(client, olga):
    response = client.post("/login/", {"username": "olga", "password": "not-her-password"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="problem" role="alert"><p>' + WRONG + "</p></div>" in html
    assert "_auth_user_id" not in client.session
    assert client.get("/manage/")["Location"] == "/login/?next=/manage/"


def test_it_takes_the_user_back_where_they_were_going(client, bob, bob_coordinates):
    response = client.post(
        "/login/", {"username": "bob", "password": "bob-password", "next": "/coordinate/s/rivers/"}
    )
    assert response["Location"] == "/coordinate/s/rivers/"


def test_it_does_not_send_the_user_to_another_site(client, bob):
    response = client.post(
        "/login/", {"username": "bob", "password": "bob-password", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/manage/"


@pytest.mark.parametrize(
    "path", ["/manage/", "/manage/s/rivers/", "/manage/s/rivers/coordinators/", "/coordinate/s/rivers/"]
)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, rivers, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={path}"


def test_a_logged_in_user_opening_the_login_page_goes_to_their_statements(client, bob):
    client.force_login(bob)
    assert client.get("/login/")["Location"] == "/manage/"


def test_the_header_offers_the_login_to_a_visitor(client, rivers):
    html = client.get("/s/rivers/").content.decode()
    assert '<a href="/login/">Log in</a>' in html
    assert "Log out" not in html


def test_the_header_names_the_logged_in_user_and_offers_to_log_out(client, olga, rivers):
    client.force_login(olga)
    html = client.get("/s/rivers/").content.decode()
    assert "Logged in as olga" in html
    assert '<form method="post" action="/logout/"' in html
    assert '<a href="/login/">Log in</a>' not in html


def test_logging_out_takes_a_post(client, olga):
    client.force_login(olga)
    assert client.get("/logout/").status_code == 405
    response = client.post("/logout/")
    assert response["Location"] == "/login/"
    assert "_auth_user_id" not in client.session


def test_someone_without_statements_is_told_so(client, charlie):
    client.force_login(charlie)
    html = client.get("/manage/").content.decode()
    assert "You do not organize or coordinate any statement yet." in html


def test_the_old_coordinator_login_address_leads_to_the_login_page(client):
    response = client.get("/coordinate/login/?next=/coordinate/s/rivers/")
    assert response["Location"] == "/login/?next=/coordinate/s/rivers/"
    assert client.get("/coordinate/")["Location"] == "/manage/"


def test_the_login_page_labels_its_fields(client):
    html = client.get("/login/").content.decode()
    assert '<label for="id_username">Username' in html
    assert '<label for="id_password">Password' in html
    assert 'autocomplete="current-password"' in html
