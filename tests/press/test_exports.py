"""/s/<slug>/export.pdf, export.docx, signatories.csv, signatories.json: the list as the page shows it,
public fields only, cached per list revision, long lists built by the worker with a progress page."""

import csv
import io
import json
import subprocess

import pytest
from django.test import override_settings
from docx import Document
from pypdf import PdfReader

from tests.factories import make_signature, make_statement
from undersigned.press.models import ExportFile

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

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
        email="office@union.example",
    )
    make_signature(
        statement, kind="individual", person_name="Jonas Weber", country="DE", email="jonas@example.org"
    )
    make_signature(statement, kind="individual", person_name='=HYPERLINK("http://evil")', country="DE")
    make_signature(
        statement, kind="individual", person_name="Hidden Person", country="DE", consent_display=False
    )
    make_signature(statement, kind="individual", person_name="Pending Person", country="DE", status="pending")
    return statement


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_pdf_holds_the_statement_and_the_numbered_grouped_list(client, campaign):
    response = client.get("/s/clean-rivers/export.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content)
    text = pdf_text(content)
    assert "Clean rivers" in text
    assert "call on the council to restore weekend opening hours" in text
    assert "Austria" in text and "Germany" in text
    assert "1. Union of River Communities, Vienna – Maria Hofer, Chair" in text
    assert "2. Jonas Weber" in text
    assert "Hidden Person" not in text and "Pending Person" not in text
    assert "jonas@example.org" not in text


def test_the_pdf_footer_carries_page_numbers_date_and_version_hash(client, campaign):
    content = b"".join(client.get("/s/clean-rivers/export.pdf").streaming_content)
    version = campaign.current_version
    footer = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    text = footer.stdout.decode()
    assert "Page 1 of 1" in text
    assert f"version 1 · {version.short_hash}" in text
    assert version.created_at.strftime("%Y") in text


def test_the_docx_holds_the_statement_and_the_list(client, campaign):
    response = client.get("/s/clean-rivers/export.docx")
    assert response["Content-Disposition"] == 'attachment; filename="clean-rivers.docx"'
    document = Document(io.BytesIO(b"".join(response.streaming_content)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Clean rivers"
    assert "We, the undersigned, call on the council to restore weekend opening hours." in paragraphs
    assert (
        paragraphs[paragraphs.index("Austria") + 1]
        == "1. Union of River Communities, Vienna – Maria Hofer, Chair"
    )
    assert paragraphs[paragraphs.index("Germany") + 1] == "2. Jonas Weber"
    footer = document.sections[0].footer.paragraphs[0]
    assert campaign.current_version.short_hash in footer.text
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml


def test_the_csv_has_public_fields_only_and_escapes_formulas(client, campaign):
    response = client.get("/s/clean-rivers/signatories.csv")
    assert response["Content-Disposition"] == 'attachment; filename="clean-rivers-signatories.csv"'
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["number"] for row in rows] == ["1", "2", "3"]
    assert rows[0]["organization"] == "Union of River Communities"
    assert rows[0]["country_name"] == "Austria"
    assert rows[2]["name"] == '\'=HYPERLINK("http://evil")'
    assert "email" not in rows[0]
    assert "@" not in text


def test_the_json_has_the_statement_and_the_numbered_list_without_emails(client, campaign):
    response = client.get("/s/clean-rivers/signatories.json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(b"".join(response.streaming_content))
    assert data["statement"]["sha256"] == campaign.current_version.sha256
    assert data["statement"]["url"] == "http://testserver/s/clean-rivers/"
    assert data["count"] == 3
    assert [s["number"] for s in data["signatories"]] == [1, 2, 3]
    assert data["signatories"][1] == {
        "number": 2, "kind": "individual", "organization": "", "representative": "", "title": "",
        "honorific": "", "name": "Jonas Weber", "city": "", "region": "", "country": "DE",
        "line": "Jonas Weber", "country_name": "Germany", "group": "Germany",
    }  # fmt: skip
    assert "@" not in json.dumps(data)


def test_an_export_is_cached_until_the_list_changes(client, campaign):
    client.get("/s/clean-rivers/signatories.json")
    client.get("/s/clean-rivers/signatories.json")
    assert ExportFile.objects.filter(kind="json").count() == 1
    make_signature(campaign, person_name="Late Signer", country="DE")
    data = json.loads(b"".join(client.get("/s/clean-rivers/signatories.json").streaming_content))
    assert data["count"] == 4
    # The old build and its file are dropped once the new one is ready.
    assert ExportFile.objects.filter(kind="json").count() == 1


@override_settings(UNDERSIGNED_EXPORT_INLINE_ROWS=2)
def test_a_long_list_is_built_by_the_worker_while_the_page_shows_progress(client, campaign, run_tasks):
    response = client.get("/s/clean-rivers/export.pdf", HTTP_ACCEPT=BROWSER)
    assert response.status_code == 202
    html = response.content.decode()
    assert "Preparing your download" in html
    assert 'hx-get="/s/clean-rivers/exports/pdf/progress/"' in html
    assert "0 of 3 signatories" in html
    run_tasks()
    fragment = client.get("/s/clean-rivers/exports/pdf/progress/").content.decode()
    assert "The file is ready." in fragment
    assert 'href="/s/clean-rivers/export.pdf"' in fragment
    assert "hx-get" not in fragment
    response = client.get("/s/clean-rivers/export.pdf")
    assert response.status_code == 200
    assert "Jonas Weber" in pdf_text(b"".join(response.streaming_content))


def test_a_failed_build_shows_a_message_instead_of_an_error(client, campaign, monkeypatch):
    from undersigned.press.exports.json import build

    def broken(job, out):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "build", broken)
    response = client.get("/s/clean-rivers/signatories.json", HTTP_ACCEPT=BROWSER)
    assert response.status_code == 503
    assert "the file could not be built" in response.content.decode()
    assert ExportFile.objects.get().error == "RuntimeError: disk full"


@override_settings(UNDERSIGNED_EXPORT_INLINE_ROWS=2)
def test_a_command_line_client_gets_a_plain_202_with_retry_after_then_the_file(client, campaign, run_tasks):
    response = client.get("/s/clean-rivers/export.pdf", HTTP_ACCEPT="*/*")
    assert response.status_code == 202
    assert response["Retry-After"] == "5"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "The file is being prepared. Ask again in 5 seconds: http://testserver/s/clean-rivers/export.pdf\n"
    )
    run_tasks()
    response = client.get("/s/clean-rivers/export.pdf", HTTP_ACCEPT="*/*")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_a_failed_build_answers_a_command_line_client_in_plain_text(client, campaign, monkeypatch):
    from undersigned.press.exports.json import build

    monkeypatch.setattr(build, "build", lambda job, out: 1 / 0)
    response = client.get("/s/clean-rivers/signatories.json")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response.content.decode() == "The file could not be built. Ask again later.\n"


def test_exports_of_a_draft_are_not_public(client):
    make_statement(slug="secret", status="draft")
    assert client.get("/s/secret/export.pdf").status_code == 404
    assert client.get("/s/secret/signatories.csv").status_code == 404


def test_an_unknown_progress_kind_is_not_found(client, campaign):
    assert client.get("/s/clean-rivers/exports/exe/progress/").status_code == 404


def test_exports_reject_post(client, campaign):
    assert client.post("/s/clean-rivers/export.pdf").status_code == 405
