"""How fast is the public list with 100,000 confirmed signatures?

Builds a throw-away SQLite database (or uses DATABASE_URL), loads N signatures across 40
countries, then prints the time for the first and a late page of /s/<slug>/signatories/,
the whole plain-text list, the API's list and counts, and the sign-on POST. Run: `python bench/list_bench.py [N]`.
"""

import os
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta

os.environ.setdefault("UNDERSIGNED_SECRET_KEY", "bench-only-secret-key-0123456789-0123456789")
os.environ.setdefault("UNDERSIGNED_DATA_DIR", tempfile.mkdtemp(prefix="undersigned-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
os.environ["UNDERSIGNED_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
os.environ["UNDERSIGNED_LOG_LEVEL"] = "WARNING"
os.environ.setdefault("PYTHONWARNINGS", "ignore")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from undersigned.signatures.models import Signature  # noqa: E402

# The bench writes rows in bulk past the services (100,000 validations would dominate the load), so it
# calls the services' own list bookkeeping itself.
from undersigned.signatures.services._lists import list_changed  # noqa: E402
from undersigned.statements.services import statement_create  # noqa: E402

COUNTRIES = [
    "DE",
    "AT",
    "CH",
    "FR",
    "IT",
    "ES",
    "PT",
    "NL",
    "BE",
    "LU",
    "DK",
    "SE",
    "NO",
    "FI",
    "IS",
    "IE",
    "GB",
    "PL",
    "CZ",
    "SK",
    "HU",
    "RO",
    "BG",
    "GR",
    "TR",
    "CY",
    "MT",
    "SI",
    "HR",
    "RS",
    "BA",
    "ME",
    "AL",
    "MK",
    "KE",
    "NG",
    "ZA",
    "US",
    "CA",
    "BR",
]


def timed(label, func):
    start = time.perf_counter()
    result = func()
    print(f"{label:<48} {(time.perf_counter() - start) * 1000:8.1f} ms")
    return result


def main(count: int) -> None:
    call_command("migrate", verbosity=0)
    statement = statement_create(
        slug="bench", title="Bench", text="Text", status="open", country_order="DE, AT, CH"
    )
    now = timezone.now()

    def load():
        batch = []
        for i in range(count):
            kind = "organization" if i % 3 == 0 else "individual"
            batch.append(
                Signature(
                    statement=statement,
                    version=statement.current_version,
                    kind=kind,
                    organization_name=f"Association number {i}" if kind == "organization" else "",
                    person_name=f"Person {i}" if kind == "individual" else "",
                    country=COUNTRIES[i % len(COUNTRIES)],
                    city="Springfield",
                    email=f"p{i}@example.org",
                    status="confirmed",
                    confirmed_at=now - timedelta(minutes=i),  # about ten weeks of sign-ons
                )
            )
            if len(batch) == 5000:
                Signature.objects.bulk_create(batch)
                batch = []
        Signature.objects.bulk_create(batch)
        list_changed(statement_id=statement.pk)

    timed(f"load {count:,} signatures", load)
    client = Client()
    timed("GET /s/bench/ (statement page, first request)", lambda: client.get("/s/bench/"))
    timed("GET /s/bench/ (statement page, warm)", lambda: client.get("/s/bench/"))
    timed(
        "GET /api/statements/bench/signatories?limit=500",
        lambda: client.get("/api/statements/bench/signatories?limit=500"),
    )
    timed(
        "GET /api/statements/bench/signatories?country=TR",
        lambda: client.get("/api/statements/bench/signatories?country=TR&limit=500"),
    )
    timed("GET /api/statements/bench/counts", lambda: client.get("/api/statements/bench/counts"))
    timed("GET /s/bench/signatories/ (first page)", lambda: client.get("/s/bench/signatories/"))
    timed("GET /s/bench/signatories/ (again, order cached)", lambda: client.get("/s/bench/signatories/"))
    last = (count + 499) // 500
    timed(
        f"GET /s/bench/signatories/?page={last} (last page)",
        lambda: client.get(f"/s/bench/signatories/?page={last}"),
    )
    stream = timed(
        "GET /s/bench/signatories.txt (first byte)",
        lambda: next(iter(client.get("/s/bench/signatories.txt").streaming_content)),
    )
    del stream
    body = timed(
        "GET /s/bench/signatories.txt (whole list)",
        lambda: b"".join(client.get("/s/bench/signatories.txt").streaming_content),
    )
    # Memory is measured on a separate run: tracemalloc slows Python down several times.
    tracemalloc.start()
    b"".join(client.get("/s/bench/signatories.txt").streaming_content)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"{'text list size / peak Python memory while streaming':<48} {len(body) / 1e6:6.1f} MB / {peak / 1e6:.1f} MB"
    )
    page = client.get("/s/bench/")
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else ""
    timed(
        "POST /s/bench/sign/ (new signature)",
        lambda: client.post(
            "/s/bench/sign/",
            {
                "kind": "individual",
                "person_name": "New Person",
                "country": "DE",
                "email": "new@example.org",
                "csrfmiddlewaretoken": token,
            },
        ),
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
