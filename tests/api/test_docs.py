"""/api/openapi.json, /api/docs and /api/swagger: the API documents itself, from this host only."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_openapi_document_lists_every_endpoint(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths) == {
        "/api/statements",
        "/api/statements/{slug}",
        "/api/statements/{slug}/versions",
        "/api/statements/{slug}/translations",
        "/api/statements/{slug}/translations/{language}",
        "/api/statements/{slug}/signatories",
        "/api/statements/{slug}/counts",
        "/api/statements/{slug}/challenge",
        "/api/statements/{slug}/signatures",
    }
    assert set(paths["/api/statements/{slug}/signatures"]) == {"post"}


def test_the_reference_page_documents_every_endpoint_from_the_document(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    for line in ("GET /api/statements/{slug}/signatories", "POST /api/statements/{slug}/signatures"):
        assert f"<code>{line}</code>" in html
    assert "<code>cursor</code>" in html
    assert "Pass as `cursor` for the next page; null on the last page." in html
    assert '<a href="/api/openapi.json">' in html


def test_the_reference_page_rejects_a_post(client):
    assert client.post("/api/docs").status_code == 405


def test_swagger_ui_loads_nothing_from_another_host(client):
    response = client.get("/api/swagger")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert re.findall(r'(?:src|href)="(?:https?:)?//', html) == []
