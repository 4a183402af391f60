"""Which kind of file an upload really is, read from its first bytes, never from its name."""

import zipfile

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def sniff(fileobj) -> str | None:
    """`%PDF-` -> PDF, the PNG signature -> PNG, `FF D8 FF` -> JPEG, a ZIP holding
    `word/document.xml` -> DOCX; anything else (including a renamed .exe) -> None.
    Leaves the file positioned at its start."""
    fileobj.seek(0)
    head = fileobj.read(16)
    fileobj.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(fileobj) as archive:
                # Only the directory is read; nothing is decompressed, so a zip bomb costs nothing.
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            fileobj.seek(0)
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return DOCX
    return None
