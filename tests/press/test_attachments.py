"""/manage/s/<slug>/attachments/: type read from the content, size limit, listed on the statement page
and in the release, served only with the sniffed type."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from tests.factories import make_statement
from tests.press.factories import make_release
from undersigned.audit.models import AuditEntry
from undersigned.press.models import Attachment
from undersigned.press.sniff import sniff

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.exe", "MZ")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (docx_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (plain_zip(), None),
        (b"MZ\x90\x00 an exe", None),
        (b"<html><script>alert(1)</script>", None),
        (b"", None),
    ],
)
def test_it_reads_the_type_from_the_first_bytes(content, expected):
    assert sniff(io.BytesIO(content)) == expected


def upload(client, statement, *, name="fact-sheet.pdf", content=PDF, title="Fact sheet"):
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(
        f"/manage/s/{statement.slug}/attachments/", {"title": title, "file": file, "in_release": "on"}
    )


@pytest.fixture
def statement(alice):
    return make_statement(slug="clean-rivers", title="Clean rivers", user=alice)


def test_the_owner_attaches_a_pdf_and_it_is_listed_on_the_statement_page(client, alice, statement):
    client.force_login(alice)
    response = upload(client, statement)
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.media_type == "application/pdf"
    assert attachment.size == len(PDF)
    assert AuditEntry.objects.filter(action="press.attachment_added", statement_id=statement.pk).exists()
    page = client.get("/s/clean-rivers/").content.decode()
    assert f'href="/s/clean-rivers/attachments/{attachment.token}/fact-sheet.pdf"' in page
    download = client.get(f"/s/clean-rivers/attachments/{attachment.token}/fact-sheet.pdf")
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF


def test_the_type_comes_from_the_content_not_the_name(client, alice, statement):
    client.force_login(alice)
    upload(client, statement, name="photo.pdf", content=PNG, title="Photo")
    attachment = Attachment.objects.get()
    assert attachment.media_type == "image/png"
    assert attachment.download_name == "photo.png"


def test_a_file_of_another_type_is_refused_next_to_the_field(client, alice, statement):
    client.force_login(alice)
    response = upload(client, statement, name="report.pdf", content=b"MZ\x90\x00 this is a program")
    assert response.status_code == 400
    html = response.content.decode()
    errors = html.split('id="id_file_errors"', 1)[1].split("</ul>", 1)[0]
    assert "Only PDF, PNG, JPEG and Word (DOCX) files can be attached." in errors
    assert Attachment.objects.count() == 0


@override_settings(UNDERSIGNED_MAX_ATTACHMENT_MB=1)
def test_a_file_over_the_size_limit_is_refused_next_to_the_field(client, alice, statement):
    client.force_login(alice)
    response = upload(client, statement, content=PDF + b"0" * (1024 * 1024))
    assert response.status_code == 400
    assert "This file is 1.0\xa0MB; the limit is 1.0\xa0MB." in response.content.decode()
    assert Attachment.objects.count() == 0


def test_a_missing_title_is_reported_next_to_the_field(client, alice, statement):
    client.force_login(alice)
    response = upload(client, statement, title="")
    assert response.status_code == 400
    assert 'id="id_title_errors"' in response.content.decode()


def test_attachments_are_listed_in_the_release(client, alice, statement):
    client.force_login(alice)
    upload(client, statement, title="River map", name="map.png", content=PNG)
    make_release(statement)
    attachment = Attachment.objects.get()
    text = client.get("/s/clean-rivers/press-release.txt?wrap=0").content.decode()
    assert (
        f"- River map (PNG, 72\xa0bytes): http://testserver/s/clean-rivers/attachments/{attachment.token}/river-map.png"
        in text
    )


def test_the_owner_removes_an_attachment(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    attachment = Attachment.objects.get()
    path = attachment.file.path
    response = client.post(f"/manage/s/clean-rivers/attachments/{attachment.pk}/remove/")
    assert response.status_code == 302
    assert Attachment.objects.count() == 0
    import os

    assert not os.path.exists(path)
    assert AuditEntry.objects.filter(action="press.attachment_removed").exists()


def test_an_outsider_cannot_attach_or_remove(client, alice, charlie, statement):
    client.force_login(alice)
    upload(client, statement, title="River map")
    attachment = Attachment.objects.get()
    client.force_login(charlie)
    assert upload(client, statement, title="Charlie's file").status_code == 403
    assert client.get("/manage/s/clean-rivers/attachments/").status_code == 403
    assert client.post(f"/manage/s/clean-rivers/attachments/{attachment.pk}/remove/").status_code == 403
    assert list(Attachment.objects.values_list("title", flat=True)) == ["River map"]


def test_removing_needs_post(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    pk = Attachment.objects.get().pk
    assert client.get(f"/manage/s/clean-rivers/attachments/{pk}/remove/").status_code == 405


def test_attachments_of_a_draft_are_not_public(client, alice):
    draft = make_statement(slug="draft-one", status="draft", user=alice)
    client.force_login(alice)
    upload(client, draft)
    client.logout()
    token = Attachment.objects.get().token
    assert client.get(f"/s/draft-one/attachments/{token}/fact-sheet.pdf").status_code == 404


def test_the_url_holds_a_random_token_not_the_sequential_id(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    upload(client, statement, title="Second sheet")
    first, second = Attachment.objects.order_by("pk")
    assert len(first.token) >= 22 and first.token != second.token
    make_release(statement)
    client.logout()
    assert client.get(f"/s/clean-rivers/attachments/{first.pk}/fact-sheet.pdf").status_code == 404
    assert client.get(f"/s/clean-rivers/attachments/{first.token}/fact-sheet.pdf").status_code == 200


def test_a_wrong_name_is_404(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    make_release(statement)
    token = Attachment.objects.get().token
    client.logout()
    assert client.get(f"/s/clean-rivers/attachments/{token}/anything.pdf").status_code == 404
    assert client.get(f"/s/clean-rivers/attachments/{token}/fact-sheet.pdf").status_code == 200


def test_attachments_of_a_draft_release_are_not_public_but_the_owner_sees_them(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    make_release(statement, publish=False)
    token = Attachment.objects.get().token
    owner_view = client.get(f"/s/clean-rivers/attachments/{token}/fact-sheet.pdf")
    assert owner_view.status_code == 200
    assert owner_view["Cache-Control"] == "private, no-store"
    assert f"/attachments/{token}/" in client.get("/s/clean-rivers/").content.decode()
    client.logout()
    assert client.get(f"/s/clean-rivers/attachments/{token}/fact-sheet.pdf").status_code == 404
    assert f"/attachments/{token}/" not in client.get("/s/clean-rivers/").content.decode()


def test_attachments_without_a_release_are_not_public(client, alice, statement, charlie):
    client.force_login(alice)
    upload(client, statement)
    token = Attachment.objects.get().token
    client.force_login(charlie)
    assert client.get(f"/s/clean-rivers/attachments/{token}/fact-sheet.pdf").status_code == 404
    assert "Attachments" not in client.get("/s/clean-rivers/").content.decode()


def test_attachments_of_an_embargoed_release_are_public_once_the_embargo_ends(client, alice, statement):
    client.force_login(alice)
    upload(client, statement)
    release = make_release(statement, embargo_until=timezone.now() + timedelta(hours=2))
    token = Attachment.objects.get().token
    client.logout()
    url = f"/s/clean-rivers/attachments/{token}/fact-sheet.pdf"
    assert client.get(url).status_code == 404
    release.embargo_until = timezone.now() - timedelta(minutes=1)
    release.save(update_fields=["embargo_until"])
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
