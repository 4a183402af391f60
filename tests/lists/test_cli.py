"""`undersigned parse FILE [--format json|text]` through `undersigned.lists.cli.run`."""

import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from undersigned.lists.cli import run

SAMPLES = Path(__file__).parent / "samples"


def test_it_prints_the_json_shape(capsys):
    assert run([str(SAMPLES / "grouped-organizations.txt")]) == 0
    output = json.loads(capsys.readouterr().out)
    assert set(output) == {"statement", "entries", "duplicates", "warnings", "notices"}
    assert set(output["statement"]) == {"title", "dateline", "body"}
    assert set(output["entries"][0]) == {
        "position",
        "number",
        "group",
        "group_label",
        "kind",
        "person",
        "honorific",
        "title",
        "organization",
        "city",
        "region",
        "country",
        "text",
        "warnings",
        "doubts",
    }
    assert output["duplicates"] == {"exact": [], "probable": [[12, 14]]}


def test_it_keeps_non_ascii_characters_in_json(capsys):
    run([str(SAMPLES / "grouped-organizations.txt")])
    assert "“Reed & Rush” Society" in capsys.readouterr().out


def test_it_prints_a_readable_text_listing(capsys):
    assert run([str(SAMPLES / "submitted-individuals.txt"), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Title: Open letter on library opening hours" in out
    assert "Dateline: CHICAGO, March 3, 2025" in out
    assert "Entries: 10" in out
    assert "Group 1" in out
    assert "Robert Jenkins" in out


def test_it_reads_standard_input_for_a_dash(capsys, monkeypatch):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Signed by:\n\n1. Kenya Mangrove Network\n"))
    )
    assert run(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"][0]["country"] == "KE"


def test_it_reads_a_docx_file(tmp_path, capsys):
    document = docx.Document()
    for paragraph in [
        "Joint statement",
        "We ask for clean rivers.",
        "Signed by:",
        "1. Kenya Mangrove Network",
        "2. Federation of Wetland Friends in Portugal",
    ]:
        document.add_paragraph(paragraph)
    document.save(tmp_path / "list.docx")
    assert run([str(tmp_path / "list.docx")]) == 0
    assert [e["country"] for e in json.loads(capsys.readouterr().out)["entries"]] == ["KE", "PT"]


def test_it_reads_windows_1252_text(tmp_path, capsys):
    (tmp_path / "list.txt").write_bytes(
        "Signed by:\n\n1. Réseau Semences Paysannes\n2. Amis de la Terre\n".encode("cp1252")
    )
    assert run([str(tmp_path / "list.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["entries"][0]["organization"] == "Réseau Semences Paysannes"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"  \n\n ", "the file is empty"),
        (
            b"We simply believe that the council should restore the opening hours this year.\n",
            "no list of signatories found",
        ),
        (b"\x00\x01\x02binary", "looks like a binary file, not text"),
    ],
)
def test_it_fails_with_one_clear_line_and_exit_code_2(tmp_path, capsys, content, message):
    path = tmp_path / "list.txt"
    if content is not None:
        path.write_bytes(content)
    assert run([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_it_refuses_unsupported_file_types(tmp_path, capsys):
    (tmp_path / "list.pdf").write_bytes(b"%PDF-1.4")
    assert run([str(tmp_path / "list.pdf")]) == 2
    assert "unsupported file type '.pdf' (use .txt or .docx)" in capsys.readouterr().err


def test_it_refuses_a_broken_docx(tmp_path, capsys):
    (tmp_path / "list.docx").write_bytes(b"not a zip")
    assert run([str(tmp_path / "list.docx")]) == 2
    assert "not a readable .docx file" in capsys.readouterr().err


def test_it_runs_as_a_module_without_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "undersigned.lists.cli", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"undersigned parse: {tmp_path / 'missing.txt'}: no such file"


def test_the_text_format_prints_the_notices(tmp_path, capsys):
    path = tmp_path / "list.txt"
    path.write_text("Signed by:\n3. Lakeside Rowing Club\n4. Harbour Friends Association\n", encoding="utf-8")
    assert run([str(path), "--format", "text"]) == 0
    assert "Notice: The list's numbering starts at 3" in capsys.readouterr().out
