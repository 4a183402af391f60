from django.db import models


class WorkerHeartbeat(models.Model):
    """One row per task worker, touched every few seconds while it runs (`undersigned worker`).

    django-tasks-db records which worker claimed a task but not whether that worker is alive;
    /healthz reads the newest heartbeat to tell an idle queue from a dead worker.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.worker_id} on {self.host} (pid {self.pid})"


class ScheduledJob(models.Model):
    """When a periodic job (common/schedule.py) is next due. Workers claim it with one conditional UPDATE
    of `due_at`, so however many workers run, each due time is queued once."""

    name = models.CharField(max_length=64, unique=True)
    due_at = models.DateTimeField()
    last_queued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} (due {self.due_at:%Y-%m-%d %H:%M})"


class SentEmail(models.Model):
    """An email a task handed to the mail server, recorded just before it was: when a task runs again
    after its worker died (`health.reclaim_abandoned_tasks`), what it sent already is skipped, so no
    one gets an email twice. The key is a digest (no address is kept); rows go after a day."""

    key = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.key[:12]} at {self.sent_at:%Y-%m-%d %H:%M:%S}"


class RateCounter(models.Model):
    """One counter of the "ratelimit" cache (counters.CounterCache): attempts in one rate-limit window,
    or a used anti-bot answer. `expires` is in seconds since the epoch; expired rows are ignored, reused
    by the next count of their key, and deleted by the daily housekeeping."""

    key = models.CharField(max_length=255, primary_key=True)
    count = models.BigIntegerField(default=0)
    expires = models.FloatField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
