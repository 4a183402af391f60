"""A database outage answers a 503 page with Retry-After, never a 500, and /healthz says what is down."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connections
from django.test import Client
from django.utils import timezone

from undersigned.common.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down():
    """Every new cursor fails the way a stopped PostgreSQL or a vanished SQLite file fails, until the test
    ends (before the shared fixtures empty the caches, which needs the database back)."""

    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    with mock.patch.object(connections["default"], "cursor", refuse):
        yield


def test_a_page_during_a_database_outage_is_a_503_with_retry_after(statement, database_down):
    response = Client(raise_request_exception=False).get(f"/s/{statement.slug}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "<h1>Back in a moment</h1>" in html
    assert "We cannot reach our database right now" in html
    assert "Please try again in 10 seconds." in html


def test_a_sign_on_posted_during_a_database_outage_is_a_503_not_a_500(database_down):
    response = Client(raise_request_exception=False).post(
        "/s/some-statement/sign/", {"kind": "individual", "email": "a@example.org"}
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "10"


def test_an_interface_error_from_a_dropped_connection_is_a_503_too(statement):
    def dropped(*args, **kwargs):
        raise InterfaceError("connection already closed")

    with mock.patch.object(connections["default"], "cursor", dropped):
        response = Client(raise_request_exception=False).get(f"/s/{statement.slug}/signatories/")
    assert response.status_code == 503


def test_a_database_error_raised_in_middleware_still_becomes_the_503_page(rf):
    from undersigned.common.outage import server_error

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "10"


def test_any_other_error_is_still_the_plain_500_page(rf):
    from undersigned.common.outage import server_error

    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_healthz_reports_the_database_the_queue_and_the_worker_heartbeat(client, statement):
    from undersigned.signatures.tasks import send_confirmation_email

    send_confirmation_email.enqueue(12345)
    WorkerHeartbeat.objects.create(
        worker_id="w1",
        host="app-1",
        pid=4242,
        started_at=timezone.now() - timedelta(minutes=5),
        seen_at=timezone.now() - timedelta(seconds=30),
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    body = response.json()
    assert body["database"] == "up"
    assert body["queue"]["waiting"] == 1
    assert 0 <= body["queue"]["oldest_waiting_age_s"] < 60
    assert 29 <= body["worker"]["last_heartbeat_age_s"] < 90


def test_healthz_with_an_empty_queue_and_no_worker_yet_says_so(client):
    body = client.get("/healthz").json()
    assert body == {
        "database": "up",
        "queue": {"waiting": 0, "oldest_waiting_age_s": None},
        "outbox": {"waiting": 0, "oldest_waiting_age_s": None},
        "worker": {"last_heartbeat_age_s": None},
    }


def test_healthz_answers_503_while_the_database_is_down(database_down):
    response = Client(raise_request_exception=False).get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response.json()["database"] == "down"


def test_a_worker_heartbeat_is_recorded_and_touched_again(db):
    from undersigned.common.health import Heartbeat

    heartbeat = Heartbeat("worker-under-test")
    heartbeat.beat()
    first = WorkerHeartbeat.objects.get(worker_id="worker-under-test")
    heartbeat.beat()
    again = WorkerHeartbeat.objects.get(worker_id="worker-under-test")
    assert again.pk == first.pk
    assert again.seen_at >= first.seen_at
    assert WorkerHeartbeat.objects.count() == 1
