"""Text out of an uploaded or named file: .txt (UTF-8 or Windows-1252) and .docx."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path


class ListSourceError(Exception):
    """The file cannot be read as a list; the message is shown to the user as is.

    `code` names the problem for callers that word their own message (the web form
    translates them); `params` holds the figures such a message needs.
    """

    def __init__(self, message: str, code: str | None = None, **params):
        super().__init__(message)
        self.code = code
        self.params = params


# A .docx is a zip: its declared sizes are checked before anything is decompressed, so a
# small file that unpacks to gigabytes (a "zip bomb") costs nothing. zipfile never yields
# more than a member's declared size, so the declaration can be trusted as an upper bound.
# Paragraphs and table rows are counted in the XML first too: python-docx spends about 2 s
# and 50 MB on every 300,000 of them, and an empty paragraph is six bytes.
MAX_UNZIPPED_BYTES = 20_000_000
MAX_ZIP_MEMBERS = 1000
MAX_PARAGRAPHS = 20_000
_PARAGRAPH_OR_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:p|tr)[\s/>]")

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _decode(data: bytes, name: str) -> str:
    # Word and Notepad on Windows still write cp1252; UTF-8 is tried first
    # because cp1252 decodes almost any byte string into something wrong.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ListSourceError(
            f"{name}: not UTF-8 or Windows-1252 text (byte {error.start})", code="not_text"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Notepad's "Unicode" without its mark: every other byte of Latin text is zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            return encoding
    return None


def _decode_text(data: bytes, name: str) -> str:
    """Text in UTF-8, UTF-16 (with or without its byte-order mark) or Windows-1252.

    A UTF-16 file cut at an odd length loses its last half character, not the whole file.

    >>> _decode_text("\ufeffAcme".encode("utf-16-le") + b"A", "list.txt")
    'Acme'
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise ListSourceError(f"{name}: looks like a binary file, not text", code="not_text")
    if encoding is None:
        return _decode(data, name)
    if encoding == "utf-8-sig":
        text = data.decode(encoding, errors="replace")
    else:
        body = data[2:] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data
        text = body[: len(body) // 2 * 2].decode(encoding, errors="replace")
    # A few broken characters are a damaged text; many mean it was never text.
    if text.count("\ufffd") > max(3, len(text) // 100) or "\x00" in text:
        raise ListSourceError(f"{name}: not readable as {encoding} text", code="not_text")
    return text


def _check_zip(data: bytes, name: str, max_unzipped: int, max_members: int, max_paragraphs: int) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as error:
        raise ListSourceError(f"{name}: not a readable .docx file ({error})") from None
    if len(members) > max_members:
        raise ListSourceError(
            f"{name}: {len(members)} parts in the .docx, more than {max_members}",
            code="docx_members",
            members=len(members),
            limit=max_members,
        )
    unzipped = sum(member.file_size for member in members)
    if unzipped > max_unzipped:
        raise ListSourceError(
            f"{name}: unpacks to {unzipped} bytes, more than {max_unzipped}",
            code="docx_unzipped",
            size=unzipped,
            limit=max_unzipped,
        )
    try:
        body = archive.read("word/document.xml")
    except (KeyError, zipfile.BadZipFile, ValueError, OSError):
        return  # python-docx says what is wrong with it
    paragraphs = len(_PARAGRAPH_OR_ROW.findall(body))
    if paragraphs > max_paragraphs:
        raise ListSourceError(
            f"{name}: {paragraphs} paragraphs, more than {max_paragraphs}",
            code="docx_paragraphs",
            paragraphs=paragraphs,
            limit=max_paragraphs,
        )


def _docx_text(
    data: bytes,
    name: str,
    max_unzipped: int = MAX_UNZIPPED_BYTES,
    max_members: int = MAX_ZIP_MEMBERS,
    max_paragraphs: int = MAX_PARAGRAPHS,
) -> str:
    import docx  # python-docx; imported here so .txt users never pay for it
    from docx.opc.exceptions import OpcError
    from lxml.etree import XMLSyntaxError

    _check_zip(data, name, max_unzipped, max_members, max_paragraphs)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OpcError, XMLSyntaxError) as error:
        raise ListSourceError(f"{name}: not a readable .docx file ({error})") from None
    lines = [p.text for p in document.paragraphs]
    # Lists pasted into Word often end up in a table, one signatory per row.
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            lines.append(", ".join(dict.fromkeys(cells)))
    return "\n".join(lines)


def read_text_file(
    source: str | Path | bytes,
    filename: str | None = None,
    *,
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES,
    max_zip_members: int = MAX_ZIP_MEMBERS,
    max_docx_paragraphs: int = MAX_PARAGRAPHS,
) -> str:
    """The text of a .txt or .docx file, given its path or its bytes plus its name.

    >>> read_text_file("Signed by:\\n1. Acme".encode(), "list.txt")
    'Signed by:\\n1. Acme'
    """
    if isinstance(source, bytes):
        data, name = source, filename or "upload"
    else:
        path = Path(source)
        name = filename or path.name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ListSourceError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise ListSourceError(f"{path}: is a directory") from None
        except OSError as error:
            raise ListSourceError(f"{path}: cannot be read ({error.strerror})") from None
    suffix = Path(name).suffix.casefold()
    if suffix == ".docx":
        text = _docx_text(data, name, max_unzipped_bytes, max_zip_members, max_docx_paragraphs)
    elif suffix in {".txt", ".text", ".md", ""} or name == "-":
        text = _decode_text(data, name)
    else:
        raise ListSourceError(f"{name}: unsupported file type '{suffix}' (use .txt or .docx)")
    if not text.strip():
        raise ListSourceError(f"{name}: the file is empty", code="empty")
    return text
