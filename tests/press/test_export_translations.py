"""Exports in a translation (`?lang=`): the PDF and DOCX print the translated title and text, laid out
right to left for Arabic; the original stays the default."""

import io
import re

import pytest
from docx import Document

from tests.factories import make_signature, make_statement, make_translation
from tests.press.downloads import download, pdftotext
from undersigned.press.exports.pdf import build as pdf_build
from undersigned.press.models import ExportFile

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "أنهار نظيفة"
ARABIC_TEXT = "ندعو المجلس إلى حماية الأنهار."


@pytest.fixture
def letter():
    statement = make_statement(slug="letter", title="Clean rivers", text="We call on the council.")
    make_translation(statement, "ar", title=ARABIC_TITLE, text=ARABIC_TEXT)
    make_signature(statement, person_name="Jonas Weber", country="DE")
    return statement


def test_the_pdf_of_the_arabic_translation_reads_in_arabic(client, letter):
    content = download(client, "/s/letter/export.pdf?lang=ar")
    text = pdftotext(content)
    # pdftotext puts right-to-left words back in reading order.
    assert ARABIC_TITLE in text
    # (The lam-alef ligature of "الأنهار" comes back decomposed, so the check stops before it.)
    assert "ندعو المجلس إلى حماية" in text
    assert "Jonas Weber" in text
    assert "We call on the council." not in text


def test_the_html_for_the_pdf_marks_the_arabic_text_right_to_left(client, letter, monkeypatch):
    seen = {}
    real = pdf_build.HTML

    def spy(*, string, base_url):
        seen["html"] = string
        return real(string=string, base_url=base_url)

    monkeypatch.setattr(pdf_build, "HTML", spy)
    download(client, "/s/letter/export.pdf?lang=ar")
    assert f'<h1 lang="ar" dir="rtl">{ARABIC_TITLE}</h1>' in seen["html"]
    assert re.search(r'<div class="text" lang="ar" dir="rtl"><p>' + ARABIC_TEXT, seen["html"])


def test_the_original_pdf_stays_left_to_right(client, letter, monkeypatch):
    seen = {}
    real = pdf_build.HTML
    monkeypatch.setattr(pdf_build, "HTML", lambda **kw: seen.update(kw) or real(**kw))
    download(client, "/s/letter/export.pdf")
    assert '<h1 lang="en" dir="ltr">Clean rivers</h1>' in seen["string"]


def test_the_docx_of_the_arabic_translation_is_right_to_left(client, letter):
    document = Document(io.BytesIO(download(client, "/s/letter/export.docx?lang=ar")))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == ARABIC_TITLE and ARABIC_TEXT in texts
    body = document.paragraphs[texts.index(ARABIC_TEXT)]
    assert body._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    assert all(run.font.rtl for run in body.runs)
    assert document.core_properties.language == "ar"


def test_the_docx_of_the_original_has_no_right_to_left_paragraph(client, letter):
    xml = Document(io.BytesIO(download(client, "/s/letter/export.docx"))).element.xml
    assert "w:bidi" not in xml and "w:rtl" not in xml


def test_each_language_is_built_and_cached_on_its_own(client, letter):
    download(client, "/s/letter/export.pdf?lang=ar")
    download(client, "/s/letter/export.pdf")
    download(client, "/s/letter/export.pdf?lang=ar")
    assert sorted(ExportFile.objects.values_list("language", flat=True)) == ["", "ar"]


def test_an_unknown_language_exports_the_original(client, letter):
    response = client.get("/s/letter/export.pdf?lang=zz")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="letter.pdf"'
    assert list(ExportFile.objects.values_list("language", flat=True)) == [""]


def test_the_list_exports_ignore_the_language(client, letter):
    download(client, "/s/letter/signatories.csv?lang=ar")
    assert list(ExportFile.objects.values_list("language", flat=True)) == [""]


def test_the_statement_page_offers_the_documents_in_the_language_shown(client, letter):
    arabic = client.get("/s/letter/?lang=ar").content.decode()
    assert '<a href="/s/letter/export.pdf?lang=ar">PDF</a>' in arabic
    assert '<a href="/s/letter/export.docx?lang=ar">Word (DOCX)</a>' in arabic
    assert '<a href="/s/letter/export.pdf">PDF</a>' in client.get("/s/letter/").content.decode()
