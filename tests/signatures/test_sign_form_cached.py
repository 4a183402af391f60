"""The empty sign-on form is rendered once per statement and language and then reused; a form with
the signer's input and its errors is always rendered afresh."""

import pytest
from django.utils import translation

from tests.factories import make_statement

pytestmark = pytest.mark.django_db


def page(client, statement, **headers):
    return client.get(statement.get_absolute_url(), **headers).content.decode()


def test_each_statement_offers_its_own_kinds_of_signatory(client):
    both = make_statement(signers="both")
    organizations = make_statement(signers="organizations")
    assert 'value="individual"' in page(client, both)
    assert 'value="individual"' not in page(client, organizations)


def test_changing_who_may_sign_changes_the_cached_form(client):
    statement = make_statement(signers="both")
    assert 'value="individual"' in page(client, statement)
    statement.signers = "organizations"  # as the statement's settings form saves it
    statement.save()
    assert 'value="individual"' not in page(client, statement)


def test_each_language_gets_its_own_form(client):
    statement = make_statement()
    english = page(client, statement)
    with translation.override("de"):
        german = page(client, statement, HTTP_ACCEPT_LANGUAGE="de")
    assert ">Albania<" in english
    assert ">Albanien<" in german


def test_a_form_sent_back_with_errors_shows_them_after_a_cached_empty_form(client):
    statement = make_statement()
    page(client, statement)
    answer = client.post(
        f"{statement.get_absolute_url()}sign/",
        {"kind": "individual", "email": "ada@example.org", "country": "AT"},
    )
    html = answer.content.decode()
    assert answer.status_code == 400
    assert 'aria-invalid="true"' in html
    assert 'value="AT" selected' in html
    assert 'value="ada@example.org"' in html
