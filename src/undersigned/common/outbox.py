"""Work a request leaves in its own rows, for the task worker to finish: the outbox pattern.

A request in a surge should do one INSERT and answer. What follows from the row it stored (an audit entry,
an email) is the worker's: the row carries a flag, and the worker's `OutboxPump` turns flagged rows into
queued tasks about every half second. The row is the only record to write in the request, so nothing is
lost whatever dies after it committed: a follow-up not yet done is simply done by the next pump.

common is the lowest layer, so it never names the apps' outboxes: they call `register_outbox` in their
`AppConfig.ready()`. `drain_outboxes()` runs them all once (the pump, `undersigned worker --batch`, tests).
"""

import logging
from collections.abc import Callable

from undersigned.common.schedule import Ticker

logger = logging.getLogger("undersigned.outbox")

# Each returns how many rows it followed up; it must be safe to run in several workers at once.
_drains: dict[str, Callable[[], int]] = {}


def register_outbox(name: str, drain: Callable[[], int]) -> None:
    """`register_outbox("sign-ons", signatures_follow_up)`; registering a name again replaces it."""
    _drains[name] = drain


def drain_outboxes() -> dict[str, int]:
    """Follow up everything waiting in every outbox; returns how many rows each followed up."""
    done = {}
    for name, drain in _drains.items():
        total = 0
        while count := drain():  # a drain takes a batch at a time
            total += count
        done[name] = total
    return done


class OutboxPump(Ticker):
    """The task worker's thread that drains the outboxes every `interval` seconds: how long a signer
    waits, at most, before their confirmation email is queued."""

    name = "outbox"

    def __init__(self, interval: float = 0.5):
        super().__init__(interval)

    def tick(self) -> None:
        for name, count in drain_outboxes().items():
            if count:
                logger.info("outbox: followed up %d from %s", count, name)
