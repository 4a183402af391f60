from django.db import transaction
from django.db.models import Max

from undersigned.statements.models import Statement, StatementVersion


@transaction.atomic
def statement_create(*, slug: str, title: str, text: str, user=None, **fields) -> Statement:
    statement = Statement(slug=slug, title=title, owner=user, **fields)
    statement.full_clean()
    statement.save()
    statement_version_create(statement=statement, text=text, user=user)
    statement.log_action("statement.created", user=user)
    return statement


@transaction.atomic
def statement_version_create(*, statement: Statement, text: str, user=None) -> StatementVersion:
    """Add a new version unless the text is unchanged; returns the current version either way."""
    current = statement.current_version
    if current is not None and current.text == text:
        return current
    last = statement.versions.aggregate(last=Max("number"))["last"] or 0
    version = StatementVersion(statement=statement, number=last + 1, text=text)
    version.full_clean(exclude=["sha256"])
    version.save()
    statement.log_action("statement.version_created", user=user, data={"version": version.number, "sha256": version.sha256})
    return version


def statement_set_status(*, statement: Statement, status: str, user=None) -> Statement:
    if statement.status == status:
        return statement
    previous, statement.status = statement.status, Statement.Status(status)
    statement.save(update_fields=["status", "updated_at"])
    statement.log_action("statement.status_changed", user=user, data={"from": previous, "to": status})
    return statement
