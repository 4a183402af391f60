"""POST /api/statements/<slug>/signatures: the web form's rules and email, as JSON for partner sites."""

import json

import pytest

from tests.factories import make_signature, make_statement
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db

GRACE = {
    "kind": "individual", "honorific": "Dr.", "person_name": "Grace Liu", "organization_name": "Families for Libraries",
    "city": "Naperville", "region": "IL", "country": "US", "email": "grace@example.org",
}  # fmt: skip
CHECK_EMAIL = {"detail": "Thank you. Please check your email for a link to confirm your signature."}


def sign(client, statement, **changes):
    data = {key: value for key, value in {**GRACE, **changes}.items() if value is not None}
    return client.post(
        f"/api/statements/{statement.slug}/signatures", json.dumps(data), content_type="application/json"
    )


def test_it_stores_a_pending_signature_and_answers_202_check_your_email(client, statement):
    response = sign(client, statement)
    assert response.status_code == 202
    assert response.json() == CHECK_EMAIL
    signature = Signature.objects.get()
    assert signature.status == "pending"
    assert signature.display_line() == "Dr. Grace Liu, Families for Libraries, Naperville, IL"
    assert signature.consent_display is True


def test_it_sends_the_same_confirmation_email_as_the_web_form(client, statement, mailoutbox, run_tasks):
    sign(client, statement)
    run_tasks()
    [email] = mailoutbox
    assert email.to == ["grace@example.org"]
    assert f"/s/{statement.slug}/confirm/" in email.body


def test_it_answers_alike_whether_or_not_the_address_signed_before(client, statement):
    make_signature(statement, email="grace@example.org", person_name="Grace Liu")
    first = sign(client, statement, email="new@example.org")
    again = sign(client, statement, email="Grace@Example.org")
    assert (first.status_code, first.json()) == (again.status_code, again.json()) == (202, CHECK_EMAIL)
    assert Signature.objects.filter(email="grace@example.org").count() == 1


def test_it_answers_422_with_a_message_per_field(client, statement):
    response = sign(client, statement, person_name="", email="not-an-address")
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Some fields need attention."
    assert body["errors"]["person_name"] == ["Please give your name."]
    assert body["errors"]["email"] == ["Enter a valid email address."]
    assert Signature.objects.count() == 0


def test_it_answers_422_naming_the_field_of_a_wrong_type(client, statement):
    response = sign(client, statement, consent_display="perhaps", kind="robot")
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"consent_display", "kind"}


def test_it_answers_422_for_a_body_that_is_not_an_object(client, statement):
    response = client.post(
        f"/api/statements/{statement.slug}/signatures", "[1, 2]", content_type="application/json"
    )
    assert response.status_code in (400, 422)
    assert Signature.objects.count() == 0


def test_it_refuses_a_closed_statement(client):
    closed = make_statement(status=Statement.Status.CLOSED)
    response = sign(client, closed)
    assert response.status_code == 422
    assert response.json()["errors"]["__all__"] == ["This statement is no longer accepting signatures."]


def test_it_answers_404_for_an_unknown_statement(client, db):
    response = sign(client, Statement(slug="no-such-thing"))
    assert response.status_code == 404


def test_it_needs_no_csrf_token_because_it_reads_no_cookie(statement):
    from django.test import Client

    response = sign(Client(enforce_csrf_checks=True), statement)
    assert response.status_code == 202


def test_it_offers_the_organizations_already_listed_with_a_similar_name(client, statement):
    elbe = organization_create(name="Friends of the Elbe", country="DE")
    make_signature(statement, kind="organization", organization_name=elbe.name, organization=elbe,
                   representative_name="Maria Hofer", country="DE")  # fmt: skip
    data = {"kind": "organization", "organization_name": "Friends of the Elbe e.V.", "person_name": None,
            "honorific": None, "representative_name": "Jonas Berg", "country": "DE", "email": "jonas@example.org"}  # fmt: skip
    response = sign(client, statement, **data)
    assert response.status_code == 422
    [choice] = response.json()["organization_choices"]
    assert choice["name"] == "Friends of the Elbe"
    response = sign(client, statement, **data, use_organization=choice["id"])
    assert response.status_code == 202
    assert Signature.objects.get(email="jonas@example.org").organization == elbe
    assert choice["id"] == str(elbe.pk)


def test_it_limits_how_often_one_address_may_sign(client, statement, sign_rate):
    sign_rate(2)
    statuses = [sign(client, statement, email=f"p{n}@example.org").status_code for n in range(3)]
    assert statuses == [202, 202, 429]


def test_a_sign_on_through_the_api_is_recorded_as_such(client, statement):
    sign(client, statement)
    assert Signature.objects.get().source == "api"


@pytest.mark.parametrize(
    "content_type", ["multipart/form-data; boundary=fz", "application/x-www-form-urlencoded", "text/plain"]
)
def test_a_form_body_is_refused_as_no_json_not_with_a_500(client, statement, content_type):
    body = b'--fz\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--fz--\r\n'
    response = client.generic(
        "POST", f"/api/statements/{statement.slug}/signatures", body, content_type=content_type
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Cannot parse request body"}
    assert response["Access-Control-Allow-Origin"] == "*"
