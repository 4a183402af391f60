"""Several machines' worth of processes against one PostgreSQL, under a load of sign-ons:

- two app servers and two task workers, one of each killed (SIGKILL): no accepted sign-on is lost, and
  no confirmation email is sent twice (the killed worker's task is run again by the other one);
- PostgreSQL restarted: during the outage the answer is the 503 page with Retry-After, never a 500, and
  sign-ons are accepted again by themselves afterwards.

Each starts a PostgreSQL server of its own on 127.0.0.1, which needs Debian's postgresql binaries:
`make test-postgres` (and .ci/run) install them and run this; `make test` on SQLite reports it as
skipped with that reason, as tests/test_worker_outage_postgres.py does.
"""

import os
import shutil
import subprocess
import time

import pytest

from tests.surge_stack import (
    CLI,
    Load,
    Processes,
    mails_by_recipient,
    prepare,
    stack_environment,
    stored_emails,
    wait_for,
)
from tests.test_worker_outage_postgres import Server

pytestmark = [
    pytest.mark.process,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs PostgreSQL's binaries: runs in make test-postgres (.ci/run)",
    ),
]


@pytest.fixture
def postgres():
    server = Server()
    yield server
    try:
        server.stop()
    except subprocess.CalledProcessError:
        pass
    shutil.rmtree(server.data, ignore_errors=True)


def task_states(env):
    script = (
        "from django_tasks_db.models import DBTaskResult as T; from collections import Counter; "
        "print(Counter((t.status, tuple(t.worker_ids)) for t in T.objects.all()))"
    )
    run = subprocess.run([*CLI, "manage", "shell", "-c", script], env=env, capture_output=True, text=True)
    return run.stdout + run.stderr


def test_two_app_servers_and_two_workers_one_of_each_killed_lose_nothing_and_send_once(tmp_path, postgres):
    env = stack_environment(tmp_path, postgres.url)
    prepare(env)
    processes = Processes(tmp_path, env)
    load = None
    try:
        bases = [processes.serve("--workers", "1", "--threads", "2") for _ in range(2)]
        app_server = processes.started[0][0]
        workers = [processes.start("worker") for _ in range(2)]
        load = Load(bases, limit=240).start()
        wait_for(
            lambda: load.accepted_count() >= 30 and mails_by_recipient(tmp_path), 60, "sign-ons and emails"
        )
        processes.kill(workers[0])
        processes.kill(app_server)
        load.bases = bases[1:]  # as a proxy stops sending to a server that does not answer
        before_kill = load.accepted_count()
        wait_for(lambda: load.accepted_count() >= before_kill + 30, 60, "sign-ons accepted after the kills")
        load.stop()
        stored = stored_emails(env)
        # The surviving worker sends the rest, and runs the killed worker's task again after 3 s.
        try:
            wait_for(lambda: set(mails_by_recipient(tmp_path)) >= stored, 90, "every confirmation email")
        except AssertionError:
            missing = stored - set(mails_by_recipient(tmp_path))
            raise AssertionError((sorted(missing), task_states(env), processes.logs()[-3000:])) from None
        time.sleep(2)  # room for a second copy, were one to be sent
    finally:
        if load is not None:
            load.stop()
        processes.stop_all()
    assert load.accepted - stored == set()
    sent = mails_by_recipient(tmp_path)
    assert max(sent.values()) == 1, [address for address, n in sent.items() if n > 1]


def test_a_postgresql_restart_under_load_answers_503_with_retry_after_and_recovers(tmp_path, postgres):
    env = stack_environment(tmp_path, postgres.url)
    prepare(env)
    processes = Processes(tmp_path, env)
    load = None
    try:
        base = processes.serve("--workers", "1", "--threads", "2")
        load = Load([base], limit=2000).start()
        wait_for(lambda: load.accepted_count() >= 20, 60, "sign-ons before the outage")
        postgres.stop()
        wait_for(lambda: load.statuses[503] >= 10, 30, "503 answers during the outage")
        postgres.start()
        back = load.accepted_count()
        wait_for(lambda: load.accepted_count() >= back + 20, 60, "sign-ons accepted after the restart")
        load.stop()
    finally:
        if load is not None:
            load.stop()
        processes.stop_all()
    assert 500 not in load.statuses, (load.statuses, processes.logs())
    assert load.retry_after == {"7"}
    assert load.accepted - stored_emails(env) == set()
