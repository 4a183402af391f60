"""Every email is three templates, rendered here: `<kind>-subject.txt`, `<kind>-body.txt`, `<kind>-body.html`.

Each app keeps the emails it sends beside it, in `<app>/templates/<app>/emails/`, and names them by that
path: `make_message("signatures/emails/confirm-signature", ...)`.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def normalize_email(email: str) -> str:
    """`" Ana@Example.ORG "` -> `"ana@example.org"`: one person, one address, wherever it is stored."""
    return (email or "").strip().lower()


def make_message(kind: str, *, to: str, context: dict, reply_to: str | None = None) -> EmailMultiAlternatives:
    subject = " ".join(render_to_string(f"{kind}-subject.txt", context).split())
    text = render_to_string(f"{kind}-body.txt", context)
    html = render_to_string(f"{kind}-body.html", context)
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, [to], reply_to=[reply_to] if reply_to else None
    )
    message.attach_alternative(html, "text/html")
    return message


def send(kind: str, *, to: str, context: dict, reply_to: str | None = None) -> None:
    make_message(kind, to=to, context=context, reply_to=reply_to).send()
