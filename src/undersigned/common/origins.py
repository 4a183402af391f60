"""Web origins (`https://host[:port]`) as owners list them for the sites that may embed a statement's form.

An origin is what browsers compare in `frame-ancestors`, `postMessage` and the Origin header: scheme, host
and port, nothing else. Plain http is refused except for the owner's own machine (localhost, 127.0.0.1),
where a partner page is tried out before it goes live.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LOCAL_HOSTS = ("localhost", "127.0.0.1")


def parse_origin(value: str) -> str:
    """The origin a web address names, normalised; ValidationError if it is not one.

    >>> parse_origin("https://Partner.example/")
    'https://partner.example'
    >>> parse_origin("https://partner.example:8443")
    'https://partner.example:8443'
    >>> parse_origin("http://127.0.0.1:8001")
    'http://127.0.0.1:8001'
    """
    value = value.strip()
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(
            _("“%(value)s” is not a web address like https://partner.example."),
            code="origin",
            params={"value": value},
        )
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise ValidationError(
            _("“%(value)s” must start with https://: a form on a plain http page is not safe to fill in."),
            code="origin_http",
            params={"value": value},
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValidationError(
            _("“%(value)s”: give only the site, like https://partner.example, without a path."),
            code="origin_path",
            params={"value": value},
        )
    return f"{parts.scheme}://{parts.hostname}" + (f":{port}" if port else "")


def origin_lines(text: str) -> list[str]:
    """The origins listed one a line, normalised, each once; lines that are not origins are left out
    (the field's validator refuses them when the owner saves).

    >>> origin_lines("https://a.example\\n\\n https://B.example/ \\nnonsense\\nhttps://a.example")
    ['https://a.example', 'https://b.example']
    """
    origins = []
    for line in text.splitlines():
        try:
            origin = parse_origin(line)
        except ValidationError:
            continue
        if line.strip() and origin not in origins:
            origins.append(origin)
    return origins


def validate_origin_lines(text: str) -> None:
    """Every non-empty line must be an origin; the errors name each bad line."""
    errors = []
    for line in text.splitlines():
        if line.strip():
            try:
                parse_origin(line)
            except ValidationError as error:
                errors.append(error)
    if errors:
        raise ValidationError(errors)
