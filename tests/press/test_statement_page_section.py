"""Press adds its section to the statement's public page, which signatures renders without naming press."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_statement_page_offers_the_downloads(client, statement):
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert "Downloads and press" in html
    assert f'href="/s/{statement.slug}/export.pdf"' in html
    assert f'href="/s/{statement.slug}/signatories.csv"' in html
