"""Tiny readers for environment settings that fail loudly on nonsense.

Each reader also honours a `<NAME>_FILE` variant so secrets can come from files
(Docker/Kubernetes secrets): `UNDERSIGNED_SECRET_KEY_FILE=/run/secrets/key`.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            with open(file_name, encoding="utf-8") as handle:
                return handle.read().strip()
        except OSError as error:
            raise ImproperlyConfigured(
                f"{name}_FILE points to {file_name}, which cannot be read: {error.strerror}."
            ) from None
    return os.environ.get(name)


def envstr(name: str, default: str) -> str:
    value = _raw(name)
    return default if value is None else value


def envbool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {value!r}.")


def envint(name: str, default: int) -> int:
    value = _raw(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}.") from None


def envlist(name: str, default: list[str]) -> list[str]:
    """`"DE, AT,,CH"` -> `["DE", "AT", "CH"]`."""
    value = _raw(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """The header a TLS-terminating proxy sets, as Django's SECURE_PROXY_SSL_HEADER.

    `"X-Forwarded-Proto"` -> `("HTTP_X_FORWARDED_PROTO", "https")`; `"X-Forwarded-Ssl: on"` ->
    `("HTTP_X_FORWARDED_SSL", "on")`; unset or empty -> None (no header is trusted).
    Only set it when the proxy always sets or strips this header: otherwise a client could claim https.
    """
    value = (_raw(name) or "").strip()
    if not value:
        return None
    header, _, expected = value.partition(":")
    header, expected = header.strip(), expected.strip() or "https"
    if not header or not all(c.isalnum() or c == "-" for c in header):
        raise ImproperlyConfigured(f"{name} must be a header name, optionally with ': value'; got {value!r}.")
    return "HTTP_" + header.upper().replace("-", "_"), expected


_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def envrate(name: str, default: str) -> tuple[int, int]:
    """A rate limit as attempts per window: `"5/15m"` -> `(5, 900)`; units s, m, h, d; `"0/1h"` switches it off.

    >>> envrate("UNDERSIGNED_NOT_SET_ANYWHERE", "30/1h")
    (30, 3600)
    """
    value = (_raw(name) or "").strip() or default
    count, _, window = value.replace(" ", "").partition("/")
    unit = window[-1:].lower()
    if not (count.isdigit() and window[:-1].isdigit() and unit in _SECONDS and int(window[:-1]) > 0):
        raise ImproperlyConfigured(
            f"{name} must be attempts per time window such as 5/15m or 30/1h (units s, m, h, d); got {value!r}."
        )
    return int(count), int(window[:-1]) * _SECONDS[unit]
