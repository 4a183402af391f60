"""`undersigned worker` outlives a real PostgreSQL outage: it waits, reconnects, and runs what was queued.

It starts a PostgreSQL server of its own on 127.0.0.1 (so it can stop it), which needs Debian's
postgresql binaries: `make test-postgres` and .ci/run install them and run this; `make test` on SQLite
reports it as skipped with that reason.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from glob import glob
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL's binaries: runs in make test-postgres (.ci/run)",
)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = sorted(glob("/usr/lib/postgresql/*/bin"))[-1]
        # Not under pytest's tmp_path: the postgres user cannot enter root's private directories.
        self.data = Path(tempfile.mkdtemp(prefix="undersigned-pg-outage-"))
        self.as_postgres = []
        if os.getuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
        self.port = _free_port()
        self.pg("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")
        self.start()
        self.pg("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "undersigned")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/undersigned"

    def pg(self, tool, *args):
        subprocess.run(
            [*self.as_postgres, f"{self.bin}/{tool}", *args], check=True, capture_output=True, timeout=60
        )

    def start(self):
        options = f"-h 127.0.0.1 -p {self.port} -k {self.data} -F"
        self.pg("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.data / "log"), "-o", options, "start")

    def stop(self):
        self.pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")


CONFIRMATION_TASK_STATUS = (
    "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path LIKE '%.send_confirmation_email'"
)


def _sql(url, query):
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
        return connection.execute(query).fetchall()


def _wait(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:  # noqa: BLE001 - the database may still be starting
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} did not happen within {seconds} s")


def test_the_worker_survives_a_postgresql_restart_and_runs_the_task_queued_after_it(tmp_path):
    server = Server()
    env = {
        **os.environ,
        "DATABASE_URL": server.url,
        "UNDERSIGNED_SECRET_KEY": "k" * 50,
        "UNDERSIGNED_DATA_DIR": str(tmp_path / "data"),
        "UNDERSIGNED_LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    cli = [sys.executable, "-m", "undersigned.cli"]
    subprocess.run([*cli, "migrate", "--verbosity", "0"], env=env, check=True, timeout=120)
    log = open(tmp_path / "worker.log", "w+")  # noqa: SIM115
    worker = subprocess.Popen([*cli, "worker"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(
            lambda: _sql(server.url, "SELECT count(*) FROM common_workerheartbeat")[0][0] == 1,
            30,
            "a heartbeat",
        )
        server.stop()
        _wait(
            lambda: "database unavailable" in (tmp_path / "worker.log").read_text(), 15, "the worker noticing"
        )
        assert worker.poll() is None, (tmp_path / "worker.log").read_text()
        server.start()
        enqueue = "from undersigned.signatures.tasks import send_confirmation_email as t; t.enqueue(424242)"
        subprocess.run([*cli, "manage", "shell", "-c", enqueue], env=env, check=True, timeout=120)
        _wait(
            lambda: (
                # The worker's scheduler may have queued its daily housekeeping too: look at this task only.
                _sql(server.url, CONFIRMATION_TASK_STATUS) == [("SUCCESSFUL",)]
            ),
            30,
            "the queued task running",
        )
        assert worker.poll() is None
    finally:
        worker.terminate()
        worker.wait(timeout=15)
        log.close()
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(server.data, ignore_errors=True)
