"""Who may manage a statement. Views call these before touching anything."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from undersigned.statements.models import Statement


def user_owns_statement(user, statement: Statement) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or statement.owner_id == user.pk))


def user_can_view_draft(user, statement: Statement) -> bool:
    """Who reads a statement before it is public: its owner, superusers, and staff given the
    "view statement" permission in the back office. Being staff alone is not enough."""
    if user is None or not user.is_authenticated:
        return False
    if user_owns_statement(user, statement):
        return True
    return bool(user.is_staff and user.has_perm("statements.view_statement"))


def owned_statement_or_403(user, slug: str) -> Statement:
    """The statement for its owner (or a superuser); anyone else gets 403, unknown slugs 404."""
    statement = get_object_or_404(Statement, slug=slug)
    if not user_owns_statement(user, statement):
        raise PermissionDenied("Only the statement's owner can do this.")
    return statement
