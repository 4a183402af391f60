"""The daily housekeeping runs every job the apps registered; one failing job does not stop the others."""

import pytest
from django.utils import timezone

from undersigned.common import housekeeping
from undersigned.common.housekeeping import register_housekeeping, run_housekeeping
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs(monkeypatch):
    monkeypatch.setattr(housekeeping, "_jobs", {})
    return housekeeping._jobs


def test_every_registered_job_runs_with_the_same_time(jobs):
    seen = []
    register_housekeeping("a", lambda *, now: seen.append(now) or 2)
    register_housekeeping("b", lambda *, now: seen.append(now) or 0)
    now = timezone.now()
    assert run_housekeeping(now) == {"a": 2, "b": 0}
    assert seen == [now, now]


def test_a_failing_job_is_rolled_back_and_the_others_still_run(jobs):
    def broken(*, now):
        Statement.objects.create(slug="half-done", title="Half done")
        raise RuntimeError("bug")

    register_housekeeping("a.broken", broken)
    register_housekeeping("b.fine", lambda *, now: 1)
    assert run_housekeeping() == {"a.broken": None, "b.fine": 1}
    assert not Statement.objects.filter(slug="half-done").exists()


def test_the_signature_jobs_are_registered():
    assert {
        "signatures.scrub_withdrawn",
        "signatures.anonymise_after_closing",
        "signatures.expire_pending",
    } <= set(housekeeping._jobs)
