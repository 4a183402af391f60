from functools import lru_cache

from django.shortcuts import render
from django.views.decorators.http import require_GET

from undersigned.api.api import api
from undersigned.api.reference import reference


@lru_cache(maxsize=1)
def _reference() -> dict:
    return reference(api.get_openapi_schema(path_prefix="/api/"))


@require_GET
def docs(request):
    """The API reference, drawn from the OpenAPI document (it changes only with the code)."""
    return render(
        request, "api/docs.html", {"api": _reference(), "site_url": request.build_absolute_uri("/")[:-1]}
    )
