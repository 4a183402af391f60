from django.conf import settings
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.signatures import selectors, services
from undersigned.signatures.forms import SignatureForm
from undersigned.statements.selectors import statement_get_public
from undersigned.statements.views import render_statement_page


@require_POST
def sign(request, slug):
    statement = statement_get_public(slug=slug, user=request.user)
    form = SignatureForm(request.POST, statement=statement)
    if not form.is_valid():
        return render_statement_page(request, statement, form=form, status=400)
    outcome = services.signature_create(
        statement=statement,
        email=form.cleaned_data["email"],
        kind=form.cleaned_data["kind"],
        **form.signature_fields(),
    )
    return redirect(reverse("signatures:check_email", kwargs={"slug": slug}) + f"?result={outcome.result}")


@require_GET
def check_email(request, slug):
    statement = statement_get_public(slug=slug, user=request.user)
    result = request.GET.get("result", "created")
    return render(request, "signatures/check_email.html", {"statement": statement, "result": result})


@require_http_methods(["GET", "POST"])
def confirm(request, slug, token):
    """GET only shows a button: mail scanners that open links must not confirm anything."""
    statement = statement_get_public(slug=slug, user=request.user)
    if request.method == "POST":
        check = services.signature_confirm_by_token(statement=statement, token=token)
        if check.problem is None:
            return render(request, "signatures/confirmed.html", {"statement": statement, "signature": check.signature})
    else:
        check = services.signature_check_token(statement=statement, token=token)
    status = 200 if check.problem in (None, "already_confirmed") else 400
    context = {"statement": statement, "signature": check.signature, "problem": check.problem, "token": token}
    return render(request, "signatures/confirm.html", context, status=status)


@require_GET
def signatory_list(request, slug):
    statement = statement_get_public(slug=slug, user=request.user)
    page = selectors.signatory_page(statement, request.GET.get("page"), settings.UNDERSIGNED_LIST_PAGE_SIZE)
    return render(request, "signatures/list.html", {"statement": statement, "page": page})


@require_GET
def signatory_list_text(request, slug):
    """The list as a published statement prints it: numbered lines, a blank line between countries."""
    statement = statement_get_public(slug=slug, user=request.user)

    def lines():
        yield render_to_string("signatures/list-header.txt", {"statement": statement})
        for row in selectors.signatory_iter(statement):
            if row.starts_group and row.number > 1:
                yield "\n"
            yield f"{row.number}. {row.line}\n"

    response = StreamingHttpResponse(lines(), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slug}-signatories.txt"'
    return response
