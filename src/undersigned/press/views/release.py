"""Public press release: HTML page, plain text for a wire service, and DOCX."""

import io

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from undersigned.press.documents import release_docx, render_release
from undersigned.press.placeholders import fill
from undersigned.press.selectors import list_summary, release_get_visible


def _private(response, is_public: bool):
    # A preview must not linger in shared caches after an embargo is lifted or a draft changes.
    if not is_public:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def release_detail(request, slug):
    release, is_public = release_get_visible(slug=slug, user=request.user)
    context = {
        "release": release,
        "statement": release.statement,
        "is_public": is_public,
        "release_html": render_release(release, "html"),
        "lede": fill(release.lede, list_summary(release.statement)),
    }
    return _private(render(request, "press/release_detail.html", context), is_public)


@require_GET
def release_text(request, slug):
    """Wrapped at 72 columns; `?wrap=0` gives one line per paragraph for forms that reflow text."""
    release, is_public = release_get_visible(slug=slug, user=request.user)
    width = 0 if request.GET.get("wrap") == "0" else 72
    response = HttpResponse(
        render_release(release, "txt", width=width), content_type="text/plain; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{slug}-press-release.txt"'
    return _private(response, is_public)


@require_GET
def release_docx_download(request, slug):
    release, is_public = release_get_visible(slug=slug, user=request.user)
    buffer = io.BytesIO()
    release_docx(release, buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = f'attachment; filename="{slug}-press-release.docx"'
    return _private(response, is_public)
