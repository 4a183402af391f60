import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.common.validators import validate_plain_name
from undersigned.statements.models import Statement


def attachment_storage() -> FileSystemStorage:
    # Under the data directory and outside MEDIA_ROOT: files are served through a view that
    # checks the statement is public and sets the sniffed type, never by the web server directly.
    return FileSystemStorage(location=settings.UNDERSIGNED_ATTACHMENTS_DIR)


def new_attachment_token() -> str:
    """The attachment's part of its public URL: 128 random bits, so no one finds a file by counting ids."""
    return secrets.token_urlsafe(16)


class Attachment(LoggingMixin, models.Model):
    class Type(models.TextChoices):
        PDF = "application/pdf", "PDF"
        PNG = "image/png", "PNG"
        JPEG = "image/jpeg", "JPEG"
        DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="attachments")
    token = models.CharField(max_length=32, unique=True, default=new_attachment_token, editable=False)
    title = models.CharField(
        _("title"),
        max_length=200,
        validators=[validate_plain_name],
        help_text=_("What the file is, e.g. “Fact sheet” or “Map of the river basin”."),
    )
    file = models.FileField(_("file"), storage=attachment_storage, upload_to="%Y/%m/", max_length=300)
    original_name = models.CharField(_("original file name"), max_length=255, blank=True)
    media_type = models.CharField(_("type"), max_length=100, choices=Type.choices)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    in_release = models.BooleanField(_("list in the press release"), default=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["statement", "created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title

    @property
    def extension(self) -> str:
        return {"PDF": "pdf", "PNG": "png", "JPEG": "jpg", "DOCX": "docx"}[self.Type(self.media_type).label]

    @property
    def kind_label(self) -> str:
        return self.Type(self.media_type).label

    @property
    def download_name(self) -> str:
        from django.utils.text import slugify

        return f"{slugify(self.title) or 'attachment'}.{self.extension}"

    @property
    def is_image(self) -> bool:
        return self.media_type in (self.Type.PNG, self.Type.JPEG)
