"""Playwright drives Debian's Chromium (never a downloaded browser). A missing Chromium is a
failure, not a skip: the browser journeys are part of the contract."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

# Playwright's sync API runs an event loop in this thread; Django's async guard would
# otherwise refuse the test's own database queries.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("UNDERSIGNED_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """The live server serves static files from STATIC_ROOT, as production does behind whitenoise."""
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; run `make test` (it installs Debian's chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def _csp_violations(page) -> list[str]:
    """Chromium reports everything the Content-Security-Policy blocked as a console error."""
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    return violations


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    context.set_default_timeout(10_000)
    page = context.new_page()
    violations = _csp_violations(page)
    yield page
    context.close()
    assert violations == [], "the Content-Security-Policy blocked something on these pages"


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    violations = _csp_violations(page)
    yield page
    context.close()
    assert violations == [], "the Content-Security-Policy blocked something on these pages"


_axe = Axe()


def assert_accessible(page) -> None:
    """Fail on any WCAG 2.2 A/AA violation axe-core finds on the page as it is now (once it has loaded:
    before its stylesheet arrives, every target is too small)."""
    page.wait_for_load_state("load")
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.fixture
def accessible():
    return assert_accessible


def pytest_collection_modifyitems(items):
    """Every test in this folder is a browser test, so `make test-fast` can leave them all out."""
    for item in items:
        if "tests/browser/" in item.path.as_posix():
            item.add_marker(pytest.mark.browser)
