"""Bad or oversized input at /manage/s/<slug>/import/ is turned away quickly, with a message that
says what to do, next to the field: never a 500, never a slow request, never a huge page."""

import io
import time
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from undersigned.imports import limits
from undersigned.imports.limits import parse_within

pytestmark = pytest.mark.django_db

SMALL_PAGE = 50_000  # bytes: the start page with its message, never the pasted text again


@pytest.fixture
def owner_client(client, alice, statement):
    statement.owner = alice
    statement.save()
    client.force_login(alice)
    return client


def start_url(statement):
    return f"/manage/s/{statement.slug}/import/"


def post_timed(client, url, payload):
    """The response and the CPU seconds it took (not wall time: the test machine is shared).

    A first GET warms up what any first request pays for (URLs, templates, translations).
    """
    client.get(url)
    started = time.process_time()
    response = client.post(url, payload)
    return response, time.process_time() - started


def docx_with(document_xml_padding: bytes = b"", extra_members: int = 0) -> bytes:
    """A real .docx whose body is padded with `document_xml_padding`: a zip bomb when it is repetitive."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Signed by:")
    document.add_paragraph("1. Lakeside Friends Association")
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml" and document_xml_padding:
                at = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:at] + document_xml_padding + data[at:]
            target.writestr(item, data)
        for n in range(extra_members):
            target.writestr(f"customXml/extra{n}.xml", b"<a/>")
    return out.getvalue()


def test_a_docx_that_unpacks_to_too_much_is_refused_before_it_is_unpacked(owner_client, statement):
    bomb = docx_with(b"<w:p/>" * 5_000_000)  # 30 MB of empty paragraphs in a file of about 40 KB
    assert len(bomb) < 100_000
    response, seconds = post_timed(
        owner_client, start_url(statement), {"file": SimpleUploadedFile("list.docx", bomb)}
    )
    assert response.status_code == 400
    assert (
        "This .docx file unpacks to more than 20 MB, too much to read. "
        "Copy the list into a new document, or paste its text." in response.content.decode()
    )
    assert seconds < 1
    assert len(response.content) < SMALL_PAGE


def test_a_docx_with_too_many_paragraphs_is_refused_before_python_docx_reads_it(
    owner_client, statement, settings
):
    settings.UNDERSIGNED_IMPORT_MAX_LINES = 10_000
    bomb = docx_with(b"<w:p/>" * 500_000)  # 3 MB: under the size limit, but python-docx needs 3 s for it
    response, seconds = post_timed(
        owner_client, start_url(statement), {"file": SimpleUploadedFile("list.docx", bomb)}
    )
    assert response.status_code == 400
    assert (
        "This .docx file has 500,002 paragraphs; one import reads at most 10,000 lines. "
        "Split the list into parts of at most 10,000 lines and import them one after another."
        in response.content.decode()
    )
    assert seconds < 1


def test_a_docx_with_too_many_parts_is_refused(owner_client, statement, settings):
    settings.UNDERSIGNED_IMPORT_MAX_ZIP_MEMBERS = 100
    upload = SimpleUploadedFile("list.docx", docx_with(extra_members=200))
    response = owner_client.post(start_url(statement), {"file": upload})
    assert response.status_code == 400
    assert (
        "This .docx file holds more than 100 parts, too many to read. "
        "Copy the list into a new document, or paste its text." in response.content.decode()
    )


def test_a_docx_with_broken_xml_gets_a_message_not_a_500(owner_client, statement):
    upload = SimpleUploadedFile("list.docx", docx_with(b"<w:p>"))
    response = owner_client.post(start_url(statement), {"file": upload})
    assert response.status_code == 400
    assert "list.docx: not a readable .docx file" in response.content.decode()


def test_a_60000_line_paste_is_refused_quickly_and_not_sent_back(owner_client, statement):
    text = "Signed by:\n" + "\n".join(f"{n}. Club {n}" for n in range(1, 60_001))
    response, seconds = post_timed(owner_client, start_url(statement), {"text": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert (
        "This text has 60,001 lines; one import reads at most 10,000. "
        "Split the list into parts of at most 10,000 lines and import them one after another." in page
    )
    assert "Club 59999" not in page
    assert seconds < 1
    assert len(response.content) < SMALL_PAGE


def test_a_paste_with_too_many_characters_is_refused(owner_client, statement, settings):
    settings.UNDERSIGNED_IMPORT_MAX_CHARS = 1000
    response = owner_client.post(start_url(statement), {"text": "Signed by:\n1. " + "Riverside Club" * 150})
    assert response.status_code == 400
    assert (
        "This text has 2,114 characters; one import reads at most 1,000. "
        "Split the list into parts of at most 10,000 lines and import them one after another."
        in response.content.decode()
    )


def test_a_list_with_more_rows_than_one_review_holds_is_refused_at_preview(owner_client, statement, settings):
    settings.UNDERSIGNED_IMPORT_MAX_ROWS = 5
    text = "Signed by:\n" + "\n".join(f"{n}. Riverside Club {n}" for n in range(1, 8))
    response = owner_client.post(start_url(statement), {"text": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert (
        "This list has 7 signatories; one import reviews at most 5. "
        "Split the list into parts of at most 5 lines and import them one after another." in page
    )
    assert "Review the signatories" not in page


def test_reading_that_takes_too_long_is_stopped_with_advice(owner_client, statement, settings, monkeypatch):
    settings.UNDERSIGNED_IMPORT_PARSE_SECONDS = 0.2

    def endless(text):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(limits, "parse_document", endless)
    text = "Signed by:\n" + "\n".join(f"{n}. Riverside Club {n}" for n in range(1, 2000))
    started = time.perf_counter()
    response = owner_client.post(start_url(statement), {"text": text})
    seconds = time.perf_counter() - started  # wall time: the watchdog counts wall time too
    assert response.status_code == 400
    assert (
        "Reading this list took longer than 0.2 seconds, so it was stopped. "
        "Split the list into parts of at most 500 lines and import them one after another."
        in response.content.decode()
    )
    assert seconds < 5


def test_a_quick_parse_leaves_no_watchdog_behind():
    result = parse_within("Signed by:\n1. Riverside Club", seconds=0.05)
    time.sleep(0.2)  # the watchdog's time passes; nothing may be raised in this thread now
    assert [e.organization for e in result.entries] == ["Riverside Club"]


def test_an_odd_length_utf16_file_is_read(owner_client, statement):
    data = "\ufeffSigned by:\n1. Lakeside Friends Association\n".encode("utf-16-le") + b"\x00"[:1]
    assert len(data) % 2 == 1
    response = owner_client.post(start_url(statement), {"file": SimpleUploadedFile("list.txt", data)})
    assert response.status_code == 200
    assert 'value="Lakeside Friends Association"' in response.content.decode()


def test_a_utf16_file_without_its_byte_order_mark_is_read(owner_client, statement):
    data = "Signed by:\n1. Lakeside Friends Association\n".encode("utf-16-be")
    response = owner_client.post(start_url(statement), {"file": SimpleUploadedFile("list.txt", data)})
    assert 'value="Lakeside Friends Association"' in response.content.decode()


def test_a_file_that_is_not_text_gets_a_message_that_says_what_to_do(owner_client, statement):
    upload = SimpleUploadedFile("list.txt", bytes(range(256)) * 20)
    response = owner_client.post(start_url(statement), {"file": upload})
    assert response.status_code == 400
    assert (
        "This file is not plain text. Save it as a .txt file (UTF-8) or a .docx document, or paste its text."
        in response.content.decode()
    )


def test_a_file_too_large_is_refused_with_what_to_do(owner_client, statement, settings):
    settings.UNDERSIGNED_IMPORT_MAX_BYTES = 1_000_000
    upload = SimpleUploadedFile("list.txt", b"Signed by:\n" + b"x" * 1_000_001)
    response = owner_client.post(start_url(statement), {"file": upload})
    assert response.status_code == 400
    assert (
        "This file is larger than 1 MB. Upload a file with only the list, or paste its text."
        in response.content.decode()
    )
