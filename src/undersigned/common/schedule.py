"""Periodic jobs: apps register a task and how often it runs; the task worker queues it when due.

There is no cron inside undersigned. Each `undersigned worker` runs a `Scheduler` thread that looks every
minute for registered jobs whose due time (a `ScheduledJob` row) has come. Claiming a job is one
conditional UPDATE (`due_at <= now` -> `due_at = now + every`), so with several workers each due time is
queued by exactly one of them; a worker that was down simply queues what is overdue when it starts.

common is the lowest layer, so it never names the apps' jobs: they call `register_periodic` in their
`AppConfig.ready()`, and common's own daily housekeeping (housekeeping.py) runs what they register there.
"""

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from undersigned.common.outage import DATABASE_ERRORS

logger = logging.getLogger("undersigned.schedule")


@dataclass(frozen=True)
class Periodic:
    name: str
    every: timedelta
    task: object  # a django-tasks Task, queued with .enqueue()


_periodic: dict[str, Periodic] = {}


def register_periodic(name: str, *, every: timedelta, task) -> None:
    """`register_periodic("housekeeping", every=timedelta(days=1), task=housekeeping)`; registering a name
    again replaces it (ready() may run twice in tests)."""
    _periodic[name] = Periodic(name, every, task)


def periodic_jobs() -> list[Periodic]:
    return list(_periodic.values())


def claim(name: str, *, every: timedelta, now: datetime) -> bool:
    """True for the one caller that moves a due job on to its next due time."""
    from undersigned.common.models import ScheduledJob

    ScheduledJob.objects.get_or_create(name=name, defaults={"due_at": now})
    moved = ScheduledJob.objects.filter(name=name, due_at__lte=now).update(
        due_at=now + every, last_queued_at=now
    )
    return moved == 1


def enqueue_due(now: datetime | None = None) -> list[str]:
    """Queue every registered job that is due; returns their names. The claim and the queued task commit
    together (the task queue lives in the same database), so a job is never claimed without being queued."""
    now = now or timezone.now()
    queued = []
    for job in periodic_jobs():
        with transaction.atomic():
            if claim(job.name, every=job.every, now=now):
                job.task.enqueue()
                queued.append(job.name)
    return queued


class Ticker:
    """A daemon thread of the task worker that calls `tick()` every `interval` seconds.

    Like the heartbeat, it has its own connection and outlives a database outage: it logs once and
    tries again at the next tick.
    """

    name = "ticker"

    def __init__(self, interval: float):
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)

    def tick(self) -> None:
        raise NotImplementedError

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        failing = False
        while not self._stop.is_set():
            try:
                close_old_connections()
                self.tick()
                failing = False
            except DATABASE_ERRORS as error:
                if not failing:
                    logger.warning("%s: database unavailable (%s); retrying", self.name, error)
                failing = True
                connection.close()
            except Exception:  # a bug in one tick must not stop the work for good
                logger.exception("%s: a tick failed", self.name)
            self._stop.wait(self.interval)
        connection.close()


class Scheduler(Ticker):
    """Queues the registered periodic jobs when due (`enqueue_due()`), looking every minute."""

    name = "scheduler"

    def __init__(self, interval: float = 60.0):
        super().__init__(interval)

    def tick(self) -> None:
        for name in enqueue_due():
            logger.info("scheduler: queued %s", name)
