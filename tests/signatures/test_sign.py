"""POST /s/<slug>/sign/: validation, the duplicate rule, and the queued confirmation email."""

import pytest
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

VALID_PERSON = {
    "kind": "individual", "honorific": "Dr.", "person_name": "Grace Liu", "organization_name": "Families for Libraries",
    "city": "Naperville", "region": "IL", "country": "US", "email": "grace@example.org", "consent_display": "on",
}  # fmt: skip
VALID_ORGANIZATION = {
    "kind": "organization", "organization_name": "Union of Example Associations in Austria",
    "representative_name": "Maria Hofer", "title": "Chair", "country": "AT", "email": "office@example.at",
    "consent_display": "on",
}  # fmt: skip


def sign(client, statement, **changes):
    data = {**VALID_PERSON, **changes}
    return client.post(f"/s/{statement.slug}/sign/", {k: v for k, v in data.items() if v is not None})


def test_it_stores_a_pending_signature_and_redirects_to_check_your_email(client, statement):
    response = sign(client, statement)
    assert response.status_code == 302
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    signature = Signature.objects.get()
    assert signature.status == "pending"
    assert signature.display_line() == "Dr. Grace Liu, Families for Libraries, Naperville, IL"
    assert signature.version == statement.current_version
    assert signature.source == "web"


def test_it_queues_the_email_instead_of_sending_it_in_the_request(client, statement, mailoutbox, run_tasks):
    sign(client, statement)
    assert mailoutbox == []
    run_tasks()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["grace@example.org"]
    assert f"http://testserver/s/{statement.slug}/confirm/" in mailoutbox[0].body


def test_an_organization_signs_through_its_representative(client, statement):
    client.post(f"/s/{statement.slug}/sign/", VALID_ORGANIZATION)
    signature = Signature.objects.get()
    assert signature.kind == "organization"
    assert signature.display_line() == "Union of Example Associations in Austria – Maria Hofer, Chair"


def test_it_stores_the_email_normalised(client, statement):
    sign(client, statement, email="  Grace@Example.ORG ")
    assert Signature.objects.get().email == "grace@example.org"


def test_a_second_sign_on_with_the_same_email_resends_instead_of_duplicating(
    client, statement, mailoutbox, run_tasks
):
    sign(client, statement)
    response = sign(client, statement, email="GRACE@example.org", person_name="Grace L.")
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    assert Signature.objects.count() == 1
    run_tasks()
    assert len(mailoutbox) == 2


def test_a_second_sign_on_after_confirming_says_so_by_email_only(client, statement, mailoutbox, run_tasks):
    """The page must not tell a stranger that the address signed (even unlisted); the address's owner
    learns it by email."""
    make_signature(statement, email="grace@example.org", person_name="Grace Liu", consent_display=False)
    response = sign(client, statement)
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    assert Signature.objects.count() == 1
    page = client.get(response["Location"]).content.decode()
    assert "already signed" not in page
    run_tasks()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["grace@example.org"]
    assert mailoutbox[0].subject == f"You have already signed: {statement.title}"
    assert "This address has already signed and confirmed the statement, so nothing was changed." in (
        mailoutbox[0].body
    )
    assert f"http://testserver/s/{statement.slug}/withdraw/" in mailoutbox[0].body


def test_a_declined_address_is_told_by_email_only(client, statement, mailoutbox, run_tasks):
    make_signature(statement, email="grace@example.org", status="rejected")
    response = sign(client, statement)
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    run_tasks()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == f"About your signature on: {statement.title}"
    assert "The organizers declined a signature from this address earlier" in mailoutbox[0].body
    assert "/withdraw/" not in mailoutbox[0].body


def test_every_address_gets_the_same_answer(client, statement):
    """New, pending, confirmed, unlisted and declined addresses: one redirect, one page."""
    make_signature(statement, email="confirmed@example.org")
    make_signature(statement, email="unlisted@example.org", consent_display=False)
    make_signature(statement, email="declined@example.org", status="rejected")
    make_signature(statement, email="pending@example.org", status="pending")
    answers = set()
    for email in ["new@example.org", "pending@example.org", "confirmed@example.org", "unlisted@example.org",
                  "declined@example.org"]:  # fmt: skip
        response = sign(client, statement, email=email)
        page = client.get(response["Location"])
        answers.add((response.status_code, response["Location"], page.content))
    assert len(answers) == 1


def test_the_database_refuses_two_signatures_with_one_email(statement):
    from django.db import IntegrityError, transaction

    make_signature(statement, email="same@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            statement=statement,
            version=statement.current_version,
            person_name="Twin",
            email="SAME@example.org",
        )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"person_name": ""}, "person_name", "Please give your name."),
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"email": ""}, "email", "This field is required."),
        ({"country": "XX"}, "country", "Select a valid choice. XX is not one of the available choices."),
        ({"country": ""}, "country", "This field is required."),
        (
            {"person_name": "x" * 201},
            "person_name",
            "Ensure this value has at most 200 characters (it has 201).",
        ),
        (
            {"person_name": "<script>alert(1)</script>"},
            "person_name",
            "Please use plain text: &lt; &gt; { } and code are not allowed here.",
        ),
        ({"kind": "robot"}, "kind", "Select a valid choice. robot is not one of the available choices."),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field(client, statement, changes, field, message):
    response = sign(client, statement, **changes)
    assert response.status_code == 400
    html = response.content.decode()
    errors = html.split(f'id="id_{field}_errors"', 1)
    assert len(errors) == 2, f"no error list next to {field}"
    assert message in errors[1].split("</ul>", 1)[0]
    assert Signature.objects.count() == 0


def test_an_organization_sign_on_needs_the_organization_and_its_representative(client, statement):
    response = sign(client, statement, kind="organization", organization_name="", representative_name="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please give the name of the organization you sign for." in html
    assert "Please give the name of the person signing." in html


def test_a_closed_statement_refuses_signatures(client):
    statement = make_statement(status="closed")
    response = sign(client, statement)
    assert response.status_code == 400
    assert Signature.objects.count() == 0


def test_a_statement_past_its_deadline_refuses_signatures_with_a_message(client):
    statement = make_statement()
    statement.deadline = timezone.now() - timezone.timedelta(minutes=1)
    statement.save()
    response = sign(client, statement)
    assert response.status_code == 400
    assert "no longer accepting signatures" in response.content.decode()


def test_a_statement_for_organizations_only_refuses_individuals(client):
    statement = make_statement(signers="organizations")
    response = sign(client, statement)
    assert response.status_code == 400
    assert Signature.objects.count() == 0


def test_reloading_the_sign_url_goes_back_to_the_form(client, statement):
    response = client.get(f"/s/{statement.slug}/sign/")
    assert response.status_code == 302
    assert response["Location"] == f"/s/{statement.slug}/#sign-form"


def test_it_rejects_other_methods(client, statement):
    assert client.put(f"/s/{statement.slug}/sign/").status_code == 405


def test_it_keeps_csrf_protection_on(statement):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(f"/s/{statement.slug}/sign/", VALID_PERSON)
    assert response.status_code == 403


def test_a_draft_statement_cannot_be_signed_by_the_public(client):
    statement = make_statement(status="draft")
    assert sign(client, statement).status_code == 404


def test_a_coordinator_entering_a_signed_address_sees_the_outcome_and_no_notice_is_sent(
    statement, mailoutbox, run_tasks
):
    from undersigned.signatures.services import signature_create

    make_signature(statement, email="grace@example.org")
    outcome = signature_create(
        statement=statement, email="grace@example.org", kind="individual", source="coordinator",
        person_name="Grace Liu", country="US",
    )  # fmt: skip
    assert outcome.result == "already_confirmed"
    run_tasks()
    assert mailoutbox == []
