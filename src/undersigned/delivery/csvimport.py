"""Recipients from a CSV (pasted or uploaded): every row is cleaned first, with its errors by line and
column, and nothing is stored until the owner has reviewed the table (see `recipients_import`).

Columns: name, email, role, and addressee or media. With a header row the columns may come in any order;
without one they are read in that order. The role is an addressee's office or a journalist's outlet.
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from undersigned.common.emails import normalize_email
from undersigned.delivery.models import Recipient

MAX_ROWS = 1000
COLUMNS = ("name", "email", "role", "kind")
_HEADERS = {
    "name": "name", "full name": "name", "email": "email", "e-mail": "email", "email address": "email",
    "role": "role", "office": "role", "outlet": "role", "position": "role", "title": "role",
    "kind": "kind", "type": "kind", "addressee or media": "kind", "category": "kind",
}  # fmt: skip
_KINDS = {
    "addressee": Recipient.Kind.ADDRESSEE, "addressees": Recipient.Kind.ADDRESSEE, "": Recipient.Kind.ADDRESSEE,
    "media": Recipient.Kind.MEDIA, "press": Recipient.Kind.MEDIA, "journalist": Recipient.Kind.MEDIA,
}  # fmt: skip


@dataclass
class CsvProblem:
    column: str
    value: str
    message: str


@dataclass
class CsvRow:
    line: int
    name: str
    email: str
    role: str
    kind: str
    problems: list[CsvProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def recipient_fields(self) -> dict:
        affiliation = "office" if self.kind == Recipient.Kind.ADDRESSEE else "outlet"
        return {"kind": self.kind, "name": self.name, "email": self.email, affiliation: self.role}


def _header_map(first: list[str]) -> dict[int, str] | None:
    names = [" ".join(cell.strip().lower().split()) for cell in first]
    if "email" not in {_HEADERS.get(n) for n in names}:
        return None
    return {i: _HEADERS[n] for i, n in enumerate(names) if n in _HEADERS}


def parse_recipients_csv(text: str, *, existing_emails: set[str] = frozenset()) -> list[CsvRow]:
    """Rows with their problems; a row is stored only when it has none.

    >>> rows = parse_recipients_csv("name,email,role,kind\\nAna Ruiz,ana@example.org,Minister,addressee\\nBo,x,,tv")
    >>> [(r.line, r.ok) for r in rows]
    [(2, True), (3, False)]
    >>> [(p.column, p.value) for p in rows[1].problems]
    [('kind', 'tv'), ('email', 'x')]
    """
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    records = list(csv.reader(io.StringIO(text), dialect))
    if not records:
        return []
    header = _header_map(records[0])
    start = 1 if header else 0
    header = header or dict(enumerate(COLUMNS))
    rows: list[CsvRow] = []
    seen: set[str] = set()
    for index, record in enumerate(records[start:], start=start + 1):
        if not any(cell.strip() for cell in record):
            continue
        values = {column: "" for column in COLUMNS}
        for i, cell in enumerate(record):
            if i in header:
                values[header[i]] = " ".join(cell.split())
        row = CsvRow(line=index, name=values["name"], email=normalize_email(values["email"]),
                     role=values["role"], kind="")  # fmt: skip
        kind = _KINDS.get(values["kind"].lower())
        if kind is None:
            row.problems.append(CsvProblem("kind", values["kind"], _("Write “addressee” or “media”.")))
            kind = Recipient.Kind.ADDRESSEE
        row.kind = kind
        _validate(row, values)
        if row.email and row.email in existing_emails:
            row.problems.append(
                CsvProblem("email", values["email"], _("This address is already on the list."))
            )
        elif row.email and row.email in seen:
            row.problems.append(
                CsvProblem("email", values["email"], _("This address appears twice in the file."))
            )
        seen.add(row.email)
        rows.append(row)
        if len(rows) > MAX_ROWS:
            break
    return rows


def _validate(row: CsvRow, values: dict) -> None:
    """The model's own rules (required name, a valid address, lengths, no markup), reported by column."""
    recipient = Recipient(**row.recipient_fields())
    try:
        recipient.full_clean(exclude=["owner", "statement"], validate_constraints=False)
    except ValidationError as error:
        columns = {"office": "role", "outlet": "role"}
        for model_field, messages in error.message_dict.items():
            column = columns.get(model_field, model_field)
            row.problems.append(CsvProblem(column, values.get(column, ""), " ".join(messages)))
