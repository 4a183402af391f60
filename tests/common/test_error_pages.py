import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_the_server_error_page_renders_on_its_own():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert "{%" not in html


def test_an_unknown_address_gets_the_sites_404_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
