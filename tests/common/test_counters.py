"""common/counters.py: the "ratelimit" cache's counters in one database table, one UPSERT per count."""

import threading
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.utils import timezone

from undersigned.common import counters
from undersigned.common.housekeeping import run_housekeeping
from undersigned.common.models import RateCounter

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache():
    return caches["ratelimit"]


@pytest.fixture
def clock(monkeypatch):
    """The time the counters see; `clock.now += 60` moves it a minute on."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr(counters.time, "time", lambda: Clock.now)
    return Clock


def test_count_starts_at_one_and_adds_one_each_time(cache):
    assert [cache.count("attempts", 60) for _ in range(3)] == [1, 2, 3]
    assert cache.get("attempts") == 3


def test_counting_again_does_not_extend_the_window_and_after_it_counting_starts_over(cache, clock):
    cache.count("attempts", 60)
    clock.now += 50
    cache.count("attempts", 60)
    clock.now += 11
    assert cache.get("attempts") is None
    assert cache.count("attempts", 60) == 1
    clock.now += 59
    assert cache.get("attempts") == 1


def test_add_stores_only_over_a_missing_or_expired_entry(cache, clock):
    assert cache.add("pow-used:abc", True, timeout=10) is True
    assert cache.add("pow-used:abc", True, timeout=10) is False
    clock.now += 11
    assert cache.add("pow-used:abc", True, timeout=10) is True


def test_set_incr_delete_and_clear_behave_as_a_cache(cache):
    cache.set("n", 5, timeout=60)
    assert cache.incr("n", 2) == 7
    with pytest.raises(ValueError):
        cache.incr("missing")
    assert cache.delete("n") is True
    assert cache.get("n", 0) == 0
    cache.set("m", 1)
    cache.clear()
    assert RateCounter.objects.count() == 0


def test_it_holds_whole_numbers_only(cache):
    with pytest.raises(TypeError, match="whole numbers only"):
        cache.set("text", "hello")


def test_the_daily_housekeeping_deletes_expired_counters_only():
    cache = caches["ratelimit"]
    cache.count("old", 1)
    cache.count("current", 3600)
    later = timezone.now() + timezone.timedelta(seconds=5)
    assert run_housekeeping(now=later)["common.expired_counters"] == 1
    assert list(RateCounter.objects.values_list("count", flat=True)) == [1]
    assert cache.get("current") == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's shared in-memory test database locks whole tables: runs in make test-postgres (.ci/run)",
)
@pytest.mark.django_db(transaction=True)
def test_threads_counting_one_key_at_once_lose_no_attempt():
    """Each thread has its own connection; on PostgreSQL they really race for the row."""
    threads, each = 4, 25
    start = threading.Barrier(threads)

    def count():
        cache = caches["ratelimit"]
        start.wait()
        try:
            for _ in range(each):
                cache.count("shared", 60)
        finally:
            connection.close()

    workers = [threading.Thread(target=count) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert caches["ratelimit"].get("shared") == threads * each
    assert time.time() < RateCounter.objects.get().expires <= time.time() + 60
