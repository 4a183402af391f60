"""The list explains its marks, and why the count can be higher than the last number."""

import pytest

from tests.factories import make_signature, make_statement
from undersigned.signatures.services import signature_set_verified
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def rivers():
    return make_statement(slug="rivers")


def test_the_list_explains_the_verified_mark(client, rivers, alice):
    ada = make_signature(rivers, kind="organization", organization_name="Friends of the Elbe",
                         representative_name="Ada Lovelace")  # fmt: skip
    signature_set_verified(signature=ada, verified=True, user=alice)
    html = client.get("/s/rivers/signatories/").content.decode()
    assert "What the marks mean" in html
    assert (
        "<dt>(verified)</dt><dd>A coordinator of the coalition checked with the organization that this person "
        "signs on its behalf.</dd>" in html
    )
    assert "signed version …" not in html


def test_the_list_explains_the_earlier_version_mark(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    statement_version_publish(statement=rivers, text="A new text.", minor=False)
    html = client.get("/s/rivers/signatories/").content.decode()
    assert "(signed version 1)" in html
    assert (
        "Signed an earlier version of the text and has not yet endorsed the current one, version 2." in html
    )


def test_a_list_without_marks_has_no_legend(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    assert "What the marks mean" not in client.get("/s/rivers/signatories/").content.decode()


def test_the_count_explains_signatories_who_are_not_named(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    make_signature(rivers, person_name="Quiet Person", consent_display=False)
    html = client.get("/s/rivers/signatories/").content.decode()
    assert "2 confirmed signatures" in html
    assert (
        "1 confirmed signatory asked not to be named publicly: they are counted, but not listed, so the numbers "
        "below end lower than the count." in html
    )
    text = b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()
    assert "(1 further confirmed signatory asked not to be named publicly.)" in text
    assert text.endswith("1. Ada Lovelace\n")


def test_when_everyone_is_named_nothing_needs_explaining(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    assert "asked not to be named" not in client.get("/s/rivers/signatories/").content.decode()
