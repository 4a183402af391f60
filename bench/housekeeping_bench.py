"""How long does the daily housekeeping take on a large closed statement?

Builds a throw-away SQLite database (or uses DATABASE_URL) with N confirmed signatures on a statement that
closed long ago (each with an audit entry holding its address, the worst case for the scrub) and N/10 pending
sign-ons past their expiry, then prints the time of one housekeeping run and of a second one, which finds
nothing to do. Run: `python bench/housekeeping_bench.py [N]`.
"""

import os
import sys
import tempfile
import time
from datetime import timedelta

os.environ.setdefault("UNDERSIGNED_SECRET_KEY", "bench-only-secret-key-0123456789-0123456789")
os.environ.setdefault("UNDERSIGNED_DATA_DIR", tempfile.mkdtemp(prefix="undersigned-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
os.environ["UNDERSIGNED_LOG_LEVEL"] = "WARNING"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from undersigned.audit.models import AuditEntry  # noqa: E402
from undersigned.common.housekeeping import run_housekeeping  # noqa: E402
from undersigned.signatures.models import Signature  # noqa: E402
from undersigned.signatures.services import signatures_bulk_create  # noqa: E402
from undersigned.statements.models import Statement  # noqa: E402
from undersigned.statements.services import statement_create  # noqa: E402


def main(n: int) -> None:
    call_command("migrate", verbosity=0)
    statement = statement_create(slug="bench", title="Bench", text="We ask.", status=Statement.Status.OPEN)
    rows = [
        {"kind": "individual", "person_name": f"Person {i}", "country": "DE", "email": f"p{i}@example.org",
         "status": Signature.Status.CONFIRMED if i % 10 else Signature.Status.PENDING}
        for i in range(n)
    ]  # fmt: skip
    signatures = signatures_bulk_create(statement=statement, rows=rows, via="bench")
    AuditEntry.objects.bulk_create(
        [AuditEntry.describing(s, "signature.noted", data={"email": s.email}) for s in signatures],
        batch_size=1000,
    )
    long_ago = timezone.now() - timedelta(days=400)
    Statement.objects.filter(pk=statement.pk).update(status=Statement.Status.CLOSED, closed_at=long_ago)
    Signature.objects.update(updated_at=long_ago)
    for label in ("first run", "second run"):
        started = time.perf_counter()
        results = run_housekeeping()
        print(f"{label}: {time.perf_counter() - started:.2f} s  {results}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
