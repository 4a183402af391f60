"""Where one sign-on's time goes: the queries it makes and a profile of the views, in this process.

Uses a temporary SQLite database (or DATABASE_URL) with the production settings, the Django test client,
and `CaptureQueriesContext`:

    python bench/signon_profile.py [--signons 200] [--top 25]

Prints the queries of one GET of the statement page, one sign-on POST and one confirmation, then the
functions that took the most cumulative time over --signons sign-ons (GET + POST each); `--callers REGEX`
adds who called the functions whose names match.
"""

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(data_dir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.update(
        UNDERSIGNED_DATA_DIR=data_dir,
        UNDERSIGNED_SECRET_KEY="bench-only-secret-key-0123456789-0123456789-0123456789",
        UNDERSIGNED_DEBUG="0",
        UNDERSIGNED_ALLOWED_HOSTS="testserver",
        UNDERSIGNED_LOG_LEVEL="WARNING",
        UNDERSIGNED_EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        UNDERSIGNED_LIMIT_SIGN_IP="0/1h",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def sign_once(client, statement, email: str):
    page = client.get(statement.get_absolute_url())
    assert page.status_code == 200, page.status_code
    answer = client.post(
        f"{statement.get_absolute_url()}sign/",
        {"kind": "individual", "person_name": "Ada Example", "country": "DE", "email": email,
         "consent_display": "on"},
    )  # fmt: skip
    assert answer.status_code == 302, (answer.status_code, answer.content[:2000])
    return page, answer


def show_queries(title: str, queries) -> None:
    print(f"\n{title}: {len(queries)} queries")
    for query in queries:
        print(f"  {query['time']:>6}s  {query['sql'][:150]}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signons", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--callers", metavar="REGEX", help="also who calls the functions matching REGEX")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="undersigned-profile-") as data_dir:
        setup(data_dir)
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from bench.signon_load import prepare_database, store_signatures

        call_command("collectstatic", "--noinput", "--verbosity", "0")
        statement = prepare_database("profile")
        client = Client()
        sign_once(client, statement, "warm@profile.example.org")
        with CaptureQueriesContext(connection) as get_queries:
            client.get(statement.get_absolute_url())
        show_queries("GET statement page", get_queries.captured_queries)
        with CaptureQueriesContext(connection) as post_queries:
            client.post(
                f"{statement.get_absolute_url()}sign/",
                {"kind": "individual", "person_name": "Ada Example", "country": "DE",
                 "email": "counted@profile.example.org", "consent_display": "on"},
            )  # fmt: skip
        show_queries("POST sign-on", post_queries.captured_queries)
        pending = store_signatures(statement, how_many=1, confirmed=False, prefix="confirm")[0]
        from undersigned.signatures.tokens import make_token

        link = f"{statement.get_absolute_url()}confirm/{make_token(pending)}/"
        with CaptureQueriesContext(connection) as confirm_queries:
            client.post(link)
        show_queries("POST confirmation", confirm_queries.captured_queries)

        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        for i in range(options.signons):
            sign_once(client, statement, f"p{i}@profile.example.org")
        profile.disable()
        elapsed = time.perf_counter() - started
        print(f"\n{options.signons} sign-ons (GET + POST) in {elapsed:.2f} s: "
              f"{elapsed / options.signons * 1000:.1f} ms each, one process")  # fmt: skip
        stats = pstats.Stats(profile).sort_stats("cumulative")
        stats.print_stats(options.top)
        if options.callers:
            stats.print_callers(options.callers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
