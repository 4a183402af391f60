"""The public API: django-ninja over the selectors and services the pages use.

`/api/openapi.json` is its OpenAPI document; `/api/docs` its reference, a page of our own drawn from that
document (`reference.py`); `/api/swagger` Swagger UI to try requests, served from django-ninja's own static
files (the `ninja` app is installed), never from another host.
"""

from django.utils.translation import gettext
from ninja import NinjaAPI
from ninja.errors import ValidationError

from undersigned.api import signing, statements

api = NinjaAPI(
    title="undersigned",
    version="1",
    description=(
        "Public statements, their confirmed signatories (the fields the public list prints) and counts, "
        "and a sign-on endpoint for partner sites. No authentication: everything here is public."
    ),
    urls_namespace="api",
    docs_url="/swagger",
)
api.add_router("", statements.router)
api.add_router("", signing.router)


def _field(location: tuple) -> str:
    """The field an error is about: `("body", "payload", "email")` -> `"email"`, `("query", "limit")` ->
    `"limit"`; an error about the whole body is `__all__`."""
    names = [str(part) for part in location if part not in ("body", "query", "path", "payload")]
    return names[0] if names else "__all__"


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    """Wrong types or values are a 422 with one message per field, the shape the sign-on errors have."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field(tuple(error.get("loc", ()))), []).append(error.get("msg", ""))
    return api.create_response(
        request, {"detail": gettext("Some fields need attention."), "errors": errors}, status=422
    )
