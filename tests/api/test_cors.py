"""Partner sites may call the API from their own pages (CORS), without cookies."""

import pytest

pytestmark = pytest.mark.django_db


def test_any_origin_may_read_the_api(client, statement):
    response = client.get(f"/api/statements/{statement.slug}/counts", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_for_a_json_sign_on_is_allowed(client, statement):
    response = client.options(
        f"/api/statements/{statement.slug}/signatures",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Methods"] == "GET, POST"
    assert response["Access-Control-Allow-Headers"] == "Content-Type"


def test_the_sites_own_pages_are_not_opened_to_other_origins(client, statement):
    response = client.get(f"/s/{statement.slug}/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response
