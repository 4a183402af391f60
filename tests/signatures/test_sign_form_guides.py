"""The sign form guides the signer: an error summary on top linking to each field, one message per field,
every required field marked, the page anchored at the summary and a "Sign" link near the top."""

import re

import pytest

from tests.factories import make_statement
from tests.signatures.test_sign import VALID_PERSON, sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def rivers():
    return make_statement(slug="rivers")


def test_after_an_error_a_summary_on_top_links_to_each_field(client, rivers):
    html = sign(client, rivers, person_name="", email="not-an-address").content.decode()
    summary = html[html.index('id="error-summary"') : html.index("</div>", html.index('id="error-summary"'))]
    assert (
        '<div class="problem error-summary" id="error-summary" tabindex="-1" '
        'aria-labelledby="error-summary-heading">' in html
    )
    assert "There is a problem with 2 answers" in summary
    assert '<a href="#id_person_name">Your name: Please give your name.</a>' in summary
    assert '<a href="#id_email">Email: Enter a valid email address.</a>' in summary
    assert html.index('id="error-summary"') < html.index('name="kind"')


def test_the_summary_is_focused_by_a_static_script_and_anchored_without_one(client, rivers):
    html = sign(client, rivers, person_name="").content.decode()
    assert '<script src="/static/undersigned/error-summary.js" defer></script>' in html
    assert 'action="/s/rivers/sign/#error-summary"' in html
    assert "onload=" not in html and "<script>" not in html


def test_a_name_too_long_gets_one_message_not_also_missing(client, rivers):
    html = sign(client, rivers, person_name="x" * 201).content.decode()
    errors = re.search(r'<ul class="errorlist" id="id_person_name_errors">(.*?)</ul>', html).group(1)
    assert errors == "<li>Ensure this value has at most 200 characters (it has 201).</li>"
    assert "Please give your name." not in html


def test_every_required_field_is_marked(client, rivers):
    html = client.get("/s/rivers/").content.decode()
    assert "are required." in html
    for name in ("person_name", "representative_name"):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        assert 'aria-required="true"' in tag
    for name in ("email",):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        assert " required" in tag
    assert re.search(r'<select[^>]*name="country"[^>]*required', html)
    label = re.search(r'<label for="id_person_name">(.*?)</label>', html).group(1)
    assert label == 'Your name <span class="required-mark" aria-hidden="true">*</span>'
    label = re.search(r'<label for="id_organization_name">(.*?)</label>', html).group(1)
    assert 'class="required-mark for-organization"' in label


def test_a_sign_link_near_the_top_jumps_to_the_form(client, rivers):
    html = client.get("/s/rivers/").content.decode()
    assert '<p class="jump-to-sign"><a href="#sign-form">Sign</a></p>' in html
    assert html.index("jump-to-sign") < html.index("statement-text")
    assert 'id="sign-form"' in html


def test_a_closed_statement_has_no_sign_link(client):
    make_statement(slug="closed", status="closed")
    assert "jump-to-sign" not in client.get("/s/closed/").content.decode()


def test_a_valid_sign_on_still_goes_to_check_your_email(client, rivers):
    response = sign(client, rivers, **{k: v for k, v in VALID_PERSON.items()})
    assert response.status_code == 302
