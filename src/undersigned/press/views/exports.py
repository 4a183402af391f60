"""Stable export URLs. A ready build is served at once; otherwise a progress page polls until it is."""

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from undersigned.press.exports import KINDS, builder
from undersigned.press.models import ExportFile
from undersigned.press.selectors import export_current
from undersigned.press.services import export_path, export_request
from undersigned.statements.selectors import statement_get_public


def _serve(export: ExportFile, statement):
    module = builder(export.kind)
    name = (
        f"{statement.slug}-signatories.{module.EXTENSION}"
        if export.kind in ("csv", "json")
        else (f"{statement.slug}.{module.EXTENSION}")
    )
    response = FileResponse(
        open(export_path(export), "rb"),  # noqa: SIM115 - FileResponse closes it
        content_type=module.MEDIA_TYPE,
        as_attachment=module.DISPOSITION == "attachment",
        filename=name,
    )
    # The URL is stable but the content follows the list, so caches must ask again.
    response["Cache-Control"] = "no-cache"
    response["ETag"] = f'"{export.kind}-r{export.list_revision}-v{export.version_id}"'
    return response


def export_view(kind: str):
    @require_GET
    def view(request, slug):
        statement = statement_get_public(slug=slug, user=request.user)
        export = export_request(statement=statement, kind=kind)
        if export.status == ExportFile.Status.READY and export_path(export).exists():
            return _serve(export, statement)
        status = 503 if export.status == ExportFile.Status.FAILED else 202
        context = {"statement": statement, "export": export, "kind": kind, "download_url": request.path}
        response = render(request, "press/export_progress.html", context, status=status)
        response["Retry-After"] = "5"
        return response

    view.__name__ = f"export_{kind}"
    return view


@require_GET
def export_progress(request, slug, kind):
    """The progress fragment polled by htmx while the worker builds the file."""
    statement = statement_get_public(slug=slug, user=request.user)
    if kind not in KINDS:
        raise Http404("No such export.")
    export = export_current(statement, kind)
    context = {
        "statement": statement,
        "export": export,
        "kind": kind,
        "download_url": reverse(f"press:export_{kind}", kwargs={"slug": slug}),
    }
    return render(request, "press/_export_progress.html", context)
