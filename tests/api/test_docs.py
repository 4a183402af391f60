"""/api/openapi.json and /api/docs: the API documents itself, from this host only."""

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
        "/api/statements/{slug}/signatories",
        "/api/statements/{slug}/counts",
        "/api/statements/{slug}/signatures",
    }
    assert set(paths["/api/statements/{slug}/signatures"]) == {"post"}


def test_the_docs_page_loads_nothing_from_another_host(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert re.findall(r'(?:src|href)="(?:https?:)?//', html) == []
