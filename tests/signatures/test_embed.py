"""/s/<slug>/embed/: the sign-on form in a partner site's frame, its framing policy, its CSRF-free POST
(Origin check and signed token instead) and the partner site each sign-on is recorded with."""

import re

import pytest

from tests.factories import make_statement
from undersigned.signatures.embed.tokens import embed_form_token
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

PARTNER = "https://partner.example"
GRACE = {
    "kind": "individual", "person_name": "Grace Liu", "city": "Naperville", "country": "US",
    "email": "grace@example.org", "consent_display": "on",
}  # fmt: skip


@pytest.fixture
def statement():
    return make_statement(
        slug="rivers", title="Save the rivers", embed_domains=f"{PARTNER}\nhttps://b.example:8443"
    )


def directives(response) -> dict:
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def sign(client, statement, *, origin="http://testserver", token=None, **changes):
    data = {**GRACE, "token": token or embed_form_token(statement.pk), **changes}
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(f"/s/{statement.slug}/embed/sign/", data, **headers)


def test_it_shows_the_title_the_count_and_the_form_without_the_site_chrome(client, statement):
    response = client.get("/s/rivers/embed/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Save the rivers" in html
    assert 'id="live-count"' in html
    assert 'action="/s/rivers/embed/sign/#error-summary"' in html
    assert 'name="person_name"' in html
    assert "site-header" not in html and "site-footer" not in html


def test_it_may_be_framed_by_this_site_and_the_partner_sites_only(client, statement):
    response = client.get("/s/rivers/embed/")
    assert directives(response)["frame-ancestors"] == f"'self' {PARTNER} https://b.example:8443"
    assert "X-Frame-Options" not in response


def test_with_no_partner_site_only_this_site_may_frame_it(client):
    make_statement(slug="closed-circle")
    response = client.get("/s/closed-circle/embed/")
    assert directives(response)["frame-ancestors"] == "'self'"


def test_the_statement_page_itself_still_forbids_framing(client, statement):
    response = client.get("/s/rivers/")
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_a_draft_is_not_embedded(client):
    make_statement(slug="secret", status="draft", embed_domains=PARTNER)
    assert client.get("/s/secret/embed/").status_code == 404


def test_the_form_knows_the_partner_site_from_the_referer_of_the_frame(client, statement):
    response = client.get("/s/rivers/embed/", HTTP_REFERER=f"{PARTNER}/campaign/page.html")
    assert re.search(rf'name="site" value="{PARTNER}"', response.content.decode())


def test_a_site_that_is_not_a_partner_is_not_recorded(client, statement):
    response = client.get("/s/rivers/embed/?site=https://evil.example")
    assert 'name="site" value=""' in response.content.decode()


def test_a_sign_on_is_stored_pending_with_its_partner_site_and_thanked_in_the_frame(client, statement):
    response = sign(client, statement, site=PARTNER)
    assert response.status_code == 302
    assert response["Location"] == "/s/rivers/embed/thanks/"
    signature = Signature.objects.get()
    assert (signature.status, signature.source, signature.source_site) == ("pending", "embed", PARTNER)
    thanks = client.get("/s/rivers/embed/thanks/")
    assert "Check your email" in thanks.content.decode()
    assert "X-Frame-Options" not in thanks


def test_it_needs_no_csrf_cookie(statement):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert sign(strict, statement, site=PARTNER).status_code == 302


def test_a_post_from_another_site_is_refused(client, statement):
    response = sign(client, statement, origin="https://evil.example")
    assert response.status_code == 403
    assert "This form was sent from another site." in response.content.decode()
    assert not Signature.objects.exists()


def test_a_post_without_origin_needs_a_referer_from_this_site(client, statement):
    assert sign(client, statement, origin=None).status_code == 403
    data = {**GRACE, "token": embed_form_token(statement.pk)}
    response = client.post("/s/rivers/embed/sign/", data, HTTP_REFERER="http://testserver/s/rivers/embed/")
    assert response.status_code == 302


def test_a_forged_or_foreign_token_shows_the_form_again_with_the_answers_kept(client, statement):
    other = make_statement(slug="other")
    for token in ("forged", embed_form_token(other.pk)):
        response = sign(client, statement, token=token)
        html = response.content.decode()
        assert response.status_code == 400
        assert "Please check your answers and sign again." in html
        assert 'value="Grace Liu"' in html
    assert not Signature.objects.exists()


def test_a_bad_answer_is_shown_next_to_its_field_in_the_frame(client, statement):
    response = sign(client, statement, email="not an address", site=PARTNER)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid email address." in html
    assert f'name="site" value="{PARTNER}"' in html
    assert directives(response)["frame-ancestors"].startswith("'self' https://partner.example")


def test_the_statement_pages_email_limit_holds_in_the_frame(
    client, statement, settings, mailoutbox, run_tasks
):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "confirmation_email": (1, 3600)}
    assert [sign(client, statement).status_code for _ in range(2)] == [302, 302]
    run_tasks()
    assert len(mailoutbox) == 1


def test_the_client_address_limit_answers_in_the_frame(client, statement, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (1, 3600)}
    assert sign(client, statement).status_code == 302
    response = sign(client, statement, email="another@example.org")
    assert response.status_code == 429
    assert "Too many attempts." in response.content.decode()
    assert "X-Frame-Options" not in response


def test_a_closed_statement_shows_no_form(client):
    make_statement(slug="closed", status="closed", embed_domains=PARTNER)
    html = client.get("/s/closed/embed/").content.decode()
    assert "This statement is no longer accepting signatures." in html
    assert 'name="person_name"' not in html


def test_it_answers_only_post_on_the_sign_url(client, statement):
    assert client.get("/s/rivers/embed/sign/").status_code == 405


def test_a_post_from_the_configured_site_address_is_ours_behind_a_proxy(client, statement, settings):
    settings.SITE_URL = "https://sign.example"
    assert sign(client, statement, origin="https://sign.example").status_code == 302
