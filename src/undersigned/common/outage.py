"""A database outage answers 503 with `Retry-After`, never a 500.

Two ways in, because Django turns an exception into a response at each middleware layer:
`DatabaseUnavailableMiddleware.process_exception` catches what a view raises, and `server_error`
(the site's handler500) catches what middleware raises (sessions, authentication) before a view ran.
Neither touches the database: the page is a standalone template rendered without a request context.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import get_template

DATABASE_ERRORS = (OperationalError, InterfaceError)
logger = logging.getLogger("undersigned.outage")


def database_unavailable_response() -> HttpResponse:
    seconds = settings.UNDERSIGNED_RETRY_AFTER_SECONDS
    html = get_template("503.html").render({"retry_after": seconds})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            # One line, not a traceback per request: during an outage every request fails the same way.
            logger.warning("database unavailable: %s %s: %s", request.method, request.path, exception)
            return database_unavailable_response()
        return None


def server_error(request):
    """handler500: a database error raised outside a view still becomes the 503 page."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable_response()
    return HttpResponseServerError(get_template("500.html").render({}))
