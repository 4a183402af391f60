"""The embedded sign-on form: /s/<slug>/embed/ (shown in a partner site's iframe), its POST and its thanks.

CSRF, decided. Inside another site's frame our cookies are third-party: browsers send a SameSite=Lax
cookie (Django's CSRF cookie) with no cross-site request, and many block third-party cookies outright,
so the usual CSRF cookie cannot protect this form. Marking the cookie SameSite=None would only work where
third-party cookies survive and would loosen it for the whole site. Instead the POST is CSRF-exempt and
protected by what a forger cannot produce:
  1. the browser's Origin header (or, without it, the Referer) must be this site: the form lives in a
     page of ours, so a real sign-on always comes from here, and no other page can make a browser send
     our origin (posted_from_here);
  2. a signed, expiring token rendered into the form, bound to the statement (tokens.py).
And there is nothing to forge: like the API, this form reads no cookie or session and answers every
address alike ("check your email"); a sign-on counts only once the address confirms it by email. The
rate limits are the statement page's (per IP, per email address), through the same SignatureForm.sign().
"""

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from undersigned.common import ratelimit
from undersigned.signatures.embed.framing import allow_framing, partner_site, posted_from_here
from undersigned.signatures.embed.tokens import embed_form_token, embed_form_token_valid
from undersigned.signatures.forms import SignatureForm
from undersigned.signatures.models import Signature
from undersigned.statements.selectors import statement_get_public


def _public(slug):
    # No user: the frame reads no cookie, so a draft is never embedded, even for its owner.
    return statement_get_public(slug=slug, user=None)


def _render(request, statement, *, form=None, site="", problem="", status=200, template="embed.html"):
    context = {
        "statement": statement,
        "form": form or SignatureForm(statement=statement),
        "accepting": statement.accepts_signatures(),
        "token": embed_form_token(statement.pk),
        "site": site,
        "problem": problem,
    }
    response = render(request, f"signatures/embed/{template}", context, status=status)
    return allow_framing(response, statement)


@require_GET
@xframe_options_exempt
def embed(request, slug):
    """The form in the frame. The partner site is known from the Referer of this first load (or the
    `site` parameter); embed-frame.js replaces it with the origin the parent page's script proves."""
    statement = _public(slug)
    site = partner_site(statement, request.GET.get("site", "")) or partner_site(
        statement, request.headers.get("Referer", "")
    )
    return _render(request, statement, site=site)


@csrf_exempt  # protected by the Origin check and the signed token instead; see the module's docstring
@require_POST
@xframe_options_exempt
def embed_sign(request, slug):
    statement = _public(slug)
    if not posted_from_here(request):
        return _render(request, statement, problem=_("This form was sent from another site."), status=403)
    site = partner_site(statement, request.POST.get("site", ""))
    form = SignatureForm(request.POST, statement=statement)
    if not embed_form_token_valid(request.POST.get("token", ""), statement.pk):
        # Left open too long (or tampered with): show it again with what was typed and a fresh token.
        form.is_valid()
        problem = _("This form was open for a long time. Please check your answers and sign again.")
        return _render(request, statement, form=form, site=site, problem=problem, status=400)
    if refusal := ratelimit.hit("sign_ip", ratelimit.client_ip(request)):
        problem = _("Too many attempts. Try again in %(minutes)s minutes.") % {"minutes": refusal.minutes}
        response = _render(request, statement, form=form, site=site, problem=problem, status=429)
        response["Retry-After"] = str(refusal.retry_after)
        return response
    if not form.sign(source=Signature.Source.EMBED, source_site=site):
        return _render(request, statement, form=form, site=site, status=400)
    return redirect("signatures:embed_thanks", slug=slug)


@require_GET
@xframe_options_exempt
def embed_thanks(request, slug):
    return _render(request, _public(slug), template="thanks.html")
