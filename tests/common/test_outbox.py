"""The outbox: apps register what finishes the rows a request stored; the worker's pump drains it."""

import threading
from datetime import UTC, datetime

import pytest

from undersigned.common import outbox
from undersigned.common.outbox import OutboxPump, drain_outboxes, outbox_backlog, register_outbox


@pytest.fixture
def only_this_outbox(monkeypatch):
    """The apps' own outboxes stay out of these stories."""
    monkeypatch.setattr(outbox, "_outboxes", {})


def nothing_waits():
    return 0, None


def batches(*sizes):
    """A drain that follows up these many rows on successive calls, then nothing."""
    left = list(sizes)
    return lambda: left.pop(0) if left else 0


def test_draining_takes_batch_after_batch_until_nothing_waits(only_this_outbox):
    register_outbox("letters", drain=batches(200, 200, 13), backlog=nothing_waits)
    register_outbox("parcels", drain=batches(), backlog=nothing_waits)

    assert drain_outboxes() == {"letters": 413, "parcels": 0}


def test_the_backlog_adds_up_the_outboxes_and_names_the_oldest_row(only_this_outbox):
    monday, tuesday = datetime(2026, 11, 30, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    register_outbox("letters", drain=batches(), backlog=lambda: (2, tuesday))
    register_outbox("parcels", drain=batches(), backlog=lambda: (3, monday))
    register_outbox("postcards", drain=batches(), backlog=nothing_waits)

    assert outbox_backlog() == (5, monday)


def test_every_app_registers_its_own_outbox():
    assert "signatures.follow_up" in outbox._outboxes


def test_the_pump_drains_in_the_background_until_stopped(only_this_outbox):
    drained = threading.Event()
    register_outbox("letters", drain=lambda: drained.set() or 0, backlog=nothing_waits)
    pump = OutboxPump(interval=0.05).start()
    try:
        assert drained.wait(timeout=5)
    finally:
        pump.stop()
        pump._thread.join(timeout=5)
    assert not pump._thread.is_alive()


def test_a_failing_drain_does_not_stop_the_pump(only_this_outbox):
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug in one tick")
        return 0

    register_outbox("letters", drain=flaky, backlog=nothing_waits)
    pump = OutboxPump(interval=0.01).start()
    try:
        for _ in range(500):
            if len(calls) >= 2:
                break
            pump._stop.wait(0.01)
    finally:
        pump.stop()
        pump._thread.join(timeout=5)
    assert len(calls) >= 2
