"""Helpers for the tests that run undersigned's own processes under load on 127.0.0.1: app servers
(`undersigned serve`), task workers, and simulated signers (threads, each a GET of the statement page and
a POST of a sign-on with a distinct email). Everything is bounded in requests and seconds."""

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes
from itertools import count
from pathlib import Path

import requests

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CLI = [sys.executable, "-m", "undersigned.cli"]
SLUG = "surge"
SETUP = (
    "from undersigned.statements.services import statement_create; "
    f"statement_create(slug='{SLUG}', title='Surge', text='We sign.', status='open')"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:  # noqa: BLE001 - a server or database may still be starting
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} did not happen within {seconds} s")


def stack_environment(tmp_path: Path, database_url: str = "") -> dict[str, str]:
    (tmp_path / "mail").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([os.getcwd(), os.environ.get("PYTHONPATH", "")]),
        "UNDERSIGNED_SECRET_KEY": "k" * 50,
        "UNDERSIGNED_DATA_DIR": str(tmp_path / "data"),
        "UNDERSIGNED_DEBUG": "0",
        "UNDERSIGNED_ALLOWED_HOSTS": "127.0.0.1",
        "UNDERSIGNED_LOG_LEVEL": "WARNING",
        "UNDERSIGNED_EMAIL_BACKEND": "tests.slow_mail.SlowFileBackend",
        "UNDERSIGNED_TEST_MAIL_DIR": str(tmp_path / "mail"),
        "UNDERSIGNED_TEST_MAIL_DELAY": "0.05",
        "UNDERSIGNED_LIMIT_SIGN_IP": "0/1h",  # every simulated signer comes from 127.0.0.1
        "UNDERSIGNED_WORKER_HEARTBEAT": "1",
        "UNDERSIGNED_TASK_RECLAIM_AFTER": "3",
        "UNDERSIGNED_RETRY_AFTER_SECONDS": "7",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def prepare(env: dict[str, str]) -> None:
    subprocess.run([*CLI, "migrate", "--verbosity", "0"], env=env, check=True, timeout=180)
    subprocess.run([*CLI, "manage", "shell", "-c", SETUP], env=env, check=True, timeout=120)


class Processes:
    """Processes started in their own session (so a kill reaches gunicorn's workers too), each logging
    to a file; all stopped at the end."""

    def __init__(self, tmp_path: Path, env: dict[str, str]):
        self.tmp_path, self.env, self.started = tmp_path, env, []

    def start(self, *args: str) -> subprocess.Popen:
        log = open(self.tmp_path / f"process{len(self.started)}.log", "w")  # noqa: SIM115 - closed in stop_all
        process = subprocess.Popen(
            [*CLI, *args], env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started.append((process, log))
        return process

    def serve(self, *extra: str) -> str:
        port = free_port()
        self.start("serve", "--host", "127.0.0.1", "--port", str(port), *extra)
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: requests.get(f"{base}/healthz", timeout=2).status_code < 500, 90, f"{base} serving")
        return base

    @staticmethod
    def kill(process: subprocess.Popen) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)

    def logs(self) -> str:
        return "\n".join(path.read_text() for path in sorted(self.tmp_path.glob("process*.log")))

    def stop_all(self) -> None:
        for process, log in self.started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
            log.close()


@dataclass
class Load:
    """Simulated signers, each a thread signing again and again until `stop()` or `limit` attempts."""

    bases: list[str]
    limit: int = 400
    threads: int = 6
    accepted: set[str] = field(default_factory=set)
    statuses: Counter = field(default_factory=Counter)
    retry_after: set[str] = field(default_factory=set)
    _serial: count = field(default_factory=count)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> "Load":
        self._threads = [
            threading.Thread(target=self._sign, args=(i,), daemon=True) for i in range(self.threads)
        ]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def _sign(self, index: int) -> None:
        session = requests.Session()
        while not self._stop.is_set():
            with self._lock:
                attempt = next(self._serial)
            if attempt >= self.limit:
                return
            base = self.bases[attempt % len(self.bases)]
            email = f"signer{attempt}@example.org"
            try:
                page = session.get(f"{base}/s/{SLUG}/", timeout=10)
                token = CSRF_INPUT.search(page.text)
                if page.status_code != 200 or token is None:
                    self._count(page)
                    time.sleep(0.2)
                    continue
                form = {"csrfmiddlewaretoken": token.group(1), "kind": "individual",
                        "person_name": f"Signer {attempt}", "country": "AT", "email": email}  # fmt: skip
                answer = session.post(f"{base}/s/{SLUG}/sign/", data=form, timeout=10, allow_redirects=False)
            except requests.RequestException:
                with self._lock:
                    self.statuses["connection error"] += 1
                session = requests.Session()
                time.sleep(0.1)
                continue
            self._count(answer)
            if answer.status_code == 302 and answer.headers.get("Location", "").endswith("/check-email/"):
                with self._lock:
                    self.accepted.add(email)

    def _count(self, response) -> None:
        with self._lock:
            self.statuses[response.status_code] += 1
            if response.status_code == 503:
                self.retry_after.add(response.headers.get("Retry-After", ""))

    def accepted_count(self) -> int:
        with self._lock:
            return len(self.accepted)


def stored_emails(env: dict[str, str]) -> set[str]:
    script = (
        "from undersigned.signatures.models import Signature; "
        "print('\\n'.join(Signature.objects.values_list('email', flat=True)))"
    )
    out = subprocess.run([*CLI, "manage", "shell", "-c", script], env=env, check=True, timeout=120,
                         capture_output=True, text=True).stdout  # fmt: skip
    return {line.strip() for line in out.splitlines() if "@" in line}  # not the shell's own notices


def mails_by_recipient(tmp_path: Path) -> Counter:
    return Counter(message_from_bytes(p.read_bytes())["To"] for p in (tmp_path / "mail").glob("*.eml"))


def gunicorn_workers(master_pid: int) -> list[int]:
    """The serve process's children: gunicorn's worker processes."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]
