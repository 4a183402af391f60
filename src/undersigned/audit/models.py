from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """One state change: what happened to which object, who did it, and how.

    Entries name the object by model label and primary key rather than a foreign key,
    so an entry outlives the object it describes (a deleted signature keeps its history).
    """

    action = models.CharField(_("action"), max_length=64, db_index=True)
    object_type = models.CharField(_("object type"), max_length=64)
    object_id = models.CharField(_("object id"), max_length=64)
    statement_id = models.BigIntegerField(_("statement id"), null=True, blank=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    via = models.CharField(
        _("via"), max_length=64, blank=True, help_text=_("web, email link, admin, import, cli…")
    )
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self) -> str:
        return f"{self.action} {self.object_type}#{self.object_id}"

    @classmethod
    def describing(
        cls, obj, action: str, *, user=None, via: str = "", data: dict | None = None
    ) -> "AuditEntry":
        """An unsaved entry for one change of `obj`, named by model label and primary key."""
        statement_id = getattr(obj, "statement_id", None)
        if statement_id is None and obj._meta.label_lower == "statements.statement":
            statement_id = obj.pk
        if user is not None and not getattr(user, "is_authenticated", False):
            user = None
        return cls(
            action=action,
            object_type=obj._meta.label_lower,
            object_id=str(obj.pk),
            statement_id=statement_id,
            user=user,
            via=via,
            data=data or {},
        )


class LoggingMixin:
    """Gives a model `obj.log_action("signature.confirmed", user=..., via=..., data=...)`."""

    def log_action(self, action: str, *, user=None, via: str = "", data: dict | None = None) -> AuditEntry:
        entry = AuditEntry.describing(self, action, user=user, via=via, data=data)
        entry.save()
        return entry
