from django.http import Http404
from django.shortcuts import get_object_or_404

from undersigned.statements.models import Statement
from undersigned.statements.permissions import user_can_view_draft


def statement_get_public(*, slug: str, user=None) -> Statement:
    """The statement behind a public URL. A draft exists only for those who may prepare or review it
    (`user_can_view_draft`); to everyone else it is 404, as if it did not exist."""
    statement = get_object_or_404(Statement, slug=slug)
    if not statement.is_public and not user_can_view_draft(user, statement):
        raise Http404("No such statement.")
    return statement


def statement_list_public():
    """Every statement the public may read (not drafts), newest first."""
    return Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at", "-pk")


def statement_versions(statement: Statement):
    """The statement's texts, oldest first."""
    return statement.versions.order_by("number")
