from django.db import models
from django.utils.translation import gettext_lazy as _

from undersigned.statements.models import Statement, StatementVersion


class ExportFile(models.Model):
    """One built export of a statement and its list: a cache entry keyed by the list revision
    and the text version, so any change to either makes a new one."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "DOCX"
        CSV = "csv", "CSV"
        JSON = "json", "JSON"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="export_files")
    version = models.ForeignKey(StatementVersion, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    list_revision = models.PositiveIntegerField()
    # The language of the statement's text in the document: empty for the original, else a translation's.
    language = models.CharField(max_length=16, blank=True, default="")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    # Relative to UNDERSIGNED_EXPORTS_DIR.
    path = models.CharField(max_length=300, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "kind", "list_revision", "version", "language"],
                name="one_export_per_revision_and_language",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement.slug} {self.kind} r{self.list_revision} v{self.version_id}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.READY:
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0
