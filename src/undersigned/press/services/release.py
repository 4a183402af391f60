from django.db import transaction
from django.utils import timezone

from undersigned.press.models import Quote, Release
from undersigned.statements.models import Statement

_RELEASE_FIELDS = [
    "headline", "subheadline", "dateline_city", "dateline_country", "dateline_state", "release_date",
    "wire_service", "source", "lede", "about", "contact_name", "contact_email", "contact_phone",
    "embargo_until", "embargo_timezone", "selection", "grouping", "block_label", "include_map",
]  # fmt: skip


@transaction.atomic
def release_save(
    *, statement: Statement, fields: dict, quotes: list[dict], selected=(), user=None
) -> Release:
    """Create or update the statement's release with its quotes (replaced as a whole, in order)."""
    release = Release.objects.filter(statement=statement).first() or Release(statement=statement)
    created = release.pk is None
    changed = [name for name in _RELEASE_FIELDS if name in fields and getattr(release, name) != fields[name]]
    for name in _RELEASE_FIELDS:
        if name in fields:
            setattr(release, name, fields[name])
    release.full_clean()
    release.save()
    release.selected.set(selected if release.selection == Release.Selection.NAMED else [])
    release.quotes.all().delete()
    for position, data in enumerate(quotes):
        quote = Quote(release=release, position=position, **data)
        quote.full_clean()
        quote.save()
    release.log_action(
        "press.release_created" if created else "press.release_updated", user=user, via="web",
        data={"changed": changed, "quotes": len(quotes)},
    )  # fmt: skip
    return release


def release_publish(*, release: Release, user=None) -> Release:
    if release.status == Release.Status.PUBLISHED:
        return release
    release.status = Release.Status.PUBLISHED
    release.published_at = timezone.now()
    with transaction.atomic():
        release.save(update_fields=["status", "published_at", "updated_at"])
        release.log_action(
            "press.release_published", user=user, via="web",
            data={"embargo_until": release.embargo_until.isoformat() if release.embargo_until else None},
        )  # fmt: skip
    return release


def release_unpublish(*, release: Release, user=None) -> Release:
    if release.status == Release.Status.DRAFT:
        return release
    release.status = Release.Status.DRAFT
    with transaction.atomic():
        release.save(update_fields=["status", "updated_at"])
        release.log_action("press.release_unpublished", user=user, via="web")
    return release
