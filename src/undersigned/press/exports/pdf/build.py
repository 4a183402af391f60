import logging

from django.template.loader import render_to_string
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import override
from weasyprint import HTML

from undersigned.common.languages import interface_language
from undersigned.common.markdown import render_markdown
from undersigned.press.exports.job import ExportJob

# WeasyPrint reports every layout step at INFO; the worker's log should show our events, not those.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

MEDIA_TYPE = "application/pdf"
EXTENSION = "pdf"
# Lists up to UNDERSIGNED_EXPORT_INLINE_ROWS x this are built inside the request (measured cost per row).
INLINE_FACTOR = 1
DISPOSITION = "inline"
# The document prints the statement's text, so it can be built in one of its translations (`?lang=`).
PRINTS_TEXT = True


def build(job: ExportJob, out) -> None:
    """The statement and its numbered, grouped list, typeset by WeasyPrint. Page numbers, the
    version's date and its fingerprint sit in the page footer (CSS paged media, see the template)."""
    statement, version, reading = job.statement, job.version, job.reading
    with override(interface_language(statement.language)):
        footer = " · ".join(
            [
                reading.title if len(reading.title) <= 60 else reading.title[:59] + "…",
                formats.date_format(version.created_at, "DATE_FORMAT"),
                f"{_('version')} {version.number}",
                version.short_hash,
            ]
        )
        html = render_to_string(
            "press/exports/statement.pdf.html",
            {
                "statement": statement,
                "version": version,
                "reading": reading,
                "text_html": render_markdown(reading.text),
                "rows": job.rows(),
                "total": job.total,
                "generated_at": job.generated_at,
                "url": job.url,
                "footer_css": css_string(footer),
            },
        )
    HTML(string=html, base_url=job.url).write_pdf(out)


def css_string(text: str) -> str:
    r"""Text for a CSS `content: "..."` inside <style>, where HTML escaping does not apply.

    >>> print(css_string('Say "no" </style>'))
    Say \"no\" \3c /style>
    >>> print(css_string("C:\\path"))
    C:\\path
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ").replace("\n", " ")
    return mark_safe(escaped)  # noqa: S308 - escaped for the CSS string context above
