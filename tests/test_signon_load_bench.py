"""bench/signon_load.py: a short run against the real server prints the lines scripts read, and loses nothing."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_bench(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "signon_load.py"), "--concurrency", "4", *args],
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.process
def test_a_short_signon_run_prints_the_contracted_lines_and_loses_nothing():
    """Both phases: the peak, then signers paced at 80 % of it."""
    result = run_bench("--seconds", "1.5", "--requests", "120")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"p99_ms_at_80_percent: \d+", lines[-6])
    last = lines[-5:]
    assert [line.split(":")[0] for line in last] == [
        "signons_per_s",
        "p99_ms",
        "ratio_hello",
        "ratio_insert",
        "lost",
    ]
    assert re.fullmatch(r"signons_per_s: [1-9]\d*", last[0])
    assert re.fullmatch(r"ratio_insert: \d+\.\d\d", last[3])
    assert last[4] == "lost: 0"


def test_the_bench_refuses_an_unbounded_run():
    result = run_bench("--seconds", "0")
    assert result.returncode == 2
    assert "--seconds must be in (0, 600]" in result.stderr


@pytest.mark.process
def test_a_short_confirmation_run_prints_its_lines_and_loses_nothing():
    result = run_bench("--mode", "confirm", "--seconds", "1.5", "--requests", "60")
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-5:]
    assert re.fullmatch(r"confirms_per_s: [1-9]\d*", last[0])
    assert last[4] == "lost: 0"
