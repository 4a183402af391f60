"""What /healthz reports: the database, the task queue and the task workers' heartbeats."""

import logging
import os
import socket
import threading
from dataclasses import dataclass

from django.db import close_old_connections, connection
from django.db.models import Count, Min
from django.utils import timezone

from undersigned.common.outage import DATABASE_ERRORS

logger = logging.getLogger("undersigned.health")


@dataclass(frozen=True)
class Health:
    database_up: bool
    queue_waiting: int | None = None
    queue_oldest_age_s: float | None = None
    worker_heartbeat_age_s: float | None = None

    def as_dict(self) -> dict:
        return {
            "database": "up" if self.database_up else "down",
            "queue": {"waiting": self.queue_waiting, "oldest_waiting_age_s": self.queue_oldest_age_s},
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
        beat = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    except DATABASE_ERRORS:
        return Health(database_up=False)
    return Health(
        database_up=True,
        queue_waiting=queue["waiting"],
        queue_oldest_age_s=round((now - queue["oldest"]).total_seconds(), 1) if queue["oldest"] else None,
        worker_heartbeat_age_s=round((now - beat).total_seconds(), 1) if beat else None,
    )


class Heartbeat:
    """Touches this worker's WorkerHeartbeat row every `interval` seconds from a daemon thread.

    The thread has its own database connection; when the database is down it logs once and keeps
    trying, so the heartbeat resumes by itself when the database is back.
    """

    def __init__(self, worker_id: str, interval: float = 10.0):
        self.worker_id = worker_id
        self.interval = interval
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
                failing = False
            except DATABASE_ERRORS as error:
                if not failing:
                    logger.warning("worker heartbeat: database unavailable (%s); retrying", error)
                failing = True
                connection.close()
            self._stop.wait(self.interval)
        connection.close()
