"""Every form submission: an unreadable charset is a clear 400, never a 500; control characters and
bidirectional overrides never reach a form or the database."""

import pytest
from django.test import Client

from tests.factories import make_statement
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

SIGN = "kind=individual&person_name=Ana%20%E2%80%AEevil%E2%80%AC%20Silva&country=PT&email=ana%40example.org"


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


def _token(client, path):
    client.get(path)
    return client.cookies["csrftoken"].value


@pytest.mark.parametrize("charset", ["rot13", "hex", "utf-16", "nonsense"])
@pytest.mark.parametrize("kind", ["urlencoded", "multipart"])
def test_a_form_in_an_unreadable_charset_is_a_clear_400(csrf_client, charset, kind):
    make_statement(slug="rivers")
    token = _token(csrf_client, "/s/rivers/")
    if kind == "multipart":
        content_type = f"multipart/form-data; boundary=XX; charset={charset}"
        body = (
            f'--XX\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{token}\r\n'
            '--XX\r\nContent-Disposition: form-data; name="person_name"\r\n\r\nAna\r\n--XX--\r\n'
        ).encode()
    else:
        content_type = f"application/x-www-form-urlencoded; charset={charset}"
        body = f"csrfmiddlewaretoken={token}&person_name=Ana".encode()
    response = csrf_client.generic("POST", "/s/rivers/sign/", data=body, content_type=content_type)
    assert response.status_code == 400
    assert (
        f"The form was sent in a character set this site cannot read ({charset}). "
        "Please go back and send it again from the page; it sends UTF-8."
    ) in response.content.decode()
    assert Signature.objects.count() == 0


@pytest.mark.parametrize("path", ["/admin/login/", "/s/rivers/sign/", "/manage/s/rivers/versions/new/"])
def test_every_post_endpoint_refuses_an_unreadable_charset_with_400(csrf_client, path):
    make_statement(slug="rivers")
    response = csrf_client.generic(
        "POST", path, data=b"a=b", content_type="multipart/form-data; boundary=XX; charset=rot13"
    )
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["utf-8", "UTF8", "us-ascii"])
def test_utf_8_and_ascii_are_read(client, charset):
    make_statement(slug="rivers")
    response = client.generic(
        "POST", "/s/rivers/sign/", data=SIGN.encode(),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )  # fmt: skip
    assert response.status_code == 302


def test_a_right_to_left_override_in_a_name_never_reaches_the_list(client):
    make_statement(slug="rivers")
    response = client.post(
        "/s/rivers/sign/", data=SIGN.encode(), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    assert Signature.objects.get().person_name == "Ana evil Silva"


def test_a_soft_line_break_in_a_new_version_becomes_a_line_break(client, alice):
    statement = make_statement(slug="rivers", user=alice)
    client.force_login(alice)
    data = {"text": "We call\x0bfor clean rivers.\x00", "minor": "on"}
    preview = client.post("/manage/s/rivers/versions/new/", {**data, "step": "preview"})
    previewed = preview.context["form"].data["previewed"]
    response = client.post(
        "/manage/s/rivers/versions/new/", {**data, "step": "publish", "previewed": previewed}
    )
    assert response.status_code == 302
    assert statement.current_version.text == "We call\nfor clean rivers."


def test_passwords_are_left_as_typed(client, django_user_model):
    django_user_model.objects.create_user("dora", "dora@example.org", "pass\u202eword", is_staff=True)
    response = client.post("/login/", {"username": "dora", "password": "pass\u202eword"})
    assert response.status_code == 302


def test_a_nul_byte_in_a_name_is_removed_before_the_database_sees_it(client):
    """PostgreSQL refuses NUL in text outright: without the cleaner this POST was a 500 there."""
    make_statement(slug="rivers")
    data = SIGN.replace("Ana%20%E2%80%AEevil%E2%80%AC%20Silva", "Ana%00%20Silva")
    response = client.post(
        "/s/rivers/sign/", data=data.encode(), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    assert Signature.objects.get().person_name == "Ana Silva"
