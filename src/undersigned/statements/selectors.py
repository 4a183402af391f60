from django.http import Http404
from django.shortcuts import get_object_or_404

from undersigned.statements.models import Statement


def statement_get_public(*, slug: str, user=None) -> Statement:
    """The statement behind a public URL. Drafts exist only for staff."""
    statement = get_object_or_404(Statement, slug=slug)
    if not statement.is_public and not (user is not None and user.is_staff):
        raise Http404("No such statement.")
    return statement


def statement_list_public():
    """Every statement the public may read (not drafts), newest first."""
    return Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at", "-pk")


def statement_versions(statement: Statement):
    """The statement's texts, oldest first."""
    return statement.versions.order_by("number")
