"""Partner sites call the API from their own pages, so its answers may be read by any origin (CORS).

Safe because the API reads no cookie and answers every caller alike: `Access-Control-Allow-Origin: *`
without `Allow-Credentials` lets a browser send nothing the page's own server could not send itself.
"""

from django.http import HttpResponse

PREFIX = "/api/statements"


def cors_middleware(get_response):
    def middleware(request):
        if not request.path.startswith(PREFIX):
            return get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, POST"
            response["Access-Control-Allow-Headers"] = "Content-Type"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = get_response(request)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return middleware


def json_body_middleware(get_response):
    """The API reads whole JSON bodies, so its POST bodies are read whole here, first. Otherwise
    `common.middleware.InputMiddleware`, which reads every form submission, would consume a multipart body
    as a stream, and the API's parser, finding it gone, would fail with a 500 instead of answering 400.
    A body over DATA_UPLOAD_MAX_MEMORY_SIZE is a 400 (the API takes no uploads)."""

    def middleware(request):
        if request.path.startswith(PREFIX) and request.method == "POST":
            request.body  # noqa: B018 (kept on the request for whoever reads it next)
        return get_response(request)

    return middleware
