"""Who may show the embedded form in a frame, and which partner site a sign-on came from.

Every other page forbids framing (X-Frame-Options DENY, CSP frame-ancestors 'none', settings.py). The
embedded form allows framing by this site and by the statement's partner sites only; with no partner
site listed, embedding is off and only this site may frame it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

from undersigned.common.origins import parse_origin
from undersigned.statements.models import Statement


def frame_ancestors(statement: Statement) -> list[str]:
    """The CSP `frame-ancestors` sources of a statement's embedded form.

    >>> frame_ancestors(Statement(embed_domains="https://partner.example\\nhttps://b.example:8443"))
    ["'self'", 'https://partner.example', 'https://b.example:8443']
    >>> frame_ancestors(Statement(embed_domains=""))
    ["'self'"]
    """
    return ["'self'", *statement.embed_origins()]


def allow_framing(response, statement: Statement):
    """Replace the site-wide `frame-ancestors 'none'` for this response. django-csp reads
    `_csp_replace` as its `csp_replace` decorator sets it; the sources differ per statement, so they
    are set on the response rather than in a decorator. (The view is also `xframe_options_exempt`.)"""
    response._csp_replace = {"frame-ancestors": frame_ancestors(statement)}
    return response


def partner_site(statement: Statement, value: str) -> str:
    """The origin of a partner site if `value` (an origin or a whole address) is one of the statement's
    partner sites, else "" (a direct visit, or a site that is not a partner).

    >>> statement = Statement(embed_domains="https://partner.example")
    >>> partner_site(statement, "https://partner.example/campaign/page?x=1")
    'https://partner.example'
    >>> partner_site(statement, "https://elsewhere.example"), partner_site(statement, "")
    ('', '')
    """
    if not value:
        return ""
    parts = urlsplit(value.strip())
    try:
        origin = parse_origin(f"{parts.scheme}://{parts.netloc}")
    except (ValidationError, ValueError):
        return ""
    return origin if origin in statement.embed_origins() else ""


def own_origins(request) -> set[str]:
    """This site's origin as the browser sees it: as the request reached us (the host Django trusts, the
    scheme it was reached by), and as UNDERSIGNED_SITE_URL names it (behind a proxy that hides https)."""
    site = urlsplit(settings.SITE_URL)
    return {f"{request.scheme}://{request.get_host()}", f"{site.scheme}://{site.netloc}"}


def posted_from_here(request) -> bool:
    """True when the browser says the POST came from a page of this site (the form in the frame is one).

    Browsers send Origin with every cross-origin POST and with same-origin ones too; it cannot be set by
    the page. Without it (some old browsers), the Referer must be ours; with neither, the POST is refused.
    """
    ours = own_origins(request)
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in ours
    referer = request.headers.get("Referer", "")
    parts = urlsplit(referer)
    return bool(referer) and f"{parts.scheme}://{parts.netloc}" in ours
