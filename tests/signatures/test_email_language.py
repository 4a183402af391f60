"""A signer's emails are written in the statement's language, whatever language the signer's browser or
the worker uses, and their HTML's lang says which."""

import pytest

from tests.factories import make_statement

pytestmark = pytest.mark.django_db

PERSON = {"kind": "individual", "person_name": "Ayşe Yılmaz", "country": "TR", "email": "ayse@example.org",
          "consent_display": "on"}  # fmt: skip


def test_the_confirmation_email_of_a_turkish_statement_is_turkish(client, mailoutbox, run_tasks):
    statement = make_statement(language="tr", title="Temiz nehirler")
    client.post(f"/s/{statement.slug}/sign/", PERSON, HTTP_ACCEPT_LANGUAGE="en")
    run_tasks()
    [email] = mailoutbox
    assert email.subject == "Lütfen imzanızı onaylayın: Temiz nehirler"
    assert "Onaylamak için bu bağlantıyı açın ve sayfadaki düğmeye basın:" in email.body
    html = email.alternatives[0][0]
    assert '<html lang="tr">' in html


def test_a_german_reader_of_an_english_statement_gets_the_email_in_english(client, mailoutbox, run_tasks):
    statement = make_statement(language="en", title="Clean rivers")
    client.post(f"/s/{statement.slug}/sign/", PERSON, HTTP_ACCEPT_LANGUAGE="de")
    run_tasks()
    [email] = mailoutbox
    assert email.subject == "Please confirm your signature: Clean rivers"
    assert '<html lang="en">' in email.alternatives[0][0]


def test_a_signer_of_an_arabic_statement_gets_the_email_in_the_default_interface_language(
    client, mailoutbox, run_tasks
):
    statement = make_statement(language="ar", title="أنهار نظيفة")
    client.post(f"/s/{statement.slug}/sign/", PERSON, HTTP_ACCEPT_LANGUAGE="ar")
    run_tasks()
    [email] = mailoutbox
    # No Arabic catalogue: English throughout, and the HTML says English, not Arabic.
    assert email.subject == "Please confirm your signature: أنهار نظيفة"
    assert "To confirm, open this link and press" in email.body
    html = email.alternatives[0][0]
    assert '<html lang="en">' in html
    assert 'lang="ar"' not in html
