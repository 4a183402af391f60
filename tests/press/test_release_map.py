"""The press release with the statement page's world map as its image: an <img> with its description in the
HTML, a PNG picture in the DOCX, the map's address in the text version. Chosen on the release form."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import Image

from tests.factories import make_signature, make_statement
from tests.press.factories import make_release
from tests.press.test_release_edit import FORM
from undersigned.press.models import Release

pytestmark = pytest.mark.django_db

DESCRIPTION = "Map of signatories by country: Germany 2, Austria 1."


@pytest.fixture
def campaign():
    statement = make_statement(slug="clean-rivers", title="Clean rivers")
    make_signature(statement, country="DE")
    make_signature(statement, country="DE")
    make_signature(statement, country="AT")
    return statement


def test_the_html_release_shows_the_map_with_its_counts_as_alt_text(client, campaign, settings):
    settings.SITE_URL = "https://sign.example"
    make_release(campaign, include_map=True)
    html = client.get("/s/clean-rivers/press-release/").content.decode()
    revision = campaign.list_revision
    assert (
        f'<img src="/s/clean-rivers/map.svg?r={revision}" alt="{DESCRIPTION}" '
        'width="812" height="359" loading="lazy">'
    ) in html


def test_without_the_choice_the_release_has_no_map(client, campaign):
    make_release(campaign)
    assert "map.svg" not in client.get("/s/clean-rivers/press-release/").content.decode()
    assert "map.svg" not in client.get("/s/clean-rivers/press-release.txt").content.decode()


def test_the_text_release_gives_the_maps_address(client, campaign, settings):
    settings.SITE_URL = "https://sign.example"
    make_release(campaign, include_map=True)
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    revision = campaign.list_revision
    # Wrapped at 72 characters, as every line of the text version is.
    assert (
        f"Map of signatories by country:\nhttps://sign.example/s/clean-rivers/map.svg?r={revision}\n" in text
    )


def test_the_docx_release_holds_the_map_as_a_png_picture_with_alt_text(client, campaign):
    make_release(campaign, include_map=True)
    document = Document(io.BytesIO(client.get("/s/clean-rivers/press-release.docx").content))
    [shape] = document.inline_shapes
    assert shape._inline.docPr.get("descr") == DESCRIPTION
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip
    part = document.part.related_parts[blip.get(qn("r:embed"))]
    assert part.content_type == "image/png"
    picture = Image.open(io.BytesIO(part.blob))
    assert picture.size == (812 * 2, 359 * 2)
    # Germany's shade (the darkest: the most signatories) is drawn, not only the grey of the empty map.
    assert (8, 81, 156) in {colour for _n, colour in picture.convert("RGB").getcolors(1 << 16)}
    assert DESCRIPTION in [p.text for p in document.paragraphs]


def test_many_countries_are_summed_up_after_the_largest_ten(client, campaign):
    for code in ["FR", "IT", "ES", "PL", "NL", "BE", "CZ", "DK", "SE", "FI"]:
        make_signature(campaign, country=code)
    make_release(campaign, include_map=True)
    html = client.get("/s/clean-rivers/press-release/").content.decode()
    assert "Germany 2, Austria 1, Belgium 1," in html
    assert " and 2 signatories in 2 more countries." in html


def test_the_owner_includes_the_map_from_the_release_form(client, alice):
    make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    client.force_login(alice)
    assert 'name="include_map"' in client.get("/manage/s/clean-rivers/press-release/").content.decode()
    client.post("/manage/s/clean-rivers/press-release/", {**FORM, "include_map": "on"})
    assert Release.objects.get().include_map is True
