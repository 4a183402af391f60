"""A statement written in Arabic: its PDF and DOCX set the text right to left, and its press release
reads right to left, with the English AP dateline and the fixed phrases marked as English."""

import io
import re

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.factories import make_signature, make_statement
from tests.press.downloads import download, pdftotext
from tests.press.factories import make_release
from undersigned.press.exports.pdf import build as pdf_build

pytestmark = pytest.mark.django_db

TITLE = "أنهار نظيفة"
TEXT = "ندعو المجلس إلى حماية الأنهار."
HEADLINE = "منظمات من تسعة بلدان تطالب بحماية الأنهار"


@pytest.fixture
def statement():
    statement = make_statement(slug="anhar", title=TITLE, text=TEXT, language="ar")
    make_signature(statement, person_name="Layla Haddad", country="EG")
    return statement


def test_the_pdf_reads_in_arabic(client, statement):
    content = download(client, "/s/anhar/export.pdf")
    text = pdftotext(content)
    assert TITLE in text
    assert "ندعو المجلس إلى حماية" in text  # (the lam-alef ligature after it comes back decomposed)
    assert "Layla Haddad" in text


def test_the_html_for_the_pdf_sets_the_text_right_to_left_in_an_english_document(
    client, statement, monkeypatch
):
    seen = {}
    real = pdf_build.HTML
    monkeypatch.setattr(pdf_build, "HTML", lambda **kw: seen.update(kw) or real(**kw))
    download(client, "/s/anhar/export.pdf")
    html = seen["string"]
    assert '<html lang="en">' in html  # "Signatories", the dates: no Arabic catalogue, so English
    assert f'<h1 lang="ar" dir="rtl">{TITLE}</h1>' in html
    assert re.search(r'<div class="text" lang="ar" dir="rtl"><p>' + TEXT, html)
    assert '<h3 lang="ar" dir="rtl">مصر</h3>' in html


def test_the_docx_sets_the_text_paragraphs_right_to_left(client, statement):
    document = Document(io.BytesIO(download(client, "/s/anhar/export.docx")))
    texts = [p.text for p in document.paragraphs]
    for paragraph in (document.paragraphs[0], document.paragraphs[texts.index(TEXT)]):
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert all(run.font.rtl for run in paragraph.runs)
    assert document.core_properties.language == "ar"


def test_the_release_page_reads_right_to_left_with_english_fixed_phrases(client, statement):
    make_release(statement, headline=HEADLINE)
    html = client.get("/s/anhar/press-release/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<article class="press-release" lang="ar" dir="rtl">' in html
    assert f"<h1>{HEADLINE}</h1>" in html
    assert '<p class="release-status" lang="en" dir="ltr"><strong>FOR IMMEDIATE RELEASE</strong></p>' in html
    assert '<strong class="dateline" lang="en" dir="ltr">DRESDEN, Germany, Sept. 5, 2025 --</strong>' in html
    assert '<div class="statement-text" lang="ar" dir="rtl">' in html


def test_the_release_docx_sets_the_owners_words_right_to_left(client, statement):
    make_release(statement, headline=HEADLINE)
    document = Document(io.BytesIO(client.get("/s/anhar/press-release.docx").content))
    by_text = {p.text: p for p in document.paragraphs}
    headline, body = by_text[HEADLINE], by_text[TEXT]
    for paragraph in (headline, body):
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    status = by_text["FOR IMMEDIATE RELEASE"]
    assert status._p.pPr is None or status._p.pPr.find(qn("w:bidi")) is None
    lede = next(p for p in document.paragraphs if p.text.startswith("DRESDEN"))
    assert lede.runs[0].font.rtl is False and lede.runs[1].font.rtl is True


def test_an_english_release_keeps_no_interface_marks(client):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", language="en")
    make_release(statement)
    html = client.get("/s/clean-rivers/press-release/").content.decode()
    assert '<p class="release-status"><strong>FOR IMMEDIATE RELEASE</strong></p>' in html
