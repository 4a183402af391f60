from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext
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

    def field_changes(self) -> list[dict]:
        """The changed fields an entry records (`data["changes"]`: `{field: {"before", "after"}}`), each
        named by its label, for the audit page."""
        changes = self.data.get("changes") if isinstance(self.data, dict) else None
        if not isinstance(changes, dict):
            return []
        return [
            {"label": self._field_label(name), "before": _readable(change.get("before")),
             "after": _readable(change.get("after"))}
            for name, change in changes.items()
            if isinstance(change, dict)
        ]  # fmt: skip

    def other_details(self) -> list[tuple[str, object]]:
        """The rest of the entry's details, as (key, value); changed fields shown with their values are
        not named again."""
        if not isinstance(self.data, dict):
            return []
        changes = self.data.get("changes")
        details = []
        for key, value in self.data.items():
            if key == "fields" and isinstance(changes, dict) and isinstance(value, list):
                value = [name for name in value if name not in changes]
            if key in ("fields", "proposed") and isinstance(value, list):
                value = [self._field_label(str(name)) for name in value]
            if key != "changes" and value != []:
                details.append((key, ", ".join(map(str, value)) if isinstance(value, list) else value))
        return details

    def _field_label(self, name: str) -> str:
        try:
            return str(apps.get_model(self.object_type)._meta.get_field(name).verbose_name)
        except (LookupError, ValueError, FieldDoesNotExist):
            return name

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


def _readable(value) -> str:
    if value in ("", None):
        return "—"
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    return str(value)
