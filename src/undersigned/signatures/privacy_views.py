"""The signer's privacy page, from the link in every email they receive: what is stored about their
signature, a JSON download of it, and erasure (a confirmation page whose POST erases)."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from undersigned.signatures import services
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.privacy import (
    PRIVATE_READERS,
    is_listed,
    privacy_export,
    privacy_lookup,
    stored_fields,
)
from undersigned.statements.selectors import statement_get_public


def _private(response):
    """The page holds one person's data: never kept by a shared cache, never indexed."""
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
def privacy(request, slug, token):
    statement = statement_get_public(slug=slug, user=request.user)
    signature, problem = privacy_lookup(statement=statement, token=token)
    context = {"statement": statement, "signature": signature, "problem": problem, "Problem": LinkProblem}
    if signature is not None:
        context.update(
            fields=stored_fields(signature),
            listed=is_listed(signature),
            readers=PRIVATE_READERS,
            email_retention_days=settings.UNDERSIGNED_EMAIL_RETENTION_DAYS,
            pending_expiry_days=settings.UNDERSIGNED_PENDING_EXPIRY_DAYS,
            token=token,
        )
    status = 400 if problem == LinkProblem.INVALID else 200
    return _private(render(request, "signatures/privacy.html", context, status=status))


@never_cache
@require_GET
def privacy_data(request, slug, token):
    """The download: everything stored for this signature and its history, as a JSON file."""
    statement = statement_get_public(slug=slug, user=request.user)
    signature, problem = privacy_lookup(statement=statement, token=token)
    if signature is None:
        message = (
            _("Nothing is stored about this signature.")
            if problem == LinkProblem.ERASED
            else _("This link is not valid. Please copy the whole link from the email.")
        )
        return _private(
            JsonResponse({"error": message}, status=404 if problem == LinkProblem.ERASED else 400)
        )
    response = JsonResponse(privacy_export(signature), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{slug}-my-signature.json"'
    return _private(response)


@never_cache
@require_http_methods(["GET", "POST"])
def privacy_erase(request, slug, token):
    """GET asks to confirm; only the POST erases, then shows the privacy page, which says it is done."""
    statement = statement_get_public(slug=slug, user=request.user)
    signature, problem = privacy_lookup(statement=statement, token=token)
    if problem is not None:
        return redirect("signatures:privacy", slug=slug, token=token)
    if request.method == "POST":
        services.signature_erase(signature=signature)
        return redirect("signatures:privacy", slug=slug, token=token)
    context = {"statement": statement, "signature": signature, "listed": is_listed(signature), "token": token}
    return _private(render(request, "signatures/privacy_erase.html", context))
