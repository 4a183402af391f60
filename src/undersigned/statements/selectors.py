from django.http import Http404
from django.shortcuts import get_object_or_404

from undersigned.statements.models import Statement
from undersigned.statements.permissions import user_owns_statement


def statement_get_public(*, slug: str, user=None) -> Statement:
    """The statement behind a public URL. Drafts exist only for their owners (to preview them) and staff."""
    statement = get_object_or_404(Statement, slug=slug)
    if not statement.is_public and not (
        user is not None and (user.is_staff or user_owns_statement(user, statement))
    ):
        raise Http404("No such statement.")
    return statement
