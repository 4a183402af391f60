"""Field changes of a signature as the audit trail keeps them: each changed field with its value before
and after, so the owner can read what was there and who changed it."""

from datetime import date, datetime

from django.db import models

from undersigned.signatures.models import Signature

# Changed, but the values stay out of the trail: the owner's audit page never shows addresses.
UNLOGGED_VALUES = frozenset({"email"})


def field_values(signature: Signature, names) -> dict:
    """The current values of `names` (model field names), to compare with after a change."""
    return {name: getattr(signature, name) for name in names}


def field_changes(before: dict, signature: Signature) -> dict:
    """`{field: {"before": ..., "after": ...}}` for each field in `before` whose value changed."""
    changes = {}
    for name, old in before.items():
        new = getattr(signature, name)
        if old != new and name not in UNLOGGED_VALUES:
            changes[name] = {"before": _loggable(old), "after": _loggable(new)}
    return changes


def _loggable(value):
    """A JSON value that reads well: related records by their name, dates as ISO text."""
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
