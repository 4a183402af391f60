"""GET /s/<slug>/press-release/ (.txt, .docx): the newswire shape, embargo and who may see what."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone
from docx import Document

from tests.factories import make_signature, make_statement
from tests.press.factories import make_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    statement = make_statement(slug="clean-rivers", title="Clean rivers", country_order="AT, DE")
    make_signature(
        statement,
        kind="organization",
        organization_name="Union of River Communities",
        country="AT",
        representative_name="Maria Hofer",
        title="Chair",
        city="Vienna",
    )
    make_signature(statement, kind="organization", organization_name="Elbe Citizens' Union", country="DE")
    make_signature(
        statement, kind="individual", person_name="Jonas Weber", country="DE", email="jonas@example.org"
    )
    return statement


def test_the_text_version_reads_like_a_newswire_release(client, campaign):
    make_release(campaign, wire_service="PRNewswire")
    response = client.get("/s/clean-rivers/press-release.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    lines = text.splitlines()
    assert lines[0] == "FOR IMMEDIATE RELEASE"
    assert lines[2] == "River groups from nine countries demand open water data"
    assert lines[5].startswith("DRESDEN, Germany, Sept. 5, 2025 /PRNewswire/ -- Twelve organizations")
    assert (
        '"Rivers do not stop at borders. Neither will we," said Maria Hofer,\n'
        "Chair, Union of River Communities in Austria.\n" in text
    )
    assert (
        "Signed by:\n\nAustria\nUnion of River Communities, Vienna – Maria Hofer, Chair\n\nGermany\n" in text
    )
    assert "Jonas Weber" in text
    assert "About Clean Rivers Coalition\n" in text
    assert "Media contact:\nAda Lovelace\npress@example.org\n+49 351 123456\n" in text
    assert lines[-1] == "###"
    assert max(len(line) for line in lines) <= 72
    assert "jonas@example.org" not in text


def test_the_text_version_can_be_unwrapped_for_forms_that_reflow(client, campaign):
    make_release(campaign, lede="A " * 80 + "long lede.")
    text = client.get("/s/clean-rivers/press-release.txt?wrap=0").content.decode()
    assert "DRESDEN, Germany, Sept. 5, 2025 -- " + "A " * 80 + "long lede." in text


def test_organizations_only_leaves_individuals_out_and_no_headings_gives_one_list(client, campaign):
    make_release(campaign, selection="organizations", grouping="none", block_label="submitted")
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    block = text.split("Submitted by:\n", 1)[1].split("\n\n", 1)[0]
    assert block == "Union of River Communities, Vienna – Maria Hofer, Chair\nElbe Citizens' Union"


def test_a_named_selection_lists_only_the_chosen_signatories(client, campaign):
    chosen = campaign.signatures.get(person_name="Jonas Weber")
    make_release(campaign, selection="named", selected=[chosen])
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    assert text.split("Signed by:\n", 1)[1].startswith("\nGermany\nJonas Weber\n\n")


def test_the_html_page_shows_the_release_and_its_downloads(client, campaign):
    make_release(campaign)
    response = client.get("/s/clean-rivers/press-release/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>FOR IMMEDIATE RELEASE</strong>" in html
    assert '<strong class="dateline">DRESDEN, Germany, Sept. 5, 2025 --</strong>' in html
    assert "“Rivers do not stop at borders. Neither will we,” said Maria Hofer" in html
    assert 'href="/s/clean-rivers/press-release.txt"' in html
    assert 'href="/s/clean-rivers/press-release.docx"' in html
    assert "###" in html


def test_the_docx_download_holds_the_same_release(client, campaign):
    make_release(campaign)
    response = client.get("/s/clean-rivers/press-release.docx")
    assert response["Content-Disposition"] == 'attachment; filename="clean-rivers-press-release.docx"'
    paragraphs = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert paragraphs[0] == "FOR IMMEDIATE RELEASE"
    assert "River groups from nine countries demand open water data" in paragraphs
    assert any(p.startswith("DRESDEN, Germany, Sept. 5, 2025 -- Twelve") for p in paragraphs)
    assert "Union of River Communities, Vienna – Maria Hofer, Chair" in paragraphs
    assert paragraphs[-1] == "###"


def test_an_embargoed_release_is_not_public_before_its_time(client, campaign):
    embargo = timezone.now() + timedelta(hours=3)
    make_release(campaign, embargo_until=embargo, embargo_timezone="Europe/Berlin")
    for url in ["/s/clean-rivers/press-release/", "/s/clean-rivers/press-release.txt",
                "/s/clean-rivers/press-release.docx"]:  # fmt: skip
        assert client.get(url).status_code == 404
    assert client.get("/news/").content.decode().count("River groups") == 0


def test_an_embargoed_release_becomes_public_when_the_embargo_ends(client, campaign):
    release = make_release(campaign, embargo_until=timezone.now() + timedelta(hours=3))
    urls = ["/s/clean-rivers/press-release/", "/s/clean-rivers/press-release.txt",
            "/s/clean-rivers/press-release.docx"]  # fmt: skip
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    release.embargo_until = timezone.now() - timedelta(seconds=1)
    release.save()
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    assert "River groups" in client.get("/news/").content.decode()


def test_the_owner_previews_an_embargoed_release_with_its_hold_line(client, alice, campaign):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    embargo = datetime(2031, 9, 5, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    make_release(campaign, embargo_until=embargo, embargo_timezone="Europe/Berlin")
    client.force_login(alice)
    response = client.get("/s/clean-rivers/press-release/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "Preview: this release is under embargo" in html
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    assert text.splitlines()[0] == "HOLD FOR RELEASE until Sept. 5, 2031, 9 a.m. CEST (07:00 UTC)"


def test_a_draft_release_is_seen_only_by_the_owner(client, alice, charlie, campaign):
    make_release(campaign, publish=False)
    assert client.get("/s/clean-rivers/press-release/").status_code == 404
    client.force_login(charlie)
    assert client.get("/s/clean-rivers/press-release/").status_code == 404
    client.force_login(alice)
    assert "Preview: this release is a draft" in client.get("/s/clean-rivers/press-release/").content.decode()


def test_a_statement_without_a_release_has_no_release_page(client, campaign):
    assert client.get("/s/clean-rivers/press-release/").status_code == 404


def test_it_rejects_post(client, campaign):
    make_release(campaign)
    assert client.post("/s/clean-rivers/press-release/").status_code == 405
    assert client.post("/s/clean-rivers/press-release.txt").status_code == 405
