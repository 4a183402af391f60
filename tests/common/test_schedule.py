"""The task worker's scheduler queues each periodic job once per period, however many workers ask."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from undersigned.common.models import ScheduledJob
from undersigned.common.schedule import Scheduler, enqueue_due, periodic_jobs

pytestmark = pytest.mark.django_db


def _queued_housekeeping() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="housekeeping.housekeeping").count()


def test_the_daily_housekeeping_is_a_registered_periodic_job():
    assert {(job.name, job.every) for job in periodic_jobs()} >= {("housekeeping", timedelta(days=1))}


def test_a_first_worker_queues_the_housekeeping_at_once():
    now = timezone.now()
    assert "housekeeping" in enqueue_due(now)
    assert _queued_housekeeping() == 1
    assert ScheduledJob.objects.get(name="housekeeping").due_at == now + timedelta(days=1)


def test_two_workers_at_the_same_time_queue_it_once():
    now = timezone.now()
    first, second = enqueue_due(now), enqueue_due(now)
    assert "housekeeping" in first and "housekeeping" not in second
    assert _queued_housekeeping() == 1


def test_it_runs_once_a_day():
    start = timezone.now()
    for hours in (0, 1, 12, 23):
        enqueue_due(start + timedelta(hours=hours))
    assert _queued_housekeeping() == 1
    enqueue_due(start + timedelta(days=1))
    assert _queued_housekeeping() == 2


def test_a_worker_that_was_down_queues_what_is_overdue_once():
    start = timezone.now()
    enqueue_due(start)
    enqueue_due(start + timedelta(days=10))
    enqueue_due(start + timedelta(days=10, minutes=1))
    assert _queued_housekeeping() == 2


def test_the_scheduler_thread_queues_the_housekeeping(transactional_db):
    scheduler = Scheduler(interval=0.05).start()
    try:
        for _ in range(100):
            if _queued_housekeeping():
                break
            scheduler._stop.wait(0.05)
    finally:
        scheduler.stop()
        scheduler._thread.join(timeout=5)
    assert _queued_housekeeping() == 1
