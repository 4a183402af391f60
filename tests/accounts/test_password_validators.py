"""Django's password validators apply wherever a password is set: a coordinator's welcome link, a password
reset (test_password_reset.py) and `undersigned createadmin --password`."""

import re

import pytest
from django.core.exceptions import ValidationError

from undersigned.common.admin_account import admin_ensure

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/coordinators/"


@pytest.fixture
def welcome_form(client, alice, coalition, run_tasks, mailoutbox):
    client.force_login(alice)
    client.post(URL, {"email": "eva@example.org", "countries": "AT"})
    client.logout()
    run_tasks()
    link = re.search(r"http://testserver(/coordinate/welcome/\S+/\S+/)", mailoutbox[0].body).group(1)
    return client.get(link, follow=True).redirect_chain[-1][0]


@pytest.fixture
def coalition(alice):
    from tests.factories import make_statement

    return make_statement(slug="rivers", title="Clean rivers", user=alice)


def test_a_coordinator_cannot_choose_the_password_a(client, welcome_form):
    response = client.post(welcome_form, {"new_password1": "a", "new_password2": "a"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "This password is too short. It must contain at least 10 characters." in html
    assert '<ul class="errorlist" id="id_new_password2_errors">' in html


def test_a_coordinator_cannot_choose_a_password_like_their_address(client, welcome_form):
    response = client.post(
        welcome_form, {"new_password1": "eva@example.org", "new_password2": "eva@example.org"}
    )
    assert "The password is too similar to the username." in response.content.decode()


def test_createadmin_refuses_a_weak_password_given_by_hand():
    with pytest.raises(ValidationError) as error:
        admin_ensure(username="admin", email="admin@example.org", password="password")
    assert "This password is too common." in error.value.messages


def test_createadmin_generates_a_password_the_validators_accept(settings, tmp_path):
    from django.contrib.auth.password_validation import validate_password

    settings.DATA_DIR = tmp_path
    login = admin_ensure(username="admin", email="admin@example.org")
    validate_password(login.password)
    assert len(login.password) == 16
