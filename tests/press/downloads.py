"""Reading what the export and release views send, as a journalist's tools would."""

import subprocess


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def pdftotext(content: bytes) -> str:
    """The PDF's text as poppler's pdftotext reads it (right-to-left words come back in reading order)."""
    return subprocess.run(
        ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()
