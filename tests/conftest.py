"""The shared cast and factories. Alice organizes, Bob coordinates, Charlie is an outsider."""

import django.test
import pytest
from django.core.management import call_command

from tests.factories import make_signature, make_statement


@pytest.fixture(autouse=True)
def empty_cache(request, django_db_blocker):
    """Test databases reuse ids, so a cache entry from one test could answer the next. The rate limits'
    counters live in the database (common/counters.py): only tests with a database clear them."""
    from django.core.cache import caches

    from undersigned.common.counters import CounterCache

    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db"} & set(
        request.fixturenames
    )
    if uses_db:
        # The test database (and its cache table) exists before this runs, whichever fixture asked for it.
        request.getfixturevalue("django_db_setup")
    chosen = [caches[alias] for alias in caches if uses_db or not isinstance(caches[alias], CounterCache)]

    def clear():
        with django_db_blocker.unblock():
            for cache in chosen:
                cache.clear()

    clear()
    yield
    clear()


class Client(django.test.Client):
    """force_login() logs in with both factors, as a password skips the password: a superuser gets a
    confirmed authenticator app, so the pages behind the second factor open. Tests of the second factor
    itself use django.test.Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if user.is_superuser:
            from django_otp import DEVICE_ID_SESSION_KEY
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            device = device or TOTPDevice.objects.create(user=user, name="test app", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def alice(django_user_model):
    """The statement owner (staff, so she can reach the back office)."""
    return django_user_model.objects.create_user(
        "alice", "alice@example.org", "alice-password", is_staff=True, is_superuser=True
    )


@pytest.fixture
def bob(django_user_model):
    """A regional coordinator."""
    return django_user_model.objects.create_user("bob", "bob@example.org", "bob-password")


@pytest.fixture
def charlie(django_user_model):
    """Someone with an account and no role on any statement."""
    return django_user_model.objects.create_user("charlie", "charlie@example.org", "charlie-password")


@pytest.fixture
def statement(db):
    return make_statement()


@pytest.fixture
def run_tasks(db, monkeypatch):
    """Run everything the requests queued, as the worker process would.

    The real worker drops stale connections between tasks; inside a test transaction that
    would close the test's own connection (PostgreSQL), so that one call is switched off.
    """
    from django_tasks_db.management.commands import db_worker

    from undersigned.common.outbox import drain_outboxes

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        drain_outboxes()  # as the worker's outbox pump does, twice a second
        call_command(
            "db_worker", "--batch", "--queue-name", "*", "--no-reload", "--no-startup-delay", verbosity=0
        )

    return run


__all__ = ["make_signature", "make_statement"]
