"""Limits on how often one client or one address may try something: fixed-window counters in a shared cache.

A limit is a name in settings.UNDERSIGNED_RATE_LIMITS, `(attempts, window seconds)`. `hit()` counts one
attempt against a value (a client IP, an email address, a username) and answers `Refusal` once the window
holds more attempts than the limit, saying when it ends; `refuse()` renders the 429 page for it. Views call
them directly, or wrap a whole view in `@limit_ip("sign_ip")` to count every POST per client address.

The counters live in the "ratelimit" cache (a table of counters in the database by default, see
counters.py; Redis when configured) so that every app server counts together. Values are hashed before
they become keys: no email address is stored in it.
"""

import functools
import hashlib
import ipaddress
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render

from undersigned.common.counters import CounterCache

CACHE_ALIAS = "ratelimit"


def now() -> float:
    """The clock the windows follow (tests replace it)."""
    return time.time()


@dataclass(frozen=True)
class Refusal:
    retry_after: int  # seconds until the window ends

    @property
    def minutes(self) -> int:
        """Whole minutes to wait, rounded up: 61 s -> 2.

        >>> Refusal(61).minutes
        2
        """
        return max(1, math.ceil(self.retry_after / 60))


def _count(cache, key: str, timeout: int) -> int:
    """Add one attempt to `key` and return how many the window holds, atomically across processes: the
    database's counters in one UPSERT (counters.CounterCache.count), Redis with add() then incr()."""
    if isinstance(cache, CounterCache):
        return cache.count(key, timeout)
    if cache.add(key, 1, timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout)
        return 1


def _key(name: str, value: str, window_start: int) -> str:
    # " Ana@Example.org" and "ana@example.org" are one address, and one counter.
    digest = hashlib.sha256(f"{name}\x00{value.strip().lower()}".encode()).hexdigest()[:32]
    return f"rl:{name}:{digest}:{window_start}"


def _window(name: str) -> tuple[int, int, int, int]:
    attempts, window = settings.UNDERSIGNED_RATE_LIMITS[name]
    moment = int(now())
    start = moment - moment % window
    return attempts, window, start, start + window - moment


def hit(name: str, value: str) -> Refusal | None:
    """Count one attempt of `value` against limit `name`; a Refusal once it is over the limit."""
    attempts, window, start, remaining = _window(name)
    if attempts == 0 or not value:
        return None
    count = _count(caches[CACHE_ALIAS], _key(name, value, start), remaining + 1)
    return Refusal(remaining) if count > attempts else None


def check(name: str, value: str) -> Refusal | None:
    """Whether `value` has used up limit `name` already, without counting an attempt: failed logins are
    counted only once they fail, but the lockout is checked before the password is."""
    attempts, window, start, remaining = _window(name)
    if attempts == 0 or not value:
        return None
    count = caches[CACHE_ALIAS].get(_key(name, value, start), 0) or 0
    return Refusal(remaining) if count >= attempts else None


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the Nth address from the right of
    X-Forwarded-For (each proxy appends the address it saw). An IPv6 client counts by its /64 network,
    which one household or one server usually holds whole.

    >>> from django.test import RequestFactory
    >>> client_ip(RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6"))
    '2001:db8:1:2::/64'
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.UNDERSIGNED_TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def refuse(request, refusal: Refusal):
    """The 429 page: "Too many attempts. Try again in N minutes.", with Retry-After in seconds."""
    response = render(request, "429.html", {"minutes": refusal.minutes}, status=429)
    response["Retry-After"] = str(refusal.retry_after)
    return response


def limit_ip(name: str):
    """Count every POST to the view per client IP against limit `name`; refuse over it with the 429 page."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                refusal = hit(name, client_ip(request))
                if refusal:
                    return refuse(request, refusal)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
