"""One renderer for every email: the plain-text part is plain text, never HTML marked safe; each app keeps
the emails it sends beside it, and every email has its three templates."""

from pathlib import Path

from django.template import Context, Template
from django.utils.safestring import SafeData

import undersigned
from undersigned.common.emails import make_message, render_text

PACKAGE = Path(undersigned.__file__).parent


def email_templates():
    return sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".txt", ".html"} and "emails" in p.parts)


def test_every_email_template_lives_in_its_apps_emails_folder():
    misplaced = []
    for path in email_templates():
        parts = path.relative_to(PACKAGE).parts
        app = parts[0]
        if parts[:4] != (app, "templates", app, "emails"):
            misplaced.append("/".join(parts))
    assert email_templates()
    assert misplaced == []


def test_every_email_kind_has_a_subject_a_text_body_and_an_html_body():
    kinds = {}
    for path in email_templates():
        kind, _, part = path.name.rpartition("-")
        if part == "body.txt" or part == "body.html" or part == "subject.txt":
            kinds.setdefault(path.parent / kind, set()).add(part)
    assert kinds
    assert {str(k.relative_to(PACKAGE)): v for k, v in kinds.items() if len(v) != 3} == {}


def test_the_text_body_is_not_marked_safe(db):
    message = make_message(
        "signatures/emails/confirm-signature",
        to="ana@example.org",
        context={
            "statement": {"title": "<b>Rivers</b>"},
            "signature": {},
            "confirm_url": "x",
            "max_age_days": 7,
        },
    )
    assert not isinstance(message.body, SafeData)
    assert not isinstance(message.subject, SafeData)
    assert "“<b>Rivers</b>”" in message.body


def test_render_text_escapes_when_printed_in_a_page():
    text = render_text("signatures/list-header.txt", {"statement": {"title": "<img src=x onerror=alert(1)>"}})
    assert not isinstance(text, SafeData)
    assert "&lt;img src=x onerror=alert(1)&gt;" in Template("{{ text }}").render(Context({"text": text}))
