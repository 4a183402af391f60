"""/favicon.ico, asked for by browsers and feed readers whatever the page links, is never a 404."""


def test_favicon_ico_redirects_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/undersigned/favicon.svg"
