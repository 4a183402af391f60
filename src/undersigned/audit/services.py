import re

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


ERASED = "[erased]"


def audit_entries_scrub(*, object_type: str, values_by_id: dict, keys=()) -> int:
    """Erase personal data from what the entries about these objects hold in `data`: the value of every
    key named in `keys` (at any depth: `{"email": {"before": ..., "after": ...}}`) and, in the entries about
    each object, every occurrence of one of its own values (`values_by_id[pk]`) in a string (case ignored;
    a note "ana@example.org called"). The entries themselves stay: what happened, when and how. Returns
    how many entries changed.

    >>> _scrubbed({"from": "pending", "email": "a@x.org", "note": "Ana called"}, {"email"}, _pattern(["ana"]))
    {'from': 'pending', 'email': '[erased]', 'note': '[erased] called'}
    """
    keys = set(keys)
    patterns = {str(object_id): _pattern(values) for object_id, values in values_by_id.items()}
    ids = list(patterns)
    changed = 0
    for start in range(0, len(ids), 500):
        entries = AuditEntry.objects.filter(object_type=object_type, object_id__in=ids[start : start + 500])
        scrubbed = []
        for entry in entries.exclude(data={}):
            data = _scrubbed(entry.data, keys, patterns[entry.object_id])
            if data != entry.data:
                entry.data = data
                scrubbed.append(entry)
        AuditEntry.objects.bulk_update(scrubbed, ["data"], batch_size=500)
        changed += len(scrubbed)
    return changed


def _pattern(values):
    """One case-blind pattern for the values, longest first; None when there is nothing to look for."""
    texts = sorted({value.strip() for value in values if isinstance(value, str) and value.strip()}, key=len)
    if not texts:
        return None
    return re.compile("|".join(re.escape(text) for text in reversed(texts)), re.IGNORECASE)


def _scrubbed(data, keys: set, values):
    if isinstance(data, dict):
        return {
            key: (ERASED if key in keys and value not in ("", None) else _scrubbed(value, keys, values))
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_scrubbed(value, keys, values) for value in data]
    if isinstance(data, str) and values is not None:
        return values.sub(ERASED, data)
    return data
