from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import override
from docx.shared import Pt

from undersigned.common.languages import interface_language
from undersigned.common.text import xml_text
from undersigned.press.docxwriter import add_footer, add_markdown, new_document, set_right_to_left
from undersigned.press.exports.job import ExportJob

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSION = "docx"
# Lists up to UNDERSIGNED_EXPORT_INLINE_ROWS x this are built inside the request (measured cost per row).
INLINE_FACTOR = 5
DISPOSITION = "attachment"
# The document prints the statement's text, so it can be built in one of its translations (`?lang=`).
PRINTS_TEXT = True


def build(job: ExportJob, out) -> None:
    statement, version, reading = job.statement, job.version, job.reading
    rtl = reading.direction == "rtl"
    with override(interface_language(statement.language)):
        document = new_document(title=reading.title, language=reading.language)
        title = document.add_heading(xml_text(reading.title), level=0)
        if rtl:
            set_right_to_left(title)
        when = formats.date_format(version.created_at, "DATE_FORMAT")
        meta = document.add_paragraph(
            _("Version %(number)s of %(date)s · text fingerprint %(hash)s")
            % {"number": version.number, "date": when, "hash": version.short_hash}
        )
        meta.runs[0].font.size = Pt(9)
        add_markdown(document, reading.text, rtl=rtl)
        document.add_heading(_("Signatories"), level=1)
        document.add_paragraph(
            _("%(count)s confirmed signatories as of %(date)s. The list online: %(url)s")
            % {
                "count": job.total,
                "date": formats.date_format(job.generated_at, "DATE_FORMAT"),
                "url": job.url,
            }
        )
        for row in job.rows():
            if row.starts_group:
                document.add_heading(xml_text(row.group_label), level=2)
            paragraph = document.add_paragraph(xml_text(f"{row.number}. {row.line}"))
            paragraph.paragraph_format.space_after = Pt(0)
        add_footer(
            document,
            f"{reading.title} · {when} · {_('version')} {version.number} · {version.short_hash}",
            page_label=_("Page"),
            of_label=_("of"),
        )
    document.save(out)
