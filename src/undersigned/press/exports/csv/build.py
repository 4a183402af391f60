import csv
import io

from undersigned.common.csvsafe import safe_cell
from undersigned.press.exports.job import ExportJob, public_fields, with_names

MEDIA_TYPE = "text/csv; charset=utf-8"
EXTENSION = "csv"
# Lists up to UNDERSIGNED_EXPORT_INLINE_ROWS x this are built inside the request (measured cost per row).
INLINE_FACTOR = 20
DISPOSITION = "attachment"

HEADER = ["number", "group", "country", "country_name", "kind", "organization", "representative", "title", "honorific",
          "name", "city", "region", "line"]  # fmt: skip


def build(job: ExportJob, out) -> None:
    """UTF-8 with a byte-order mark so spreadsheet programs detect the encoding; every cell is
    escaped so a name like `=HYPERLINK(...)` stays text."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(HEADER)
    names = with_names(job.statement.language)
    for row in job.rows():
        fields = names(row, public_fields(row))
        writer.writerow([safe_cell(fields[column]) for column in HEADER])
    text.flush()
    text.detach()
