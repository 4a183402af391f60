"""Killing an app server process under load loses no accepted sign-on: every sign-on answered with the
redirect to "check your email" is in the database, and the server goes on accepting sign-ons.

Real processes on a SQLite file: `undersigned serve` with two gunicorn workers, six simulated signers,
and one of gunicorn's workers killed (SIGKILL) in the middle; gunicorn starts a new one.
"""

import os
import signal

import pytest

from tests.surge_stack import (
    Load,
    Processes,
    gunicorn_workers,
    prepare,
    stack_environment,
    stored_emails,
    wait_for,
)

pytestmark = pytest.mark.process


def test_killing_an_app_server_process_under_load_loses_no_accepted_sign_on(tmp_path):
    env = stack_environment(tmp_path)
    prepare(env)
    processes = Processes(tmp_path, env)
    load = None
    try:
        base = processes.serve("--workers", "2", "--threads", "2")
        master = processes.started[0][0].pid
        load = Load([base], limit=300).start()
        wait_for(lambda: load.accepted_count() >= 30, 60, "30 accepted sign-ons")
        os.kill(gunicorn_workers(master)[0], signal.SIGKILL)
        before_kill = load.accepted_count()
        wait_for(lambda: load.accepted_count() >= before_kill + 30, 60, "sign-ons accepted after the kill")
        load.stop()
    finally:
        if load is not None:
            load.stop()
        processes.stop_all()
    assert load.accepted - stored_emails(env) == set()
    assert 500 not in load.statuses, (load.statuses, processes.logs())
