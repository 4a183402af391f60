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
from dataclasses import dataclass
from datetime import datetime

from undersigned.common.schedule import Ticker

logger = logging.getLogger("undersigned.outbox")


@dataclass(frozen=True)
class Outbox:
    # Follows up a batch and returns how many rows; it must be safe to run in several workers at once.
    drain: Callable[[], int]
    # How many rows wait, and when the oldest was stored (None when none waits): /healthz shows it.
    backlog: Callable[[], tuple[int, datetime | None]]


_outboxes: dict[str, Outbox] = {}


def register_outbox(name: str, *, drain: Callable[[], int], backlog) -> None:
    """`register_outbox("signatures.follow_up", drain=..., backlog=...)`; registering a name again
    replaces it (ready() may run twice in tests)."""
    _outboxes[name] = Outbox(drain, backlog)


def drain_outboxes() -> dict[str, int]:
    """Follow up everything waiting in every outbox; returns how many rows each followed up."""
    done = {}
    for name, outbox in _outboxes.items():
        total = 0
        while count := outbox.drain():  # a drain takes a batch at a time
            total += count
        done[name] = total
    return done


def outbox_backlog() -> tuple[int, datetime | None]:
    """How many rows wait in all outboxes together, and when the oldest of them was stored."""
    waiting, oldest = 0, None
    for outbox in _outboxes.values():
        count, since = outbox.backlog()
        waiting += count
        if since is not None and (oldest is None or since < oldest):
            oldest = since
    return waiting, oldest


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
