"""How many sign-ons a second does the real stack accept, and does it lose any?

Starts `undersigned serve` as deployed (gunicorn, production settings plus two bench-only baseline
views from bench/views.py) on a free 127.0.0.1 port with a temporary data directory, on PostgreSQL
when DATABASE_URL points at it, else on SQLite. Migrates, creates an open statement, and drives a
bounded load from an async client (aiohttp) in this process:

- `--mode signon` (default): each simulated signer GETs the statement page, takes its CSRF token and
  cookie, and POSTs a valid sign-on with a distinct email. A sign-on is accepted when the POST answers
  302 to the check-email page (the same answer for every address). The first phase finds the peak (each
  simulated signer starts again as soon as answered); a second one paces arriving signers at
  --load-fraction (80 %) of that peak and prints `p99_ms_at_80_percent: N`, the latency a surge of that
  size meets. Afterwards the database is read: `lost` is the number of accepted sign-ons (of both phases)
  that were not stored.
- `--mode confirm`: pending signatures are stored beforehand; each simulated signer GETs its
  confirmation link and POSTs the button. `lost` is the number of accepted confirmations the database
  does not hold as confirmed.
- `--mode list`: --signatures confirmed signatures (100,000 by default) are stored beforehand; the list
  pages (the first, and pages all along the list), the plain-text list and the live count are read while
  sign-ons and confirmations keep arriving.

Every mode also measures, served the same way on the same database, a hello view (no database) and a
view doing one INSERT; `ratio_hello` and `ratio_insert` compare the mode's rate with theirs.
Each phase starts no new request after --seconds or --requests HTTP requests, whichever comes first;
requests in flight finish (at most 60 s each), and rates are over the whole phase including them.

    python bench/signon_load.py [--mode signon|confirm|list] [--seconds 10] [--requests 20000]
                                [--load-fraction 0.8] [--signatures 100000] [--surge-rate 0]

Output ends with lines a script can read (the first names the mode's rate):
`signons_per_s: N` (or `confirms_per_s`, `list_p99_ms`), `p99_ms: N`, `ratio_hello: 0.NN`,
`ratio_insert: 0.NN`, `lost: N`.

The load generator shares the machine with the server, so figures are a floor, and noisy when other
work runs on the same cores.
"""

import argparse
import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import count, cycle, repeat
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CONFIRMED_MARK = 'class="success"'


@dataclass
class Phase:
    """What one phase measured: its successes, failures and request latencies."""

    name: str
    ok: int = 0
    failed: int = 0
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # of the request that does the work, in s
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    def report(self) -> str:
        failures = f", {self.failed} failed {dict(sorted(self.statuses.items()))}" if self.failed else ""
        return (
            f"{self.name:<22} {self.rate:8.1f}/s  p50 {self.percentile(0.5):6.1f} ms  "
            f"p99 {self.percentile(0.99):7.1f} ms  ({self.ok} ok in {self.seconds:.1f} s, "
            f"{self.requests} requests{failures})"
        )


# Setting up: environment, server, database ----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_environment(data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "UNDERSIGNED_DATA_DIR": str(data_dir),
        "UNDERSIGNED_SECRET_KEY": "bench-only-secret-key-0123456789-0123456789-0123456789",
        "UNDERSIGNED_DEBUG": "0",
        "UNDERSIGNED_ALLOWED_HOSTS": "127.0.0.1",
        "UNDERSIGNED_LOG_LEVEL": "WARNING",
        "UNDERSIGNED_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        # Every simulated signer comes from 127.0.0.1, where a real surge comes from many addresses: the
        # per-address limit is off, the per-email one (each signer has its own address) still counts.
        "UNDERSIGNED_LIMIT_SIGN_IP": "0/1h",
    }
    return env


def undersigned_command() -> list[str]:
    script = Path(sys.executable).parent / "undersigned"
    return [str(script)] if script.exists() else [sys.executable, "-m", "undersigned.cli"]


def start_server(env: dict[str, str], port: int, log_path: Path, extra: list[str]) -> subprocess.Popen:
    log = open(log_path, "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [*undersigned_command(), "serve", "--host", "127.0.0.1", "--port", str(port), *extra],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=5)


async def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise SystemExit(f"signon_load: the server exited with {server.returncode} before answering")
            try:
                async with session.get(f"{base}/bench/hello/") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit(f"signon_load: the server did not answer within {timeout:.0f} s")


def django_setup(env: dict[str, str]) -> None:
    os.environ.update({k: v for k, v in env.items() if k != "PYTHONPATH"})
    # The async client only shares this process with the ORM calls before and after a phase.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare_database(slug: str):
    from django.core.management import call_command

    from undersigned.statements.services import statement_create

    call_command("migrate", "--run-syncdb", verbosity=0)
    return statement_create(
        slug=slug,
        title="Benchmark statement",
        text="We, the undersigned, measure.",
        status="open",
        country_order="DE, AT, CH",
    )


def store_signatures(statement, *, how_many: int, confirmed: bool, prefix: str) -> list:
    """Store signatures without an email round trip, through the one writer of signatures (which keeps
    the count and the list revision); returns them with their primary keys."""
    from django.utils import timezone

    from undersigned.signatures.models import Signature
    from undersigned.signatures.services import signatures_bulk_create
    from undersigned.signatures.tokens import new_nonce

    countries = ["DE", "AT", "CH", "FR", "IT", "ES", "PL", "KE", "BR", "US"]
    shared = {"status": "confirmed", "confirmed_at": timezone.now()} if confirmed else {"status": "pending"}
    for start in range(0, how_many, 5000):
        rows = [
            {
                "kind": "individual",
                "person_name": f"Person {prefix}{i}",
                "country": countries[i % len(countries)],
                "email": f"{prefix}{i}@bench.example.org",
                "confirmation_nonce": "" if confirmed else new_nonce(),
            }
            for i in range(start, min(how_many, start + 5000))
        ]
        signatures_bulk_create(statement=statement, rows=rows, via="bench", **shared)
    # Read back: not every backend returns the keys of a bulk insert.
    return list(Signature.objects.filter(statement=statement, email__startswith=prefix).order_by("pk"))


# The simulated people ------------------------------------------------------------------------------


class Budget:
    """Stops a phase after `seconds` or `requests` HTTP requests, whichever comes first."""

    def __init__(self, seconds: float, requests: int):
        self.deadline = time.monotonic() + seconds
        self.left = requests

    def take(self, requests: int) -> bool:
        if self.left < requests or time.monotonic() >= self.deadline:
            return False
        self.left -= requests
        return True


def count_failure(phase: Phase, status: int) -> None:
    """One more failure of the phase, by HTTP status (0: no answer at all)."""
    phase.failed += 1
    phase.statuses[status] = phase.statuses.get(status, 0) + 1


async def form_csrf(session, url, phase):
    """GET a page with a form, as a browser would before posting it: (its CSRF token, the CSRF cookie), or
    None when the page did not come (counted as a failure of the phase)."""
    async with session.get(url) as response:
        page = await response.text()
        phase.requests += 1
        cookie = response.cookies.get("csrftoken")
    token = CSRF_INPUT.search(page)
    if response.status != 200 or token is None or cookie is None:
        count_failure(phase, response.status)
        return None
    return token.group(1), cookie.value


async def post_form(session, url, form, cookie, phase, succeeded) -> bool:
    """POST a form as the person whose page gave its CSRF cookie, timed; `succeeded(response, body)` says
    whether the answer is the one wanted, and it is counted as a success or a failure of the phase."""
    start = time.perf_counter()
    async with session.post(
        url, data=form, headers={"Cookie": f"csrftoken={cookie}"}, allow_redirects=False
    ) as response:
        body = await response.text()
        phase.requests += 1
    phase.latencies.append(time.perf_counter() - start)
    if succeeded(response, body):
        phase.ok += 1
        return True
    count_failure(phase, response.status)
    return False


async def sign_once(session, base, slug, email, phase, accepted):
    """One simulated signer: GET the page, POST a sign-on with its CSRF token; the POST's time is kept."""
    try:
        csrf = await form_csrf(session, f"{base}/s/{slug}/", phase)
        if csrf is None:
            return
        token, cookie = csrf
        form = {
            "csrfmiddlewaretoken": token,
            "kind": "individual",
            "person_name": f"Signer {email.split('@')[0]}",
            "city": "Linz",
            "country": "AT",
            "email": email,
            "consent_display": "on",
        }
        check_email = f"/s/{slug}/check-email/"
        if await post_form(
            session,
            f"{base}/s/{slug}/sign/",
            form,
            cookie,
            phase,
            lambda response, _: (
                response.status == 302 and response.headers.get("Location", "").endswith(check_email)
            ),
        ):
            accepted.add(email)
    except aiohttp.ClientError:
        count_failure(phase, 0)


class Pacer:
    """Lets the clients that share it start at most `rate` rounds a second between them (0: no limit)."""

    def __init__(self, rate: float = 0):
        self.interval = 1 / rate if rate else 0.0
        self.next = time.monotonic()

    async def wait(self) -> None:
        if self.interval:
            slot = max(self.next, time.monotonic())
            self.next = slot + self.interval
            await asyncio.sleep(slot - time.monotonic())


async def signer(session, base, slug, emails, phase, budget, accepted, pacer=None):
    """As many sign-ons, one after the other, as the budget (and the `pacer` shared with other signers)
    allows: without a pacer a closed loop, the peak rate."""
    while budget.take(2):
        if pacer:
            await pacer.wait()
        await sign_once(session, base, slug, next(emails), phase, accepted)


async def paced_signers(session, base, slug, emails, phase, budget, accepted, rate: float):
    """Signers arriving `rate` a second whatever the answers' speed (an open loop), as a real surge does:
    the latencies then show the wait at that load, not the queue a closed loop builds."""
    started, arrivals, running = time.monotonic(), 0, set()
    while budget.take(2):
        running.add(asyncio.ensure_future(sign_once(session, base, slug, next(emails), phase, accepted)))
        running = {job for job in running if not job.done()}
        arrivals += 1
        await asyncio.sleep(max(0.0, started + arrivals / rate - time.monotonic()))
    await asyncio.gather(*running)


async def confirmer(session, base, slug, tokens, phase, budget, accepted, pacer=None):
    while budget.take(2):
        if pacer:
            await pacer.wait()
        try:
            signature_id, token = next(tokens)
        except StopIteration:
            return
        try:
            url = f"{base}/s/{slug}/confirm/{token}/"
            csrf = await form_csrf(session, url, phase)
            if csrf is None:
                continue
            token, cookie = csrf
            if await post_form(
                session,
                url,
                {"csrfmiddlewaretoken": token},
                cookie,
                phase,
                lambda response, answer: response.status == 200 and CONFIRMED_MARK in answer,
            ):
                accepted.add(signature_id)
        except aiohttp.ClientError:
            count_failure(phase, 0)


async def repeat_request(session, url, phase, budget, *, post_rows=False):
    """GETs `url` (or the next of an iterator of URLs) until the budget runs out; with `post_rows`, POSTs a
    new row to it each time instead."""
    serial = count()
    urls = repeat(url) if isinstance(url, str) else url
    while budget.take(1):
        start = time.perf_counter()
        try:
            if post_rows:
                request = session.post(next(urls), data={"payload": f"row {next(serial)}"})
            else:
                request = session.get(next(urls))
            async with request as response:
                await response.read()
                phase.requests += 1
            if response.status == 200:
                phase.ok += 1
                phase.latencies.append(time.perf_counter() - start)
            else:
                count_failure(phase, response.status)
        except aiohttp.ClientError:
            count_failure(phase, 0)


async def run_phase(phase: Phase, seconds: float, requests: int, make_clients, quiet=False) -> Phase:
    budget = Budget(seconds, requests)
    # Each simulated person keeps their own cookies (passed by hand), so no jar is shared between them.
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.DummyCookieJar(), timeout=aiohttp.ClientTimeout(total=60)
    ) as session:
        start = time.monotonic()
        await asyncio.gather(*make_clients(session, budget))
        phase.seconds = time.monotonic() - start
    if not quiet:
        print(phase.report(), flush=True)
    return phase


# The modes -----------------------------------------------------------------------------------------


async def baselines(base: str, options) -> tuple[Phase, Phase]:
    hello, insert = Phase("hello view"), Phase("one-INSERT view")
    await run_phase(
        hello,
        options.seconds,
        options.requests,
        lambda s, b: [
            repeat_request(s, f"{base}/bench/hello/", hello, b) for _ in range(options.concurrency)
        ],
    )
    await run_phase(
        insert,
        options.seconds,
        options.requests,
        lambda s, b: [
            repeat_request(s, f"{base}/bench/insert/", insert, b, post_rows=True)
            for _ in range(options.concurrency)
        ],
    )
    return hello, insert


def emails_for(run_id: str):
    return (f"signer-{run_id}-{n}@bench.example.org" for n in count())


async def mode_signon(base, statement, options, run_id) -> list[str]:
    hello, insert = await baselines(base, options)
    accepted: set[str] = set()
    emails = emails_for(run_id)
    signon = Phase("sign-on (GET + POST)")
    await run_phase(
        signon,
        options.seconds,
        options.requests,
        lambda s, b: [
            signer(s, base, statement.slug, emails, signon, b, accepted) for _ in range(options.concurrency)
        ],
    )
    paced = Phase(f"sign-on at {options.load_fraction:.0%} of it")
    rate = max(1.0, signon.rate * options.load_fraction)
    await run_phase(
        paced,
        options.seconds,
        options.requests,
        lambda s, b: [paced_signers(s, base, statement.slug, emails, paced, b, accepted, rate)],
    )
    from undersigned.signatures.models import Signature

    stored = set(
        Signature.objects.filter(statement=statement, email__in=accepted).values_list("email", flat=True)
    )
    lines = summary("signons_per_s", signon, hello, insert, lost=len(accepted - stored))
    # Before the five contracted closing lines, which stay last.
    return [f"p99_ms_at_{options.load_fraction * 100:.0f}_percent: {paced.percentile(0.99):.0f}", *lines]


def summary(rate_name: str, measured, hello, insert, *, lost: int) -> list[str]:
    """The closing lines scripts read: the rate, its p99, its ratio to the two baselines, and what was lost."""
    return [
        f"{rate_name}: {measured.rate:.0f}",
        f"p99_ms: {measured.percentile(0.99):.0f}",
        f"ratio_hello: {measured.rate / hello.rate if hello.rate else 0:.2f}",
        f"ratio_insert: {measured.rate / insert.rate if insert.rate else 0:.2f}",
        f"lost: {lost}",
    ]


async def mode_confirm(base, statement, options, run_id) -> list[str]:
    from undersigned.signatures.models import Signature
    from undersigned.signatures.tokens import make_token

    hello, insert = await baselines(base, options)
    pending = store_signatures(
        statement, how_many=options.requests // 2, confirmed=False, prefix=f"p{run_id}-"
    )
    tokens = iter([(s.pk, make_token(s)) for s in pending])
    accepted: set[int] = set()
    confirm = Phase("confirm (GET + POST)")
    await run_phase(
        confirm,
        options.seconds,
        options.requests,
        lambda s, b: [
            confirmer(s, base, statement.slug, tokens, confirm, b, accepted)
            for _ in range(options.concurrency)
        ],
    )
    stored = set(
        Signature.objects.filter(pk__in=accepted, status=Signature.Status.CONFIRMED).values_list(
            "pk", flat=True
        )
    )
    return summary("confirms_per_s", confirm, hello, insert, lost=len(accepted - stored))


async def mode_list(base, statement, options, run_id) -> list[str]:
    from django.conf import settings

    from undersigned.signatures.models import Signature
    from undersigned.signatures.tokens import make_token

    hello, insert = await baselines(base, options)
    started = time.monotonic()
    store_signatures(statement, how_many=options.signatures, confirmed=True, prefix=f"c{run_id}-")
    pending = store_signatures(
        statement, how_many=options.requests // 4, confirmed=False, prefix=f"p{run_id}-"
    )
    print(
        f"stored {options.signatures} confirmed signatures in {time.monotonic() - started:.1f} s", flush=True
    )
    tokens = iter([(s.pk, make_token(s)) for s in pending])
    slug = statement.slug
    signed: set[str] = set()
    confirmed: set[int] = set()
    emails = emails_for(run_id)
    phases = {
        "list": Phase("list pages"),
        "txt": Phase("list .txt"),
        "count": Phase("live count"),
        "signon": Phase("sign-on during reads"),
        "confirm": Phase("confirm during reads"),
    }
    surge = max(1, options.concurrency // 4)
    # With --surge-rate the sign-ons and confirmations arrive at that pace (each) instead of as fast as the
    # server takes them: a saturated server queues every request, and the reads then measure the queue.
    signing, confirming = Pacer(options.surge_rate), Pacer(options.surge_rate)
    # One reader stays on the first page, the other walks the list from its end (any page is as fast).
    last_page = max(1, -(-options.signatures // settings.UNDERSIGNED_LIST_PAGE_SIZE))
    later_pages = [f"{base}/s/{slug}/signatories/?page={n}" for n in range(last_page, 0, -7)]

    def clients(session, budget):
        return [
            repeat_request(session, f"{base}/s/{slug}/signatories/", phases["list"], budget),
            repeat_request(session, cycle(later_pages), phases["list"], budget),
            repeat_request(session, f"{base}/s/{slug}/signatories.txt", phases["txt"], budget),
            *(repeat_request(session, f"{base}/s/{slug}/count/", phases["count"], budget) for _ in range(2)),
            *(
                signer(session, base, slug, emails, phases["signon"], budget, signed, signing)
                for _ in range(surge)
            ),
            *(
                confirmer(session, base, slug, tokens, phases["confirm"], budget, confirmed, confirming)
                for _ in range(surge)
            ),
        ]

    budget_phase = Phase("all requests")
    await run_phase(budget_phase, options.seconds, options.requests, clients, quiet=True)
    for phase in phases.values():
        phase.seconds = budget_phase.seconds
        print(phase.report())
    lost = len(signed) - Signature.objects.filter(statement=statement, email__in=signed).count()
    lost += len(confirmed) - Signature.objects.filter(pk__in=confirmed, status="confirmed").count()
    everything = phases["list"]
    return [
        f"list_p99_ms: {everything.percentile(0.99):.0f}",
        f"list_p50_ms: {everything.percentile(0.5):.0f}",
        f"txt_p99_ms: {phases['txt'].percentile(0.99):.0f}",
        f"count_p99_ms: {phases['count'].percentile(0.99):.0f}",
        f"signons_per_s: {phases['signon'].rate:.0f}",
        f"confirms_per_s: {phases['confirm'].rate:.0f}",
        f"p99_ms: {everything.percentile(0.99):.0f}",
        f"ratio_hello: {everything.rate / hello.rate if hello.rate else 0:.2f}",
        f"ratio_insert: {everything.rate / insert.rate if insert.rate else 0:.2f}",
        f"lost: {lost}",
    ]


MODES = {"signon": mode_signon, "confirm": mode_confirm, "list": mode_list}


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(MODES), default="signon")
    parser.add_argument("--seconds", type=float, default=10.0, help="longest time of each phase (default 10)")
    parser.add_argument("--requests", type=int, default=20000, help="most HTTP requests of each phase")
    parser.add_argument("--concurrency", type=int, default=32, help="simulated people at once (default 32)")
    parser.add_argument(
        "--load-fraction",
        type=float,
        default=0.8,
        help="--mode signon then paces signers at this fraction of the peak it measured (default 0.8)",
    )
    parser.add_argument(
        "--surge-rate",
        type=float,
        default=0,
        help="--mode list: sign-ons and confirmations a second, each (default 0: as fast as they are answered)",
    )
    parser.add_argument("--signatures", type=int, default=100_000, help="confirmed signatures (--mode list)")
    parser.add_argument("--serve-args", default="", help="extra arguments for `undersigned serve`")
    parser.add_argument("--keep", action="store_true", help="keep the data directory and the server log")
    options = parser.parse_args(argv)
    if options.seconds <= 0 or options.seconds > 600 or options.requests <= 0 or options.concurrency <= 0:
        parser.error("--seconds must be in (0, 600], --requests and --concurrency above 0")
    if not 0 < options.load_fraction <= 1:
        parser.error("--load-fraction must be in (0, 1]")
    return options


def main(argv=None) -> int:
    options = parse_arguments(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="undersigned-signon-load-"))
    env = bench_environment(data_dir)
    database = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    django_setup(env)
    run_id = f"{int(time.time())}-{os.getpid()}"
    statement = prepare_database(slug=f"bench-{run_id}")
    port = free_port()
    log_path = data_dir / "server.log"
    server = start_server(env, port, log_path, options.serve_args.split())
    base = f"http://127.0.0.1:{port}"
    print(
        f"mode {options.mode} on {database}, undersigned serve on {base}, {os.cpu_count()} cores", flush=True
    )
    try:
        asyncio.run(wait_until_up(base, server))
        lines = asyncio.run(MODES[options.mode](base, statement, options, run_id))
    finally:
        stop_server(server)
        if options.keep:
            print(f"data directory and server log kept in {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
