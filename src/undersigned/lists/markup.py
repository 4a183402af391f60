"""Plain lines out of what word processors, spreadsheets and Markdown leave in a pasted text.

* invisible characters and odd line ends (Word, PDF viewers);
* Markdown: `# headings`, `**bold**`, `*emphasis*`, `[links](...)`, `---` rules
  and `| table | rows |`;
* tab-separated cells. A list pasted from a two-column layout has one
  signatory per cell ("Org A<TAB>Org B"); a row pasted from a spreadsheet has
  one field per cell ("Jane Doe<TAB>Director<TAB>Acme Trust<TAB>Boston, MA").
  The two are told apart by what the cells hold: columns of the same kind of
  thing (all organisations, all names) are entries; a place, a role, or a
  name column beside an organisation column makes the cells fields of one
  signatory, joined with commas.
"""

from __future__ import annotations

import re

from . import names, orgs, places, roles

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\u00ad]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f]")
_ODD_CHARACTERS = "\u200b\u200c\u200d\u2060\u00ad\u00a0\u2007\u202f"
# C1 control characters are Windows-1252 text decoded as Latin-1: U+0096 was an en dash.
_C1_CONTROLS = re.compile(r"[\u0080-\u009f]")


def _windows_1252(match: re.Match[str]) -> str:
    """The character a C1 control stood for; a dash keeps the spaces of a separator ("Acme\x96Town")."""
    try:
        char = bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return f" {char} " if char in "–—" else char


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_RULE = re.compile(r"^\s*(?:[-_–—=]\s*){3,}$")
_MD_RULES = re.compile(r"^[ \t]*(?:[-_–—=][ \t]*){3,}$", re.MULTILINE)
_MD_HEADINGS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_STRONG = re.compile(r"\*\*|__")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
# "![Logos](/img/logos.png)": an image says nothing a reader copies as text.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|mailto:|www\.)[^)\s]*\)")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NUMBER_CELL = re.compile(r"^\s*(?:\(?\d{1,5}[.)\]:]?|[-•*·▪◦‣–—○●■□➢►✓✔])\s*$")


def strip_markdown(line: str) -> str:
    """A line without Markdown markup; text that is not Markdown comes back unchanged.

    >>> strip_markdown("- **Dr. Jane Roe**, Acme Trust"), strip_markdown("## Signatories"), strip_markdown("*Contact:* x")
    ('- Dr. Jane Roe, Acme Trust', 'Signatories', 'Contact: x')
    """
    if "#" in line:
        line = _MD_HEADING.sub("", line)
    if "*" in line or "_" in line:
        line = _MD_STRONG.sub("", line)
        if "*" in line:
            line = _MD_EMPHASIS.sub(r"\1", line)
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    return line


_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


def _cell_kind(cell: str) -> str:
    cell = _TRAILING_PARENTHESIS.sub("", cell) or cell
    if places.parse_place(cell):
        return "place"
    if roles.is_role(cell):
        return "role"
    if names.person_score(cell) == 2:
        return "person"
    if orgs.org_score(cell) >= 2 or len(cell.split()) == 1 or places.names_a_country(cell):
        return "org"
    # A description ("retired teacher") or a sentence, not a name of anything.
    return "other" if not cell[0].isupper() or len(cell.split()) > 10 else "org"


def _cells_are_entries(rows: list[list[str]]) -> bool:
    """Whether the columns of a pasted table each hold signatories rather than fields."""
    width = max(len(r) for r in rows)
    if width < 2:
        return False
    columns: list[set[str]] = [set() for _ in range(width)]
    for row in rows:
        for n, cell in enumerate(row):
            if cell:
                columns[n].add(_cell_kind(cell))
    if any(kinds & {"place", "role", "other"} for kinds in columns):
        return False
    # Every column holds the same one kind: organisations beside organisations,
    # names beside names. A column of names beside one of organisations is a
    # table of people and their affiliations.
    kinds = set().union(*columns)
    return len(kinds) == 1


def _cells(line: str) -> list[str]:
    if "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    else:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
    # A number or bullet in a cell of its own belongs to the cell after it.
    if len(cells) > 1 and _NUMBER_CELL.match(cells[0]):
        cells[0:2] = [f"{cells[0]} {cells[1]}"]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_table_row(line: str) -> bool:
    if "\t" in line:
        return len([c for c in line.split("\t") if c.strip()]) >= 2
    stripped = line.strip()
    return len(stripped) > 2 and stripped.startswith("|") and stripped.endswith("|")


def _bare_pipe_cells(line: str) -> int:
    """How many " | " separators a row of a table pasted without outer bars has."""
    return line.count(" | ") if "@" not in line else 0


_HEADER_WORDS = {
    "name",
    "names",
    "full name",
    "first name",
    "last name",
    "surname",
    "organization",
    "organisation",
    "organization name",
    "organisation name",
    "affiliation",
    "institution",
    "title",
    "position",
    "role",
    "job title",
    "city",
    "town",
    "state",
    "province",
    "region",
    "country",
    "location",
    "email",
    "e-mail",
    "signature",
    "date",
    "#",
    "no.",
    "no",
    "number",
}


def _is_header(cells: list[str]) -> bool:
    """ "Name | Organization | City": the column names of a pasted table."""
    return bool(cells) and all(c.strip(" :*").casefold() in _HEADER_WORDS for c in cells if c)


def split_columns(lines: list[str]) -> list[str]:
    """Lines with tab- or pipe-separated cells become one line per signatory.

    >>> split_columns(["Friends of the Earth\\tGreenpeace Nordic", "Oxfam Novib\\t"])
    ['Friends of the Earth', 'Greenpeace Nordic', 'Oxfam Novib']
    >>> split_columns(["Jane Roe\\tDirector\\tAcme Trust\\tBoston, MA"])
    ['Jane Roe, Director, Acme Trust, Boston, MA']
    """
    if not any("\t" in line or "|" in line for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        # "Jane Roe | Acme Trust | Boston" on two or more lines in a row, bars alike.
        bars = _bare_pipe_cells(lines[i])
        if bars and not _is_table_row(lines[i]):
            j = i
            while j < len(lines) and _bare_pipe_cells(lines[j]) == bars and not _is_table_row(lines[j]):
                j += 1
            if j - i >= 2:
                rows = [[c.strip() for c in line.split(" | ")] for line in lines[i:j]]
                if _is_header(rows[0]):
                    rows = rows[1:]
                out.extend(_join_rows(rows))
                i = j
                continue
        if not _is_table_row(lines[i]) or _TABLE_SEPARATOR.match(lines[i]):
            out.append(lines[i].replace("\t", " ").rstrip() if "\t" in lines[i] else lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (
            _is_table_row(lines[j]) or _TABLE_SEPARATOR.match(lines[j]) and "-" in lines[j]
        ):
            j += 1
        rows_text = lines[i:j]
        # A Markdown table's header row sits above its separator row.
        if len(rows_text) > 1 and _TABLE_SEPARATOR.match(rows_text[1]) and "|" in rows_text[1]:
            header = [c for c in _cells(rows_text[0]) if c]
            rows_text = rows_text[2:]
            if len(header) == 1 and not _is_header(header):
                out.append(header[0])
        rows = [_cells(r) for r in rows_text if not _TABLE_SEPARATOR.match(r)]
        rows = [r for r in rows if r]
        if rows and _is_header(rows[0]):
            rows = rows[1:]
        out.extend(_join_rows(rows))
        i = j
    return out


def _join_rows(rows: list[list[str]]) -> list[str]:
    """One line per cell when the cells are signatories, else one line per row."""
    if _cells_are_entries(rows):
        return [cell for row in rows for cell in row if cell]
    return [", ".join(cell for cell in row if cell) for row in rows]


def normalise_lines(text: str) -> list[str]:
    """The lines of a pasted document with markup, invisible characters and columns undone."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if any(ch in text for ch in _ODD_CHARACTERS):
        text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if _C1_CONTROLS.search(text):
        text = _C1_CONTROLS.sub(_windows_1252, text)
    # Whole-text passes: most pasted lists have no Markdown at all, and one
    # search over the text is cheaper than a test on every line.
    if any(rule in text for rule in ("---", "___", "===", "———", "–––", "- - -")):
        text = _MD_RULES.sub("", text)
    if "#" in text:
        text = _MD_HEADINGS.sub("", text)
    if "**" in text or "__" in text:
        text = _MD_STRONG.sub("", text)
    if "*" in text:
        text = _MD_EMPHASIS.sub(r"\1", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    lines = text.split("\n")
    if "\n\t" in text:
        lines = mark_row_descriptions(lines)
    return split_columns(lines) if "\t" in text or "|" in text else lines


def mark_row_descriptions(lines: list[str]) -> list[str]:
    """Bracket the description under each row of a pasted table whose rows start with an empty cell.

    A table copied from a web page with a logo column gives "\\tAcme - Country"
    for each row and, on the next line, the row's description ("Europe's largest
    hacker group"). Where at least three rows start so, the lines between them
    that do not are those descriptions: bracketed, they are read as notes.

    >>> mark_row_descriptions(["\\tAcme - Peru", "Makes boats.", "\\tBeta - Chile", "Rows.", "\\tGamma - Cuba"])
    ['\\tAcme - Peru', '[Makes boats.]', '\\tBeta - Chile', '[Rows.]', '\\tGamma - Cuba']
    """
    rows = [
        i
        for i, line in enumerate(lines)
        if line.startswith("\t") and line.strip() and "\t" not in line.strip()
    ]
    if len(rows) < 3:
        return lines
    out = list(lines)
    for a, b in zip(rows, rows[1:], strict=False):
        if b - a > 4:
            continue
        for k in range(a + 1, b):
            if lines[k].strip():
                out[k] = f"[{lines[k].strip()}]"
    return out
