"""The outbox: apps register what finishes the rows a request stored; the worker's pump drains it."""

import threading

import pytest

from undersigned.common import outbox
from undersigned.common.outbox import OutboxPump, drain_outboxes, register_outbox


@pytest.fixture
def only_this_outbox(monkeypatch):
    """The apps' own outboxes stay out of these stories."""
    monkeypatch.setattr(outbox, "_drains", {})


def batches(*sizes):
    """A drain that follows up these many rows on successive calls, then nothing."""
    left = list(sizes)
    return lambda: left.pop(0) if left else 0


def test_draining_takes_batch_after_batch_until_nothing_waits(only_this_outbox):
    register_outbox("letters", batches(200, 200, 13))
    register_outbox("parcels", batches())

    assert drain_outboxes() == {"letters": 413, "parcels": 0}


def test_every_app_registers_its_own_outbox():
    assert "signatures.follow_up" in outbox._drains


def test_the_pump_drains_in_the_background_until_stopped(only_this_outbox):
    drained = threading.Event()
    register_outbox("letters", lambda: drained.set() or 0)
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

    register_outbox("letters", flaky)
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
