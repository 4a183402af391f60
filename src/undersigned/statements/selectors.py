from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404

from undersigned.common.public_cache import public_cache_seconds
from undersigned.statements.models import Statement
from undersigned.statements.permissions import user_can_view_draft


def statement_get_public(*, slug: str, user=None) -> Statement:
    """The statement behind a public URL. A draft exists only for those who may prepare or review it
    (`user_can_view_draft`); to everyone else it is 404, as if it did not exist."""
    statement = get_object_or_404(Statement, slug=slug)
    if not statement.is_public and not user_can_view_draft(user, statement):
        raise Http404("No such statement.")
    return statement


def statement_get_public_kept(*, slug: str, user=None) -> Statement:
    """statement_get_public for the pages a surge reads (the statement page, its sign-on): for anonymous
    visitors the statement, its current version and that version's translations are read once in
    UNDERSIGNED_PUBLIC_CACHE_SECONDS per app server process (see common/public_cache.py), so a sign-on
    costs no query to find them; a change (closing, a new text) takes effect at most that late.
    Each call gets its own copy, so no request sees another's changes."""
    seconds = public_cache_seconds()
    if not seconds or (user is not None and user.is_authenticated):
        return statement_get_public(slug=slug, user=user)
    key = f"public-statement:{slug}"
    statement = cache.get(key)
    if statement is None:
        statement = statement_get_public(slug=slug)
        if statement.current_version is not None:
            prefetch_related_objects([statement.current_version], "translations")
        cache.set(key, statement, timeout=seconds)
    return statement


def statement_list_public():
    """Every statement the public may read (not drafts), newest first."""
    return Statement.objects.exclude(status=Statement.Status.DRAFT).order_by("-created_at", "-pk")


def statement_versions(statement: Statement):
    """The statement's texts, oldest first."""
    return statement.versions.order_by("number")
