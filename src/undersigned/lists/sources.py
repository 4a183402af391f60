"""Text out of an uploaded or named file: .txt (UTF-8 or Windows-1252) and .docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


class ListSourceError(Exception):
    """The file cannot be read as a list; the message is shown to the user as is."""


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
        raise ListSourceError(f"{name}: not UTF-8 or Windows-1252 text (byte {error.start})") from None


def _docx_text(data: bytes, name: str) -> str:
    import docx  # python-docx; imported here so .txt users never pay for it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ListSourceError(f"{name}: not a readable .docx file ({error})") from None
    lines = [p.text for p in document.paragraphs]
    # Lists pasted into Word often end up in a table, one signatory per row.
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            lines.append(", ".join(dict.fromkeys(cells)))
    return "\n".join(lines)


def read_text_file(source: str | Path | bytes, filename: str | None = None) -> str:
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
        text = _docx_text(data, name)
    elif suffix in {".txt", ".text", ".md", ""} or name == "-":
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ListSourceError(f"{name}: looks like a binary file, not text")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = _decode(data, name)
    else:
        raise ListSourceError(f"{name}: unsupported file type '{suffix}' (use .txt or .docx)")
    if not text.strip():
        raise ListSourceError(f"{name}: the file is empty")
    return text
