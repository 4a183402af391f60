"""Public pages as anonymous visitors see them, kept for a second in each app server process.

In a surge thousands of people a second open the same statement page, and for each one the page is the
same but for its CSRF token. So a page rendered for one anonymous visitor is kept (in the process-local
"default" cache, no network) for UNDERSIGNED_PUBLIC_CACHE_SECONDS with its tokens blanked, and served to
the next ones with a fresh token of theirs: one render a second per page and process instead of one per
visitor. A count or a new text shows up at most that many seconds late; a page that takes long to make (the
plain-text list of 100,000 signatories) is kept ten times as long as it took.

Only visitors without a session or a pending message get the kept page: whoever is logged in, or has
something to be told, gets a page of their own. The middleware (language, security headers, the CSRF
cookie) still runs for every request, so only the view's work is saved.
"""

import hashlib
import math
import re
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

_KEPT_HEADERS = ("Content-Disposition",)
COST_MULTIPLE = 10
_CSRF_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_PLACEHOLDER = b"\x00csrf-token\x00"  # cannot occur in rendered HTML, which escapes control characters


def asked_for(*values: str) -> str:
    """A short fixed-length key part for what the visitor asked for (a query parameter, a header), which
    may be long or odd: `kept_page(request, f"list:{slug}:{asked_for(page)}", ...)`."""
    return hashlib.blake2b("\x00".join(values).encode(), digest_size=8).hexdigest()


def public_cache_seconds() -> int:
    return settings.UNDERSIGNED_PUBLIC_CACHE_SECONDS


def serves_kept_pages(request: HttpRequest) -> bool:
    """Whether this request may get (and leave) a page kept for everyone: an anonymous GET with nothing
    personal to show. Decided from the cookies alone, so it costs no session or database read."""
    return (
        public_cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not getattr(request, "htmx", False)
    )


def kept_page(request: HttpRequest, key: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The page named by `key` (what it shows, e.g. a statement and its reading language), from the kept
    copy when there is one, else from `render()`, whose answer is kept when it is a plain 200 page (a
    streamed one is read whole first)."""
    if not serves_kept_pages(request):
        return render()
    full_key = f"public-page:{key}:{get_language()}:{request.scheme}://{request.get_host()}"
    kept = cache.get(full_key)
    if kept is None:
        started = time.monotonic()
        response = render()
        if response.status_code != 200 or response.cookies:
            return response
        kept = _keepable(response)
        cache.set(full_key, kept, timeout=copy_lifetime(time.monotonic() - started))
        if not response.streaming:
            return response
    body, has_token, content_type, headers = kept
    if has_token:
        # get_token() also has the middleware set the CSRF cookie, as rendering {% csrf_token %} does.
        body = body.replace(_PLACEHOLDER, get_token(request).encode())
    return HttpResponse(body, content_type=content_type, headers=headers)


def _keepable(response: HttpResponse) -> tuple[bytes, bool, str, dict]:
    """(the body as sent, whether it holds CSRF tokens to fill in, its content type, its other headers):
    bytes, so that serving a large copy (a long text file) costs no encoding and no search."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    tokens = 0
    if response["Content-Type"].startswith("text/html"):
        body, tokens = _CSRF_FIELD.subn(rb"\g<1>" + _PLACEHOLDER + rb"\g<2>", body)
    headers = {name: response[name] for name in _KEPT_HEADERS if name in response}
    return body, tokens > 0, response["Content-Type"], headers


def copy_lifetime(cost: float) -> int:
    """A copy lives its seconds, or COST_MULTIPLE times as long as it took to make when that is longer
    (a 100,000-line text file): making copies then never takes more than a tenth of a process's time."""
    return max(public_cache_seconds(), math.ceil(cost * COST_MULTIPLE))
