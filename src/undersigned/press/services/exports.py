"""Export files are caches keyed by (list revision, text version): built once, served until the
list or the text changes. Short lists are built inside the request; long ones by the worker."""

import os
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from undersigned.press import tasks
from undersigned.press.exports import builder
from undersigned.press.exports.job import ExportJob
from undersigned.press.models import ExportFile
from undersigned.signatures.selectors import signatory_queryset
from undersigned.statements.models import Statement

# A failed build is tried again by the next visitor after this long, not on every page view.
RETRY_FAILED_AFTER = timedelta(minutes=10)


def export_path(export: ExportFile) -> Path:
    return Path(settings.UNDERSIGNED_EXPORTS_DIR) / export.path


def export_request(*, statement: Statement, kind: str, language: str = "") -> ExportFile:
    """The export for the list as it is now: ready from the cache, built now if the list is
    short, or queued for the worker (the caller then shows its progress). `language` picks a
    translation of the text for the documents that print it (PDF, DOCX); empty or unknown means the
    original."""
    module = builder(kind)  # unknown kinds fail here, before anything is stored
    statement.refresh_from_db(fields=["list_revision"])
    version = statement.current_version
    prints_text = getattr(module, "PRINTS_TEXT", False)
    if not prints_text or language == statement.language or version is None:
        language = ""
    elif language not in version.languages():
        language = ""
    key = {
        "statement": statement, "kind": kind, "list_revision": statement.list_revision, "version": version,
        "language": language,
    }  # fmt: skip
    export = ExportFile.objects.filter(**key).first()
    if export is not None and export.status == ExportFile.Status.FAILED:
        if timezone.now() - (export.finished_at or export.created_at) < RETRY_FAILED_AFTER:
            return export
        export.delete()
        export = None
    if export is not None:
        return export
    total = signatory_queryset(statement).order_by().count()
    try:
        with transaction.atomic():
            export = ExportFile.objects.create(**key, rows_total=total)
            if total > settings.UNDERSIGNED_EXPORT_INLINE_ROWS * module.INLINE_FACTOR:
                tasks.build_export.enqueue(export.pk)
                return export
    except IntegrityError:
        # Another request asked for the same build a moment ago; share it.
        return ExportFile.objects.get(**key)
    return export_build(export=export)


def export_build(*, export: ExportFile) -> ExportFile:
    """Build the file (in the worker, or in the request for short lists) and drop older builds."""
    ExportFile.objects.filter(pk=export.pk).update(status=ExportFile.Status.BUILDING, rows_done=0)
    module = builder(export.kind)
    statement = export.statement
    relative = (
        Path(statement.slug) / f"{statement.slug}-r{export.list_revision}-v{export.version.number}"
        f"{'-' + export.language if export.language else ''}.{module.EXTENSION}"
    )
    target = Path(settings.UNDERSIGNED_EXPORTS_DIR) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + f".{os.getpid()}.part")

    def progress(done: int) -> None:
        ExportFile.objects.filter(pk=export.pk).update(rows_done=done)

    job = ExportJob(
        statement=statement,
        version=export.version,
        total=export.rows_total,
        on_progress=progress,
        language=export.language,
    )
    try:
        with open(partial, "wb") as out:
            module.build(job, out)
        # Readers never see a half-written file: the finished one replaces the name in one step.
        os.replace(partial, target)
    except Exception as error:
        partial.unlink(missing_ok=True)
        ExportFile.objects.filter(pk=export.pk).update(
            status=ExportFile.Status.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        export.refresh_from_db()
        return export
    ExportFile.objects.filter(pk=export.pk).update(
        status=ExportFile.Status.READY, path=str(relative), size=target.stat().st_size,
        rows_done=export.rows_total, finished_at=timezone.now(),
    )  # fmt: skip
    export.refresh_from_db()
    _drop_older(export)
    return export


def _drop_older(export: ExportFile) -> None:
    older = ExportFile.objects.filter(
        statement=export.statement,
        kind=export.kind,
        language=export.language,
        created_at__lt=export.created_at,
    )
    for stale in older.exclude(status__in=[ExportFile.Status.QUEUED, ExportFile.Status.BUILDING]):
        if stale.path:
            export_path(stale).unlink(missing_ok=True)
        stale.delete()


def export_ensure_built(*, statement: Statement, kind: str) -> ExportFile:
    """For the worker (e.g. a delivery attaching the PDF): the current build, built right here if needed."""
    export = export_request(statement=statement, kind=kind)
    if export.status != ExportFile.Status.READY:
        export = export_build(export=export)
    return export
