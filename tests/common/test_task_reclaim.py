"""A task left running by a dead worker goes back to the queue; one a live worker runs stays with it.
A task run again never sends what its first run sent."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from undersigned.common import emails
from undersigned.common.health import reclaim_abandoned_tasks
from undersigned.common.models import WorkerHeartbeat
from undersigned.signatures.tasks import send_confirmation_email

pytestmark = pytest.mark.django_db

STALE = timedelta(seconds=60)


@pytest.fixture
def db_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def running_task(worker_id, *, started_ago):
    result = send_confirmation_email.enqueue(1)
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim(worker_id)
    DBTaskResult.objects.filter(pk=row.pk).update(started_at=timezone.now() - started_ago)
    return row


def beat(worker_id, *, ago):
    now = timezone.now()
    WorkerHeartbeat.objects.create(worker_id=worker_id, host="h", pid=1, started_at=now, seen_at=now - ago)


def status(row):
    return DBTaskResult.objects.get(pk=row.pk).status


def test_the_task_of_a_worker_whose_heartbeat_stopped_goes_back_to_the_queue(db_tasks):
    beat("dead", ago=timedelta(minutes=5))
    row = running_task("dead", started_ago=timedelta(minutes=6))
    assert reclaim_abandoned_tasks(stale_after=STALE) == 1
    assert status(row) == "READY"


def test_a_long_task_of_a_live_worker_stays_with_it(db_tasks):
    beat("alive", ago=timedelta(seconds=5))
    row = running_task("alive", started_ago=timedelta(minutes=30))
    assert reclaim_abandoned_tasks(stale_after=STALE) == 0
    assert status(row) == "RUNNING"


def test_a_task_just_claimed_is_left_alone_even_before_its_worker_beats(db_tasks):
    row = running_task("new", started_ago=timedelta(seconds=1))
    assert reclaim_abandoned_tasks(stale_after=STALE) == 0
    assert status(row) == "RUNNING"


def test_a_task_run_again_skips_the_emails_its_first_run_sent():
    emails.task_began("task-1")
    first_run = [emails.record_send("confirm:ada@example.org"), emails.record_send("confirm:bo@example.org")]
    emails.task_began("task-1")  # the same task, run again after its worker died
    second_run = [emails.record_send("confirm:ada@example.org"), emails.record_send("confirm:cy@example.org")]
    emails.task_ended()
    assert first_run == [True, True]
    assert second_run == [False, True]


def test_outside_a_task_every_send_goes_out():
    emails.task_ended()
    assert emails.record_send("confirm:ada@example.org") is True
    assert emails.record_send("confirm:ada@example.org") is True
