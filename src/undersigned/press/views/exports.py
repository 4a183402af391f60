"""Stable export URLs. A ready build is served at once; otherwise a progress page polls until it is."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from undersigned.press.exports import KINDS, builder
from undersigned.press.models import ExportFile
from undersigned.press.selectors import export_current
from undersigned.press.services import export_path, export_request
from undersigned.statements.selectors import statement_get_public

RETRY_AFTER_SECONDS = 5


def _wants_html(request) -> bool:
    """Browsers name text/html in Accept; command-line clients send */* or nothing and get plain text.

    >>> from django.test import RequestFactory
    >>> _wants_html(RequestFactory().get("/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8"))
    True
    >>> _wants_html(RequestFactory().get("/", HTTP_ACCEPT="*/*"))
    False
    """
    return "text/html" in request.headers.get("Accept", "")


def _serve(export: ExportFile, statement):
    module = builder(export.kind)
    suffix = f"-{export.language}" if export.language else ""
    name = (
        f"{statement.slug}-signatories.{module.EXTENSION}"
        if export.kind in ("csv", "json")
        else (f"{statement.slug}{suffix}.{module.EXTENSION}")
    )
    response = FileResponse(
        open(export_path(export), "rb"),  # noqa: SIM115 - FileResponse closes it
        content_type=module.MEDIA_TYPE,
        as_attachment=module.DISPOSITION == "attachment",
        filename=name,
    )
    # The URL is stable but the content follows the list, so caches must ask again.
    response["Cache-Control"] = "no-cache"
    response["ETag"] = f'"{export.kind}-r{export.list_revision}-v{export.version_id}-{export.language}"'
    return response


def export_view(kind: str):
    @require_GET
    def view(request, slug):
        statement = statement_get_public(slug=slug, user=request.user)
        export = export_request(statement=statement, kind=kind, language=request.GET.get("lang", ""))
        if export.status == ExportFile.Status.READY and export_path(export).exists():
            return _serve(export, statement)
        failed = export.status == ExportFile.Status.FAILED
        status = 503 if failed else 202
        if _wants_html(request):
            context = {
                "statement": statement, "export": export, "kind": kind, "download_url": request.get_full_path(),
            }  # fmt: skip
            response = render(request, "press/export_progress.html", context, status=status)
        else:
            # curl, wget and scripts: a short plain answer saying when to ask again, never a page.
            if failed:
                text = _("The file could not be built. Ask again later.")
            else:
                text = _("The file is being prepared. Ask again in %(seconds)s seconds: %(url)s") % {
                    "seconds": RETRY_AFTER_SECONDS,
                    "url": request.build_absolute_uri(request.path),
                }
            response = HttpResponse(text + "\n", status=status, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS * (12 if failed else 1))
        response["Cache-Control"] = "no-store"
        response["Vary"] = "Accept"
        return response

    view.__name__ = f"export_{kind}"
    return view


@require_GET
def export_progress(request, slug, kind):
    """The progress fragment polled by htmx while the worker builds the file."""
    statement = statement_get_public(slug=slug, user=request.user)
    if kind not in KINDS:
        raise Http404("No such export.")
    export = export_current(statement, kind, language=request.GET.get("lang", ""))
    download_url = reverse(f"press:export_{kind}", kwargs={"slug": slug})
    if export is not None and export.language:
        download_url += f"?lang={export.language}"
    context = {"statement": statement, "export": export, "kind": kind, "download_url": download_url}
    return render(request, "press/_export_progress.html", context)
