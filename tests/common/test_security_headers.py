"""Headers on every page: a strict Content-Security-Policy, Permissions-Policy, Referrer-Policy, nosniff;
https sites get HSTS and secure cookies from UNDERSIGNED_SITE_URL alone."""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from undersigned.envconfig import proxy_ssl_header

pytestmark = pytest.mark.django_db

SRC = Path(settings.BASE_DIR)


@pytest.mark.parametrize("path", ["/", "/s/rivers/", "/news/", "/admin/login/", "/no/such/page/"])
def test_every_page_has_a_strict_content_security_policy(client, path):
    from tests.factories import make_statement

    make_statement(slug="rivers")
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "unsafe" not in policy
    assert response["Permissions-Policy"].startswith("accelerometer=(), camera=(), geolocation=()")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_attachment_keeps_its_own_sandbox_policy(client, alice):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import make_statement
    from undersigned.press.services import attachment_create

    statement = make_statement(slug="rivers", user=alice)
    upload = SimpleUploadedFile("f.pdf", b"%PDF-1.7\n%%EOF\n")
    attachment = attachment_create(statement=statement, upload=upload, title="Fact sheet")
    client.force_login(alice)
    response = client.get(f"/s/rivers/attachments/{attachment.token}/fact-sheet.pdf")
    assert response["Content-Security-Policy"] == "sandbox"


def test_no_template_holds_inline_script_event_handlers_or_style_attributes():
    """The policy allows no inline script and no inline style: behaviour and looks live in static files."""
    offenders = []
    for path in SRC.rglob("templates/**/*.html"):
        if "/emails/" in str(path) or path.name.endswith(".pdf.html"):
            continue  # emails and WeasyPrint input are never served as pages
        html = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) or re.search(r"\son[a-z]+\s*=", html):
            offenders.append(str(path.relative_to(SRC)))
        if re.search(r"javascript:", html, re.IGNORECASE) or re.search(r"\sstyle\s*=", html):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


@pytest.mark.parametrize("page", ["500.html", "503.html"])
def test_the_error_pages_inline_style_is_the_one_the_policy_allows(page):
    html = (SRC / "templates" / page).read_text()
    styles = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in styles
    }
    assert hashes == {settings.ERROR_PAGE_STYLE_HASH}


def _settings_under(**env) -> dict:
    """Settings as a fresh process reads them from these environment variables."""
    names = [
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS", "SECURE_PROXY_SSL_HEADER",
        "SECURE_SSL_REDIRECT", "SECURE_REFERRER_POLICY", "CONTENT_SECURITY_POLICY",
    ]  # fmt: skip
    code = (
        "import json; from undersigned import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {names!r}}}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("UNDERSIGNED_")}
    environment = {
        **clean,
        "UNDERSIGNED_SECRET_KEY": "x" * 50,
        "UNDERSIGNED_DATA_DIR": settings.DATA_DIR,
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env={k: str(v) for k, v in environment.items()},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_an_https_site_gets_hsts_and_secure_cookies_by_itself():
    values = _settings_under(UNDERSIGNED_SITE_URL="https://statements.example.org")
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] == 31_536_000
    assert values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["upgrade-insecure-requests"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] is None


def test_a_plain_http_site_sets_no_hsts_and_no_secure_cookies():
    values = _settings_under(UNDERSIGNED_SITE_URL="http://127.0.0.1:8000")
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SECURE_HSTS_SECONDS"] == 0


def test_each_security_setting_can_be_set_from_the_environment():
    values = _settings_under(
        UNDERSIGNED_SITE_URL="https://statements.example.org", UNDERSIGNED_HSTS_SECONDS="600",
        UNDERSIGNED_SECURE_COOKIES="0", UNDERSIGNED_PROXY_SSL_HEADER="X-Forwarded-Proto",
        UNDERSIGNED_SSL_REDIRECT="1", UNDERSIGNED_REFERRER_POLICY="no-referrer",
        UNDERSIGNED_CSP_REPORT_URI="https://reports.example.org/csp",
    )  # fmt: skip
    assert values["SECURE_HSTS_SECONDS"] == 600
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_REFERRER_POLICY"] == "no-referrer"
    assert values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["report-uri"] == [
        "https://reports.example.org/csp"
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", None),
        ("X-Forwarded-Proto", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("X-Forwarded-Ssl: on", ("HTTP_X_FORWARDED_SSL", "on")),
        (" x-forwarded-proto ", ("HTTP_X_FORWARDED_PROTO", "https")),
    ],
)
def test_the_proxy_ssl_header_is_read_from_a_header_name(monkeypatch, value, expected):
    monkeypatch.setenv("UNDERSIGNED_PROXY_SSL_HEADER", value)
    assert proxy_ssl_header("UNDERSIGNED_PROXY_SSL_HEADER") == expected


def test_a_proxy_ssl_header_that_is_not_a_header_name_fails_loudly(monkeypatch):
    monkeypatch.setenv("UNDERSIGNED_PROXY_SSL_HEADER", "X Forwarded Proto")
    with pytest.raises(ImproperlyConfigured, match="must be a header name"):
        proxy_ssl_header("UNDERSIGNED_PROXY_SSL_HEADER")


def test_behind_a_proxy_https_is_taken_from_the_configured_header_only(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 600
    over_https = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert over_https["Strict-Transport-Security"] == "max-age=600"
    assert "Strict-Transport-Security" not in client.get("/")
