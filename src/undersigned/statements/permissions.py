"""Who may manage a statement. Views call these before touching anything."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from undersigned.statements.models import Statement


def user_owns_statement(user, statement: Statement) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or statement.owner_id == user.pk))


def owned_statement_or_403(user, slug: str) -> Statement:
    """The statement for its owner (or a superuser); anyone else gets 403, unknown slugs 404."""
    statement = get_object_or_404(Statement, slug=slug)
    if not user_owns_statement(user, statement):
        raise PermissionDenied("Only the statement's owner can do this.")
    return statement
