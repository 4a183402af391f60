from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.press import services
from undersigned.press.forms import AttachmentForm
from undersigned.press.models import Attachment
from undersigned.press.selectors import attachment_get_visible
from undersigned.statements.permissions import owned_statement_or_403


@require_GET
def attachment_download(request, slug, token, name):
    attachment, is_public = attachment_get_visible(slug=slug, token=token, name=name, user=request.user)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file is missing.") from None
    # Images and PDFs open in the browser; DOCX downloads. The type is the sniffed one.
    response = FileResponse(
        handle,
        content_type=attachment.media_type,
        as_attachment=attachment.media_type == Attachment.Type.DOCX,
        filename=attachment.download_name,
    )
    response["Content-Security-Policy"] = "sandbox"
    if not is_public:
        # The owner's preview must not linger in shared caches (as for the release itself).
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def attachment_manage(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.attachment_create(
                    statement=statement, upload=form.cleaned_data["file"], title=form.cleaned_data["title"],
                    in_release=form.cleaned_data["in_release"], user=request.user,
                )  # fmt: skip
            except ValidationError as error:
                for field, problems in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
            else:
                messages.success(request, _("The file was attached."))
                return redirect("press:attachments", slug=slug)
        status = 400
    context = {"statement": statement, "form": form, "attachments": statement.attachments.all()}
    return render(request, "press/manage_attachments.html", context, status=status)


@login_required
@require_POST
def attachment_remove(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    attachment = get_object_or_404(Attachment, statement=statement, pk=pk)
    services.attachment_delete(attachment=attachment, user=request.user)
    messages.success(request, _("The attachment was removed."))
    return redirect("press:attachments", slug=slug)
