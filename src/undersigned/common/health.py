"""What /healthz reports: the database, the task queue, the outbox (rows a request left for the worker to
follow up, common/outbox.py) and the task workers' heartbeats."""

import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta

from django.db import close_old_connections, connection
from django.db.models import Count, Min
from django.utils import timezone

from undersigned.common.outage import DATABASE_ERRORS
from undersigned.common.outbox import outbox_backlog

logger = logging.getLogger("undersigned.health")


@dataclass(frozen=True)
class Health:
    database_up: bool
    queue_waiting: int | None = None
    queue_oldest_age_s: float | None = None
    outbox_waiting: int | None = None
    outbox_oldest_age_s: float | None = None
    worker_heartbeat_age_s: float | None = None

    def as_dict(self) -> dict:
        return {
            "database": "up" if self.database_up else "down",
            "queue": {"waiting": self.queue_waiting, "oldest_waiting_age_s": self.queue_oldest_age_s},
            "outbox": {"waiting": self.outbox_waiting, "oldest_waiting_age_s": self.outbox_oldest_age_s},
            "worker": {"last_heartbeat_age_s": self.worker_heartbeat_age_s},
        }


def health_check() -> Health:
    from django_tasks_db.models import DBTaskResult

    from undersigned.common.models import WorkerHeartbeat

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        now = timezone.now()
        queue = DBTaskResult.objects.ready().aggregate(waiting=Count("pk"), oldest=Min("enqueued_at"))
        outbox_waiting, outbox_oldest = outbox_backlog()
        beat = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    except DATABASE_ERRORS:
        return Health(database_up=False)
    return Health(
        database_up=True,
        queue_waiting=queue["waiting"],
        queue_oldest_age_s=_age(now, queue["oldest"]),
        outbox_waiting=outbox_waiting,
        outbox_oldest_age_s=_age(now, outbox_oldest),
        worker_heartbeat_age_s=_age(now, beat),
    )


def _age(now, since) -> float | None:
    return round((now - since).total_seconds(), 1) if since else None


def reclaim_abandoned_tasks(*, stale_after: timedelta, now=None) -> int:
    """Put back in the queue the tasks left RUNNING by a worker that died: its heartbeat is older than
    `stale_after` (or it never had one) and the task started before that. Another worker runs them
    again, under the same id, so the emails they sent already are skipped (`emails.record_send`).
    Returns how many went back; every live worker calls this after each heartbeat."""
    from django_tasks_db.models import DBTaskResult

    from undersigned.common.models import SentEmail, WorkerHeartbeat

    now = now or timezone.now()
    cutoff = now - stale_after
    alive = set(WorkerHeartbeat.objects.filter(seen_at__gte=cutoff).values_list("worker_id", flat=True))
    running = DBTaskResult.objects.running().filter(started_at__lt=cutoff)
    reclaimed = 0
    for pk, worker_ids, started_at in running.values_list("pk", "worker_ids", "started_at"):
        if worker_ids and worker_ids[-1] in alive:
            continue  # a long task of a live worker
        # Only if it is still the same run: another worker may have reclaimed it meanwhile.
        reclaimed += DBTaskResult.objects.filter(pk=pk, status="RUNNING", started_at=started_at).update(
            status="READY", started_at=None
        )
    if reclaimed:
        logger.warning("put %d task(s) of a dead worker back in the queue", reclaimed)
    # A task is reclaimed within minutes: a day of send records is plenty.
    SentEmail.objects.filter(sent_at__lt=now - timedelta(days=1)).delete()
    return reclaimed


class Heartbeat:
    """Touches this worker's WorkerHeartbeat row every `interval` seconds from a daemon thread, then
    reclaims the tasks of workers whose heartbeat is older than `reclaim_after`.

    The thread has its own database connection; when the database is down it logs once and keeps
    trying, so the heartbeat resumes by itself when the database is back.
    """

    def __init__(self, worker_id: str, interval: float = 10.0, reclaim_after: float | None = None):
        self.worker_id = worker_id
        self.interval = interval
        self.reclaim_after = timedelta(seconds=reclaim_after) if reclaim_after else None
        self.started_at = timezone.now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def start(self) -> "Heartbeat":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def beat(self) -> None:
        from undersigned.common.models import WorkerHeartbeat

        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={
                "host": socket.gethostname()[:255],
                "pid": os.getpid(),
                "started_at": self.started_at,
                "seen_at": timezone.now(),
            },
        )

    def _run(self) -> None:
        failing = False
        while not self._stop.is_set():
            try:
                close_old_connections()
                self.beat()
                if self.reclaim_after:
                    reclaim_abandoned_tasks(stale_after=self.reclaim_after)
                failing = False
            except DATABASE_ERRORS as error:
                if not failing:
                    logger.warning("worker heartbeat: database unavailable (%s); retrying", error)
                failing = True
                connection.close()
            self._stop.wait(self.interval)
        connection.close()
