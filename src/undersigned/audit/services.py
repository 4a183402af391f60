from undersigned.audit.models import AuditEntry


def log_action(obj, action: str, *, user=None, via: str = "", data: dict | None = None) -> AuditEntry:
    """Record one state change of `obj`. Every service that changes state calls this."""
    statement_id = getattr(obj, "statement_id", None)
    if statement_id is None and obj._meta.label_lower == "statements.statement":
        statement_id = obj.pk
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    return AuditEntry.objects.create(
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        statement_id=statement_id,
        user=user,
        via=via,
        data=data or {},
    )


def log_actions(objs, action: str, *, user=None, via: str = "") -> None:
    """The same change to many objects at once (an import), in one query."""
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    AuditEntry.objects.bulk_create(
        [
            AuditEntry(
                action=action,
                object_type=obj._meta.label_lower,
                object_id=str(obj.pk),
                statement_id=getattr(obj, "statement_id", None),
                user=user,
                via=via,
            )
            for obj in objs
        ],
        batch_size=500,
    )
