"""The `undersigned` command: serve, worker, migrate, createadmin, demo, parse, manage."""

import argparse
import os
import signal
import subprocess
import sys


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
    worker = None
    if options.with_worker:
        worker = subprocess.Popen([sys.executable, "-m", "undersigned.cli", "worker"])
    from gunicorn.app.base import BaseApplication

    from undersigned.wsgi import application

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", options.workers)
            self.cfg.set("threads", 4)
            self.cfg.set("accesslog", "-")

        def load(self):
            return application

    print(f"undersigned is serving on http://{host}:{port}/", flush=True)
    try:
        Server().run()
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=10)
    return 0


def cmd_worker(options) -> int:
    _django_setup()
    args = ["db_worker", "--queue-name", "*", "--no-reload"]
    if options.batch:
        args.append("--batch")
    _manage(*args)
    return 0


def cmd_migrate(options) -> int:
    _django_setup()
    _manage("migrate", "--noinput", "--verbosity", str(options.verbosity))
    # The rate limits' counters live in the database cache unless Redis is configured.
    _manage("createcachetable", "--verbosity", str(options.verbosity))
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
    serve.add_argument("--workers", type=int, default=2)
    serve.add_argument("--with-worker", action="store_true", help="also run the background task worker")
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run the background task worker (emails, exports, deliveries)")
    worker.add_argument("--batch", action="store_true", help="run what is queued, then exit")
    worker.set_defaults(func=cmd_worker)

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
