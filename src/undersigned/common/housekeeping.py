"""The daily housekeeping: what the apps register to keep the data they hold no longer than needed
(erasing withdrawn signers' addresses, anonymising addresses after a statement closed, removing pending
sign-ons nobody confirmed).

The worker's scheduler (schedule.py) queues the `housekeeping` task once a day; `undersigned housekeeping`
runs it at once, for sites that prefer cron. Every job is safe to run twice: it acts only on what is due.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from undersigned.common.schedule import register_periodic
from undersigned.common.tasks import task

logger = logging.getLogger("undersigned.housekeeping")

_jobs: dict[str, Callable[..., int]] = {}


def register_housekeeping(name: str, job: Callable[..., int]) -> None:
    """`job(now=...)` returns how many records it changed. Apps register in their AppConfig.ready()."""
    _jobs[name] = job


def run_housekeeping(now: datetime | None = None) -> dict[str, int | None]:
    """Run every registered job in the order registered, each in its own transaction; a job that fails is
    logged and counted as None, and the others still run. `{"signatures.expire_pending": 3, ...}`"""
    now = now or timezone.now()
    results: dict[str, int | None] = {}
    for name, job in list(_jobs.items()):
        try:
            with transaction.atomic():
                results[name] = job(now=now)
        except Exception:
            logger.exception("housekeeping: %s failed", name)
            results[name] = None
    return results


@task()
def housekeeping() -> None:
    for name, count in run_housekeeping().items():
        logger.info("housekeeping: %s: %s", name, "failed" if count is None else count)


register_periodic("housekeeping", every=timedelta(days=1), task=housekeeping)
