"""A task whose worker is killed mid-run goes back to the queue once the worker's heartbeat is stale,
another worker runs it again, and every email it sends arrives exactly once: a send is recorded before
the message goes to the mail server, and the run after the crash skips what was recorded.

Real processes on a SQLite file: the first `undersigned worker` is killed (SIGKILL) while it sends a
batch of reminders, a second one finishes the batch. Emails are files (tests/slow_mail.py).
"""

import email
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

pytestmark = pytest.mark.process

SIGNERS = 6
SETUP = f"""
from undersigned.statements.services import statement_create
from undersigned.signatures.services import signatures_bulk_create
from undersigned.signatures.tasks import send_reminders
statement = statement_create(slug="once", title="Once", text="We say it once.", status="open")
rows = [dict(kind="individual", person_name=f"Signer {{i}}", email=f"signer{{i}}@example.org",
             confirmation_nonce=f"nonce{{i}}") for i in range({SIGNERS})]
signatures = signatures_bulk_create(statement=statement, rows=rows, via="test", status="pending")
from undersigned.signatures.models import Signature
send_reminders.enqueue(list(Signature.objects.values_list("pk", flat=True)))
"""


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not happen within {seconds} s")


def task_status(database):
    """The reminders task's status (the worker's scheduler may queue its daily housekeeping beside it)."""
    query = "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path LIKE '%.send_reminders'"
    with sqlite3.connect(database, timeout=10) as connection:
        return [row[0] for row in connection.execute(query)]


def recipients(mail_dir):
    return Counter(email.message_from_bytes(path.read_bytes())["To"] for path in mail_dir.glob("*.eml"))


def test_a_task_of_a_killed_worker_runs_again_and_sends_each_email_once(tmp_path):
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([os.getcwd(), os.environ.get("PYTHONPATH", "")]),
        "UNDERSIGNED_SECRET_KEY": "k" * 50,
        "UNDERSIGNED_DATA_DIR": str(tmp_path / "data"),
        "UNDERSIGNED_LOG_LEVEL": "WARNING",
        "UNDERSIGNED_EMAIL_BACKEND": "tests.slow_mail.SlowFileBackend",
        "UNDERSIGNED_TEST_MAIL_DIR": str(mail_dir),
        "UNDERSIGNED_WORKER_HEARTBEAT": "1",
        "UNDERSIGNED_TASK_RECLAIM_AFTER": "3",
    }
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        env.pop(name, None)
    database = tmp_path / "data" / "undersigned.sqlite3"
    cli = [sys.executable, "-m", "undersigned.cli"]
    subprocess.run([*cli, "migrate", "--verbosity", "0"], env=env, check=True, timeout=120)
    subprocess.run([*cli, "manage", "shell", "-c", SETUP], env=env, check=True, timeout=120)
    workers = []

    def start_worker():
        log = open(tmp_path / f"worker{len(workers)}.log", "w")  # noqa: SIM115 - closed with the test
        workers.append(
            (subprocess.Popen([*cli, "worker"], env=env, stdout=log, stderr=subprocess.STDOUT), log)
        )
        return workers[-1][0]

    try:
        first = start_worker()
        wait_for(lambda: len(list(mail_dir.glob("*.eml"))) >= 2, 60, "the first emails")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        sent_before = sum(recipients(mail_dir).values())
        assert sent_before < SIGNERS, "the worker finished before it was killed"
        assert task_status(database) == ["RUNNING"]

        start_worker()
        wait_for(lambda: task_status(database) == ["SUCCESSFUL"], 60, "the task running again")
        delivered = recipients(mail_dir)
        assert set(delivered) == {f"signer{i}@example.org" for i in range(SIGNERS)}
        assert set(delivered.values()) == {1}, delivered
    finally:
        for process, log in workers:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=15)
            log.close()
