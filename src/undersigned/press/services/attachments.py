from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from undersigned.press.models import Attachment
from undersigned.press.sniff import sniff
from undersigned.statements.models import Statement


def attachment_create(
    *, statement: Statement, upload, title: str, in_release: bool = True, user=None
) -> Attachment:
    """Store an uploaded file if it is really a PDF, PNG, JPEG or DOCX within the size limit.

    Raises ValidationError on the `file` field otherwise, so the form shows it next to the field.
    """
    limit = settings.UNDERSIGNED_MAX_ATTACHMENT_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            {"file": _("This file is %(size)s; the limit is %(limit)s.")
             % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}}
        )  # fmt: skip
    media_type = sniff(upload)
    if media_type is None:
        raise ValidationError({"file": _("Only PDF, PNG, JPEG and Word (DOCX) files can be attached.")})
    attachment = Attachment(
        statement=statement,
        title=title,
        original_name=(upload.name or "")[:255],
        media_type=media_type,
        size=upload.size,
        in_release=in_release,
    )
    # The stored name comes from the sniffed type, so "photo.pdf.exe" can never be served as what it claims.
    upload.name = f"{attachment.download_name}"
    attachment.file = upload
    attachment.full_clean()
    with transaction.atomic():
        attachment.save()
        attachment.log_action(
            "press.attachment_added", user=user, via="web",
            data={"title": title, "type": attachment.kind_label, "size": attachment.size},
        )  # fmt: skip
    return attachment


def attachment_delete(*, attachment: Attachment, user=None) -> None:
    with transaction.atomic():
        attachment.log_action(
            "press.attachment_removed", user=user, via="web", data={"title": attachment.title}
        )
        attachment.delete()
    # The file goes only after the row is gone, so a failed delete never leaves a dangling row.
    attachment.file.delete(save=False)
