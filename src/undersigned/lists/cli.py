"""`undersigned parse FILE [--format json|text]`: print the parsed signatory list.

Exit codes: 0 parsed, 2 the file could not be read or holds no list. Errors
are one line on stderr, never a traceback: this is a tool for organisers.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import ListSourceError, parse_document, read_text_file
from .model import ParseResult

_COLUMNS = (
    "position",
    "number",
    "group",
    "kind",
    "honorific",
    "person",
    "title",
    "organization",
    "city",
    "region",
    "country",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="undersigned parse", description="Extract the signatories of a statement."
    )
    parser.add_argument("file", help="a .txt or .docx file, or - for standard input")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    return parser


def format_text(result: ParseResult) -> str:
    """A readable listing: statement, then one block of aligned fields per group."""
    out: list[str] = []
    st = result.statement
    for label, value in (("Title", st.title), ("Dateline", st.dateline)):
        if value:
            out.append(f"{label}: {value}")
    if st.body:
        first = st.body.split("\n")[0]
        more = "…" if len(first) > 100 or "\n" in st.body else ""
        out.append(f"Body: {first[:100]}{more}")
    out.append(f"Entries: {len(result.entries)}")
    rows = [[("" if getattr(e, c) is None else str(getattr(e, c))) for c in _COLUMNS] for e in result.entries]
    widths = [min(40, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(_COLUMNS)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell[:w].ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    group = None
    for entry, row in zip(result.entries, rows, strict=True):
        if entry.group != group:
            group = entry.group
            out.append("")
            out.append(f"Group {group}" + (f": {entry.group_label}" if entry.group_label else ""))
            out.append(line(list(_COLUMNS)))
        out.append(line(row))
        for warning in entry.warnings:
            out.append(f"{'':>8}! {warning}")
    duplicates = [("exact", result.exact_duplicates), ("probable", result.probable_duplicates)]
    if any(pairs for _, pairs in duplicates):
        out.append("")
        for label, pairs in duplicates:
            if pairs:
                out.append(f"Duplicates ({label}): " + ", ".join(f"{p}={q}" for p, q in pairs))
    if result.warnings:
        out.append("")
        out.extend(f"Warning: {w}" for w in result.warnings)
    if result.notices:
        out.append("")
        out.extend(
            f"Notice: {n.message}" + (f" (line {n.line + 1})" if n.line is not None else "")
            for n in result.notices
        )
    return "\n".join(out) + "\n"


def run(argv: list[str]) -> int:
    """Entry point for `undersigned parse`; `argv` excludes the word "parse"."""
    args = _parser().parse_args(argv)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
            text = read_text_file(data, "-")
        else:
            text = read_text_file(args.file)
    except ListSourceError as error:
        print(f"undersigned parse: {error}", file=sys.stderr)
        return 2
    result = parse_document(text)
    if not result.entries:
        name = "standard input" if args.file == "-" else args.file
        print(f"undersigned parse: {name}: no list of signatories found", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
