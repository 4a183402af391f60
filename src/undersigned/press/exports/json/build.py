import json

from undersigned.press.exports.job import ExportJob, public_fields, with_names

MEDIA_TYPE = "application/json"
EXTENSION = "json"
# Lists up to UNDERSIGNED_EXPORT_INLINE_ROWS x this are built inside the request (measured cost per row).
INLINE_FACTOR = 20
DISPOSITION = "inline"


def build(job: ExportJob, out) -> None:
    """Written row by row, so a list of 100,000 never sits in memory as one Python object."""
    statement, version = job.statement, job.version
    head = {
        "statement": {
            "slug": statement.slug,
            "title": statement.title,
            "url": job.url,
            "language": statement.language,
            "version": version.number,
            "sha256": version.sha256,
        },
        "list_revision": statement.list_revision,
        "generated_at": job.generated_at.isoformat(),
        "count": job.total,
    }
    opening = json.dumps(head, ensure_ascii=False, indent=1)[:-2]  # drop the closing "\n}"
    out.write((opening + ',\n "signatories": [').encode())
    names = with_names(statement.language)
    for index, row in enumerate(job.rows()):
        fields = names(row, public_fields(row))
        out.write(((",\n  " if index else "\n  ") + json.dumps(fields, ensure_ascii=False)).encode())
    out.write(b"\n ]\n}\n")
