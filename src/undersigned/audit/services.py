from undersigned.audit.models import AuditEntry


def log_action(obj, action: str, *, user=None, via: str = "", data: dict | None = None) -> AuditEntry:
    """Record one state change of `obj`. Every service that changes state calls this (or `obj.log_action`)."""
    entry = AuditEntry.describing(obj, action, user=user, via=via, data=data)
    entry.save()
    return entry


def log_actions(objs, action: str, *, user=None, via: str = "") -> None:
    """The same change to many objects at once (an import), in one query."""
    AuditEntry.objects.bulk_create(
        [AuditEntry.describing(obj, action, user=user, via=via) for obj in objs], batch_size=500
    )
