"""How long the sign form's anti-bot puzzle takes a browser: the real static/undersigned/pow.js in Debian's
Chromium, on a desktop CPU and with the CPU slowed down as DevTools does for a mid-range phone.

    python bench/pow_bench.py [MAX_NUMBER] [ROUNDS]

Target: about a second on average for a phone at the default UNDERSIGNED_POW_MAX_NUMBER (50,000).
The page is served by Playwright under an https address (Web Crypto needs a secure context); the
challenges are made as common/pow.py makes them.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

import altcha
from playwright.sync_api import sync_playwright

ORIGIN = "https://pow-bench.invalid"
SCRIPT = Path(__file__).resolve().parents[1] / "src/undersigned/static/undersigned/pow.js"
PAGE = """<!doctype html><html lang="en"><title>pow</title><form action="/sign/" method="post">
<input id="name" name="name"><div data-pow-challenge="/challenge/"><input type="hidden" name="altcha" value="">
<p data-pow-status></p></div><button>Sign</button></form><script src="/pow.js"></script></html>"""
PHONE_SLOWDOWN = 4  # DevTools' "mid-tier mobile" CPU throttling


def solve_times(page, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        page.goto(f"{ORIGIN}/")
        start = time.perf_counter()
        page.focus("#name")
        page.wait_for_function("document.querySelector('input[name=altcha]').value !== ''", timeout=120_000)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    max_number = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10

    def challenge(route):
        made = altcha.create_challenge_v1(algorithm="SHA-256", max_number=max_number, hmac_key="bench")
        route.fulfill(content_type="application/json", body=json.dumps(made.to_dict()))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("UNDERSIGNED_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page()
        page.route(f"{ORIGIN}/", lambda route: route.fulfill(content_type="text/html", body=PAGE))
        page.route(f"{ORIGIN}/pow.js", lambda route: route.fulfill(path=SCRIPT))
        page.route(f"{ORIGIN}/challenge/", challenge)
        print(f"max number {max_number:,}, {rounds} challenges each (the secret number is random)")
        for label, slowdown in (("desktop", 1), (f"phone ({PHONE_SLOWDOWN}x slower CPU)", PHONE_SLOWDOWN)):
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
            times = solve_times(page, rounds)
            print(
                f"{label:28} mean {statistics.mean(times):5.2f} s  median {statistics.median(times):5.2f} s"
                f"  max {max(times):5.2f} s"
            )
        browser.close()


if __name__ == "__main__":
    main()
