"""Request input checked once, before any view or form sees it."""

import codecs

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

from undersigned.common.text import clean_text

_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Our pages are UTF-8, so their forms are sent in UTF-8; ASCII is a subset of it.
_READABLE = {"utf-8", "ascii"}


def _charset_is_readable(charset: str) -> bool:
    try:
        return codecs.lookup(charset).name in _READABLE
    except LookupError:
        return False


def _is_secret(key: str) -> bool:
    return "password" in key


class InputMiddleware:
    """Two guards on form submissions, whichever view or form they reach:

    - A form sent in a character set other than UTF-8 (`charset=rot13`, `charset=utf-16`, an unknown
      name) answers 400 with a page that says why. Django would raise deep inside the form parser,
      for some names as a 500.
    - Every text value goes through `common.text.clean_text`: control characters and bidirectional
      overrides never reach a form, a model or the database. Passwords are left exactly as typed.

    It must see the request before CsrfViewMiddleware reads the form in `process_view`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD", "OPTIONS") and request.content_type in _FORM_TYPES:
            charset = request.content_params.get("charset")
            if charset is not None:
                if not _charset_is_readable(charset):
                    return self._unreadable(request, charset)
                # "UTF8" and "us-ascii" name what Django reads as "utf-8" but would refuse by name.
                request.encoding = "utf-8"
            request.POST = self._cleaned(request.POST)
        return self.get_response(request)

    @staticmethod
    def _cleaned(data):
        cleaned = data.copy()
        for key, values in data.lists():
            if not _is_secret(key):
                cleaned.setlist(key, [clean_text(value) for value in values])
        cleaned._mutable = False
        return cleaned

    @staticmethod
    def _unreadable(request, charset: str):
        message = _(
            "The form was sent in a character set this site cannot read (%(charset)s). "
            "Please go back and send it again from the page; it sends UTF-8."
        ) % {"charset": charset[:40]}
        return render(request, "400.html", {"message": message}, status=400)


class PermissionsPolicyMiddleware:
    """Browser features this site never uses (camera, location, ...) are switched off for every page,
    so a script that got in anyway could not ask for them. Django has no setting for this header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.UNDERSIGNED_PERMISSIONS_POLICY
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
