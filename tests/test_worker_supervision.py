"""The task worker outlives database outages, and `serve --with-worker` restarts a worker that died."""

import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.db import OperationalError

from undersigned.cli import supervise


def test_the_worker_waits_and_starts_again_after_a_database_error():
    calls, waits, lines = [], [], []

    def run():
        calls.append(1)
        if len(calls) < 4:
            raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    supervise(run, sleep=waits.append, log=lines.append)
    assert len(calls) == 4
    assert waits == [1.0, 2.0, 4.0]
    assert lines[0] == (
        "undersigned worker: database unavailable (connection to server at 127.0.0.1 failed: "
        "Connection refused); retrying in 1 s"
    )


def test_the_wait_between_attempts_stops_growing_at_thirty_seconds():
    calls, waits = [], []

    def run():
        calls.append(1)
        if len(calls) < 9:
            raise OperationalError("down")

    supervise(run, sleep=waits.append, log=lambda line: None)
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]


def test_other_errors_are_not_swallowed():
    def run():
        raise ValueError("a bug in a task runner")

    with pytest.raises(ValueError):
        supervise(run, sleep=lambda s: None, log=lambda line: None)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(pattern, lines, process, deadline):
    while time.monotonic() < deadline:
        for line in lines:
            if match := re.search(pattern, line):
                return match
        assert process.poll() is None, "".join(lines)
        time.sleep(0.1)
    raise AssertionError(f"no line matching {pattern!r} in time:\n{''.join(lines)}")


@pytest.mark.process
def test_serve_with_worker_restarts_a_worker_that_was_killed(tmp_path):
    import threading

    env = {
        **os.environ,
        "UNDERSIGNED_SECRET_KEY": "k" * 50,
        "UNDERSIGNED_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",
        "UNDERSIGNED_LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    # No migrate: a worker on an empty database waits for its tables, which is all this test needs.
    server = subprocess.Popen(
        [sys.executable, "-m", "undersigned.cli", "serve", "--port", str(_free_port()), "--with-worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(server.stdout.readline, "")), daemon=True).start()
    try:
        deadline = time.monotonic() + 90
        first = int(_wait_for(r"task worker running \(pid (\d+)\)", lines, server, deadline).group(1))
        os.kill(first, signal.SIGKILL)
        _wait_for(rf"task worker \(pid {first}\) exited with -?\d+; restarting", lines, server, deadline)
        pids = [int(p) for p in re.findall(r"task worker running \(pid (\d+)\)", "".join(lines))]
        while len(pids) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            pids = [int(p) for p in re.findall(r"task worker running \(pid (\d+)\)", "".join(lines))]
        assert len(pids) == 2 and pids[1] != first, "".join(lines)
        os.kill(pids[1], 0)  # the new worker is alive
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
