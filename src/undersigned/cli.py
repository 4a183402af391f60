"""The `undersigned` command: serve, worker, housekeeping, backup, restore, migrate, createadmin, demo,
parse, manage."""

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
    try:
        import django

        django.setup()
    except Exception as error:  # settings errors are configuration mistakes, not crashes
        from django.core.exceptions import ImproperlyConfigured

        if isinstance(error, ImproperlyConfigured):
            sys.exit(f"undersigned: configuration error: {error}")
        raise


def _manage(*args: str) -> None:
    from django.core.management import call_command

    call_command(*args)


def cmd_serve(options) -> int:
    _django_setup()
    from django.conf import settings

    host = settings.UNDERSIGNED_HOST if options.host is None else options.host
    port = settings.UNDERSIGNED_PORT if options.port is None else options.port
    _manage("collectstatic", "--noinput", "--verbosity", "0")
    worker = WorkerProcess() if options.with_worker else None
    if worker is not None:
        worker.start()
    from gunicorn.app.base import BaseApplication

    from undersigned.wsgi import application

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", options.workers or settings.UNDERSIGNED_WEB_WORKERS)
            self.cfg.set("threads", options.threads or settings.UNDERSIGNED_WEB_THREADS)
            self.cfg.set("accesslog", "-" if settings.UNDERSIGNED_ACCESS_LOG else None)

        def load(self):
            return application

    print(f"undersigned is serving on http://{host}:{port}/", flush=True)
    try:
        Server().run()
    finally:
        if worker is not None:
            worker.stop()
    return 0


class WorkerProcess:
    """`undersigned worker` as a child of `serve --with-worker`, started again whenever it exits.

    A watcher thread waits on the child; if it ends while the server runs (killed, out of memory,
    a bug), it is restarted after a pause that doubles up to 30 s while restarts keep failing fast.
    """

    def __init__(self, command: list[str] | None = None):
        self.command = command or [sys.executable, "-m", "undersigned.cli", "worker"]
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    def start(self) -> None:
        self._spawn()
        threading.Thread(target=self._watch, name="worker-watcher", daemon=True).start()

    def _spawn(self) -> None:
        with self._lock:
            if not self._stopping.is_set():
                self.process = subprocess.Popen(self.command)
                print(f"undersigned: task worker running (pid {self.process.pid})", flush=True)

    def _watch(self) -> None:
        wait = 1.0
        while not self._stopping.is_set():
            process = self.process
            started = time.monotonic()
            code = process.wait()
            if self._stopping.is_set():
                return
            if time.monotonic() - started > 60:
                wait = 1.0
            print(f"undersigned: task worker (pid {process.pid}) exited with {code}; restarting", flush=True)
            if self._stopping.wait(wait):
                return
            wait = min(wait * 2, 30.0)
            self.restarts += 1
            self._spawn()

    def stop(self) -> None:
        with self._lock:
            self._stopping.set()
            process = self.process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def supervise(
    run, *, sleep=time.sleep, first_wait: float = 1.0, longest_wait: float = 30.0, log=print
) -> None:
    """Call `run()` until it returns; a database error in it means wait and call it again.

    The wait doubles after each failure in a row (1 s, 2 s, 4 s ... at most `longest_wait`) and starts
    over once `run()` has kept going for a minute, so a database restart costs seconds, not the worker.
    `supervise(lambda: call_command("db_worker", ...))`.
    """
    from django.db import connections

    from undersigned.common.outage import DATABASE_ERRORS

    wait = first_wait
    while True:
        started = time.monotonic()
        try:
            run()
            return
        except DATABASE_ERRORS as error:
            for connection in connections.all(initialized_only=True):
                try:
                    connection.close()
                except DATABASE_ERRORS:
                    pass  # a broken connection is dropped all the same
            if time.monotonic() - started > 60:
                wait = first_wait
            log(f"undersigned worker: database unavailable ({str(error).strip()}); retrying in {wait:.0f} s")
            sleep(wait)
            wait = min(wait * 2, longest_wait)


def cmd_worker(options) -> int:
    _django_setup()
    from django.utils.crypto import get_random_string

    worker_id = get_random_string(32)
    args = ["db_worker", "--queue-name", "*", "--no-reload", "--worker-id", worker_id]
    from undersigned.common.outbox import OutboxPump, drain_outboxes

    if options.batch:
        drain_outboxes()
        _manage(*args, "--batch")
        return 0
    from django.conf import settings

    from undersigned.common.health import Heartbeat
    from undersigned.common.schedule import Scheduler

    heartbeat = Heartbeat(
        worker_id,
        interval=settings.UNDERSIGNED_WORKER_HEARTBEAT,
        reclaim_after=settings.UNDERSIGNED_TASK_RECLAIM_AFTER,
    ).start()
    Scheduler().start()  # queues the daily housekeeping when due; a daemon thread, it ends with the worker
    OutboxPump().start()  # queues what sign-on requests left to the worker (common/outbox.py)
    try:
        supervise(lambda: _manage(*args), log=lambda line: print(line, file=sys.stderr, flush=True))
    finally:
        heartbeat.stop()
    return 0


def cmd_housekeeping(options) -> int:
    """The daily housekeeping, now (for cron); the worker also runs it once a day by itself."""
    _django_setup()
    from undersigned.common.housekeeping import run_housekeeping

    results = run_housekeeping()
    for name, count in results.items():
        print(f"{name}: {'failed (see the log)' if count is None else count}")
    return 1 if None in results.values() else 0


def cmd_backup(options) -> int:
    return _backup_command("backup", options)


def cmd_restore(options) -> int:
    return _backup_command("restore", options)


def _backup_command(name: str, options) -> int:
    _django_setup()
    from undersigned.common import backup

    try:
        if name == "backup":
            print(backup.backup(options.file, force=options.force))
        else:
            print(backup.restore(options.file))
    except backup.BackupError as error:
        print(f"undersigned {name}: {error}", file=sys.stderr)
        return 2 if "no such file" in str(error) else 1
    return 0


def cmd_migrate(options) -> int:
    _django_setup()
    _manage("migrate", "--noinput", "--verbosity", str(options.verbosity))
    return 0


def cmd_createadmin(options) -> int:
    _django_setup()
    from django.core.exceptions import ValidationError

    from undersigned.common.admin_account import admin_ensure

    try:
        login = admin_ensure(username=options.username, email=options.email, password=options.password)
    except ValidationError as error:
        sys.exit("undersigned: the password is refused: " + " ".join(error.messages))
    if login.password:
        print(f"Admin login: {login.username} / {login.password}  (kept in {login.saved_to})")
    else:
        print(f"Admin login: {login.username} (already exists; its password was set by hand)")
    print(
        "On first login at /login/ the admin sets up two-step login: scan the QR code shown with an "
        "authenticator app (FreeOTP, Aegis, Google Authenticator) and enter its code."
    )
    return 0


def cmd_demo(options) -> int:
    _django_setup()
    from undersigned.demo.services import demo_load

    result = demo_load(only_if_empty=options.if_empty)
    print(result)
    return 0


def cmd_parse(options) -> int:
    from undersigned.lists.cli import run

    return run(options.args)


def cmd_manage(options) -> int:
    _django_setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["undersigned manage", *options.args])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="undersigned", description="Joint statements with verified sign-ons."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the web application with gunicorn")
    serve.add_argument("--host", help="default: UNDERSIGNED_HOST, else 127.0.0.1")
    serve.add_argument("--port", type=int, help="default: UNDERSIGNED_PORT, else 8000")
    serve.add_argument("--workers", type=int, default=None, help="default: UNDERSIGNED_WEB_WORKERS")
    serve.add_argument("--threads", type=int, default=None, help="default: UNDERSIGNED_WEB_THREADS")
    serve.add_argument("--with-worker", action="store_true", help="also run the background task worker")
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run the background task worker (emails, exports, deliveries)")
    worker.add_argument("--batch", action="store_true", help="run what is queued, then exit")
    worker.set_defaults(func=cmd_worker)

    housekeeping = sub.add_parser(
        "housekeeping", help="erase addresses past their retention and remove expired sign-ons, now"
    )
    housekeeping.set_defaults(func=cmd_housekeeping)

    backup = sub.add_parser("backup", help="copy the whole database to FILE (the site may keep running)")
    backup.add_argument("file", type=Path)
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the whole database with FILE (stop the site first)")
    restore.add_argument("file", type=Path)
    restore.set_defaults(func=cmd_restore)

    migrate = sub.add_parser("migrate", help="create or update the database tables")
    migrate.add_argument("--verbosity", type=int, default=1)
    migrate.set_defaults(func=cmd_migrate)

    admin = sub.add_parser("createadmin", help="create the admin account if it does not exist")
    admin.add_argument("--username", default="admin")
    admin.add_argument("--email", default="admin@example.org")
    admin.add_argument("--password", default=None, help="default: a random password, printed once")
    admin.set_defaults(func=cmd_createadmin)

    demo = sub.add_parser("demo", help="load the invented demo campaign")
    demo.add_argument("--if-empty", action="store_true", help="only when no statement exists yet")
    demo.set_defaults(func=cmd_demo)

    parse = sub.add_parser("parse", help="extract the signatories from a statement's text", add_help=False)
    parse.add_argument("args", nargs=argparse.REMAINDER)
    parse.set_defaults(func=cmd_parse)

    manage = sub.add_parser("manage", help="run any Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    return options.func(options) or 0


if __name__ == "__main__":
    sys.exit(main())
