"""Reads for the press app. The signatory rows always come from the list selector."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from undersigned.audit.models import AuditEntry
from undersigned.press.models import Attachment, ExportFile, Release
from undersigned.press.placeholders import fill
from undersigned.press.plaintext import summary as text_summary
from undersigned.signatures.models import Signature
from undersigned.signatures.selectors import ListedSignatory, signatory_iter, signatory_queryset
from undersigned.statements.models import Statement
from undersigned.statements.permissions import user_owns_statement


@dataclass(frozen=True)
class ListSummary:
    organizations: int
    individuals: int
    countries: int

    @property
    def total(self) -> int:
        return self.organizations + self.individuals


def list_summary(statement: Statement) -> ListSummary:
    """How many organizations and individuals from how many countries are on the public list."""
    counts = (
        signatory_queryset(statement)
        .order_by()
        .aggregate(
            organizations=Count("pk", filter=Q(kind=Signature.Kind.ORGANIZATION)),
            individuals=Count("pk", filter=Q(kind=Signature.Kind.INDIVIDUAL)),
            countries=Count("country", distinct=True, filter=~Q(country="")),
        )
    )
    return ListSummary(**counts)


def release_for(statement: Statement) -> Release | None:
    """The statement's release or None, through the reverse accessor: it remembers the answer (even
    "none") on the instance, so the statement page's template and its attachments ask once between them."""
    try:
        return statement.release
    except Release.DoesNotExist:
        return None


def release_get_visible(*, slug: str, user) -> tuple[Release, bool]:
    """The release behind a public URL and whether the public may see it. Before publication
    or during its embargo only the statement's owner sees it (as a preview); others get 404."""
    release = get_object_or_404(Release.objects.select_related("statement"), statement__slug=slug)
    if release.is_public:
        return release, True
    if user_owns_statement(user, release.statement):
        return release, False
    raise Http404("No such press release.")


def release_signatories(release: Release) -> Iterator[ListedSignatory]:
    """The rows of the release's "Signed by" block, in list order, filtered by the owner's choice."""
    rows = signatory_iter(release.statement)
    if release.selection == Release.Selection.ORGANIZATIONS:
        return (row for row in rows if row.signature.kind == Signature.Kind.ORGANIZATION)
    if release.selection == Release.Selection.NAMED:
        chosen = set(release.selected.values_list("pk", flat=True))
        return (row for row in rows if row.signature.pk in chosen)
    return rows


def attachments_public(statement: Statement, *, in_release: bool = False):
    attachments = Attachment.objects.filter(statement=statement)
    return attachments.filter(in_release=True) if in_release else attachments


def attachments_are_public(statement: Statement) -> bool:
    """Press material follows the release: public once the release is published and past its embargo
    (and its statement is public). Without a release nothing is published yet."""
    release = release_for(statement)
    return release is not None and release.is_public


def attachments_visible(statement: Statement, *, user):
    """The attachments `user` may see: all of them once public, before that only for the statement's
    owner (or a superuser), who is preparing them."""
    if attachments_are_public(statement) or user_owns_statement(user, statement):
        return attachments_public(statement)
    return Attachment.objects.none()


def attachment_get_visible(*, slug: str, token: str, name: str, user) -> tuple[Attachment, bool]:
    """The attachment behind `/s/<slug>/attachments/<token>/<name>` and whether the public may see it.
    404 for an unknown token, a name that is not the file's, or a release that is not public yet (to
    anyone but the owner): the same answer in every case, so a guess learns nothing."""
    attachment = get_object_or_404(
        Attachment.objects.select_related("statement"), statement__slug=slug, token=token
    )
    if name != attachment.download_name:
        raise Http404("No such attachment.")
    if attachments_are_public(attachment.statement):
        return attachment, True
    if user_owns_statement(user, attachment.statement):
        return attachment, False
    raise Http404("No such attachment.")


def export_current(statement: Statement, kind: str, language: str = "") -> ExportFile | None:
    """The build for the list and text as they are now, if one was requested."""
    return ExportFile.objects.filter(
        statement=statement,
        kind=kind,
        list_revision=statement.list_revision,
        version=statement.current_version,
        language=language,
    ).first()


@dataclass(frozen=True)
class NewsItem:
    kind: str  # "statement" or "release"
    title: str
    summary: str
    url: str
    published: datetime
    statement: Statement


def _statement_published_at(statement_ids) -> dict[int, datetime]:
    """When each statement was last set to published, from the audit trail."""
    entries = AuditEntry.objects.filter(
        action="statement.status_changed", statement_id__in=list(statement_ids), data__to="published"
    ).order_by("created_at")
    return {entry.statement_id: entry.created_at for entry in entries}


def newsroom_items(limit: int = 50) -> list[NewsItem]:
    """Published statements and public press releases, newest first."""
    now = timezone.now()
    releases = (
        Release.objects.select_related("statement")
        .filter(status=Release.Status.PUBLISHED)
        .exclude(statement__status=Statement.Status.DRAFT)
        .exclude(embargo_until__gt=now)
        .order_by("-published_at")[:limit]
    )
    items = [
        NewsItem(
            "release",
            r.headline,
            fill(r.lede, list_summary(r.statement)),
            f"/s/{r.statement.slug}/press-release/",
            r.public_since,
            r.statement,
        )
        for r in releases
    ]
    statements = list(
        Statement.objects.filter(status=Statement.Status.PUBLISHED).order_by("-updated_at")[:limit]
    )
    published = _statement_published_at(s.pk for s in statements)
    for statement in statements:
        version = statement.current_version
        when = published.get(statement.pk) or statement.created_at
        items.append(
            NewsItem(
                "statement",
                statement.title,
                text_summary(version.text) if version else "",
                statement.get_absolute_url(),
                when,
                statement,
            )
        )
    items.sort(key=lambda item: item.published, reverse=True)
    return items[:limit]
