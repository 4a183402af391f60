from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from undersigned.common import ratelimit
from undersigned.common.languages import autonym, language_name
from undersigned.common.markdown import render_markdown
from undersigned.common.pow import challenge_create
from undersigned.common.public_cache import asked_for, kept_page
from undersigned.signatures import selectors, services
from undersigned.signatures.forms import SignatureForm
from undersigned.signatures.glance import glance_html, map_svg
from undersigned.signatures.outcomes import LinkProblem
from undersigned.signatures.page_sections import statement_page_sections
from undersigned.signatures.tokens import make_privacy_token, make_withdraw_token
from undersigned.statements.diff import word_diff
from undersigned.statements.selectors import statement_get_public, statement_get_public_kept
from undersigned.statements.translations import negotiate_language, statement_reading


def statement_languages(request, statement, version, form=None) -> tuple:
    """The reading to show (the original or a translation) and the switcher's languages. An explicit
    `?lang=` (or, on a form sent back with errors, the language it was signed in) wins over the browser's
    Accept-Language; a language the version lacks falls back to the original."""
    if version is None:
        return None, []
    prefetch_related_objects([version], "translations")  # one query for the switcher and the form
    available = version.languages()
    requested = request.GET.get("lang", "")
    if form is not None and form.is_bound:
        requested = form.data.get("language", "") or requested
    language = negotiate_language(
        available, requested=requested, accept_language=request.headers.get("Accept-Language", "")
    )
    reading = statement_reading(statement, version, language)
    outdated = {t.language for t in version.translations.all() if t.outdated}
    page_url = request.build_absolute_uri(statement.get_absolute_url())
    languages = [
        {
            "code": code,
            "name": autonym(code),
            "original": code == statement.language,
            "outdated": code in outdated,
            "current": code == language,
            "url": f"{page_url}?lang={code}",
        }
        for code in available
    ]
    return reading, languages


def render_statement_page(request, statement, form=None, status=200):
    """The statement with its sign-on form; also re-rendered with errors by the sign view."""
    version = statement.current_version
    reading, languages = statement_languages(request, statement, version, form)
    if form is None:
        form = SignatureForm(statement=statement, initial={"language": reading.language if reading else ""})
    context = {
        "statement": statement,
        "version": version,
        "reading": reading,
        "languages": languages if len(languages) > 1 else [],
        "original_name": language_name(statement.language),
        "page_url": request.build_absolute_uri(statement.get_absolute_url()),
        "text_html": render_markdown(reading.text) if reading else "",
        "form": form,
        "accepting": statement.accepts_signatures(),
        "sections": statement_page_sections(),
        "glance": glance_html(statement),
    }
    return render(request, "signatures/statement.html", context, status=status)


@require_GET
def statement_detail(request, slug):
    """The page a surge reads: anonymous visitors get a copy at most a second old (common/public_cache.py),
    one for each way of asking for a reading language, so a kept page is found without reading the statement."""
    asked = asked_for(request.GET.get("lang", ""), request.headers.get("Accept-Language", ""))

    def render():
        statement = statement_get_public_kept(slug=slug, user=request.user)
        return render_statement_page(request, statement)

    return kept_page(request, f"statement:{slug}:{asked}", render)


@require_GET
def statement_count(request, slug):
    """The live count, polled by htmx on the statement page. An unchanged count answers 204, which
    htmx leaves alone, so screen readers hear the live region only when the number moved. Every open
    statement page polls it, so it reads the kept statement (at most a second old): no query at all."""
    statement = statement_get_public_kept(slug=slug, user=request.user)
    if request.GET.get("shown") == str(statement.confirmed_count):
        return HttpResponse(status=204)
    return render(request, "signatures/_count_text.html", {"statement": statement})


@require_GET
def statement_map(request, slug):
    """The statement page's world map, as an image of its own (the page links it with the list revision)."""
    statement = statement_get_public(slug=slug, user=request.user)
    response = HttpResponse(map_svg(statement), content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_http_methods(["GET", "POST"])
@ratelimit.limit_ip("sign_ip")
def sign(request, slug):
    """POST signs. A GET is a reload of the page shown after an error: it goes back to the form."""
    statement = statement_get_public_kept(slug=slug, user=request.user)
    if request.method == "GET":
        return redirect(statement.get_absolute_url() + "#sign-form")
    form = SignatureForm(request.POST, statement=statement)
    if form.caught_bot():
        return redirect("signatures:check_email", slug=slug)
    if not form.is_valid():
        return render_statement_page(request, statement, form=form, status=400)
    # Emails to the address go out from the task worker, within their hourly limit (services/follow_up.py).
    if not form.sign():
        return render_statement_page(request, statement, form=form, status=400)
    # The same answer for every address: what happened is told by email to the address (the service).
    return redirect("signatures:check_email", slug=slug)


@require_GET
def statement_challenge(request, slug):
    """A fresh anti-bot puzzle for the sign form's script (ALTCHA's challenge JSON); never cached."""
    statement = statement_get_public(slug=slug, user=request.user)
    if not statement.proof_of_work:
        raise Http404("This statement asks for no puzzle.")
    response = JsonResponse(challenge_create())
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def check_email(request, slug):
    def render_page():
        statement = statement_get_public_kept(slug=slug, user=request.user)
        return render(request, "signatures/check_email.html", {"statement": statement})

    return kept_page(request, f"check-email:{slug}", render_page)


@require_http_methods(["GET", "POST"])
def confirm(request, slug, token):
    """GET only shows a button: mail scanners that open links must not confirm anything. Confirmations
    come in a surge too: the statement is read from the kept copy (the signature itself never is)."""
    statement = statement_get_public_kept(slug=slug, user=request.user)
    if request.method == "POST":
        check = services.signature_confirm_by_token(statement=statement, token=token)
        if check.problem is None:
            return render(
                request,
                "signatures/confirmed.html",
                {
                    "statement": statement,
                    "signature": check.signature,
                    "withdraw_url": reverse(
                        "signatures:withdraw",
                        kwargs={"slug": slug, "token": make_withdraw_token(check.signature)},
                    ),
                },
            )
    else:
        check = services.signature_check_token(statement=statement, token=token)
    status = 200 if check.problem in (None, LinkProblem.ALREADY_CONFIRMED) else 400
    context = {
        "statement": statement,
        # What confirming puts on the list (a withdrawn sign-on signed again shows what was proposed).
        "signature": check.signature.proposed() if check.signature else None,
        "problem": check.problem,
        "Problem": LinkProblem,
        "token": token,
    }
    return render(request, "signatures/confirm.html", context, status=status)


@require_GET
def signatory_list(request, slug):
    """A page of the numbered list; anonymous readers get a copy at most a second old (common/public_cache.py)."""

    def render_page():
        statement = statement_get_public_kept(slug=slug, user=request.user)
        page = selectors.signatory_page(
            statement, request.GET.get("page"), settings.UNDERSIGNED_LIST_PAGE_SIZE
        )
        context = {
            "statement": statement,
            "page": page,
            "unnamed": selectors.unnamed_count(statement),
            # The legend explains only the marks this page shows.
            "shows_verified": any(row.verified for row in page.signatories),
            "shows_earlier": any(row.endorsed_version is not None for row in page.signatories),
            "current_version": statement.current_version,
        }
        return render(request, "signatures/list.html", context)

    return kept_page(request, f"list:{slug}:{asked_for(request.GET.get('page', ''))}", render_page)


@require_GET
def signatory_list_text(request, slug):
    """The list as a published statement prints it: numbered lines grouped by country, each group
    under its country's name and after a blank line, so that a reader (or our importer) keeps the country.
    Anonymous readers get a kept copy (common/public_cache.py): at 100,000 lines it takes a second to make."""

    def lines(statement):
        context = {"statement": statement, "unnamed": selectors.unnamed_count(statement)}
        yield render_to_string("signatures/list-header.txt", context)
        # A few hundred lines a write: one write per line would cost more than making the lines.
        chunk = []
        for row in selectors.signatory_names(statement):
            if row.starts_group:
                chunk.append(f"{'' if row.number == 1 else chr(10)}{row.group_label}\n")
            chunk.append(f"{row.number}. {row.listed_line}\n")
            if len(chunk) >= 500:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk)

    def stream():
        statement = statement_get_public_kept(slug=slug, user=request.user)
        response = StreamingHttpResponse(lines(statement), content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{slug}-signatories.txt"'
        return response

    return kept_page(request, f"list-text:{slug}", stream)


@require_http_methods(["GET", "POST"])
def withdraw(request, slug, token):
    """GET shows what would be withdrawn and a button; only the POST withdraws."""
    statement = statement_get_public(slug=slug, user=request.user)
    signature, problem = services.signature_check_withdraw(statement=statement, token=token)
    if request.method == "POST" and problem is None:
        services.signature_withdraw(signature=signature, via="email link")
        privacy = reverse("signatures:privacy", kwargs={"slug": slug, "token": make_privacy_token(signature)})
        context = {"statement": statement, "signature": signature, "privacy_url": privacy}
        return render(request, "signatures/withdrawn.html", context)
    status = 200 if problem in (None, LinkProblem.WITHDRAWN) else 400
    context = {"statement": statement, "signature": signature, "problem": problem, "Problem": LinkProblem}
    return render(request, "signatures/withdraw.html", context, status=status)


@require_http_methods(["GET", "POST"])
def reconfirm(request, slug, token):
    """The text changed since this person signed: GET shows the changes and a button, POST reconfirms."""
    statement = statement_get_public(slug=slug, user=request.user)
    if request.method == "POST":
        check = services.signature_reconfirm_by_token(statement=statement, token=token)
        if check.problem is None:
            return render(
                request, "signatures/reconfirmed.html", {"statement": statement, "signature": check.signature}
            )
    else:
        check = services.signature_check_reconfirm(statement=statement, token=token)
    context = {
        "statement": statement,
        "signature": check.signature,
        "problem": check.problem,
        "Problem": LinkProblem,
    }
    if check.problem is None:
        current = statement.current_version
        context.update(
            old_version=check.signature.version,
            new_version=current,
            diff=word_diff(check.signature.version.text, current.text),
            withdraw_url=reverse(
                "signatures:withdraw", kwargs={"slug": slug, "token": make_withdraw_token(check.signature)}
            ),
        )
    status = 200 if check.problem in (None, LinkProblem.NOT_NEEDED) else 400
    return render(request, "signatures/reconfirm.html", context, status=status)
