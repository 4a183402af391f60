"""Every email is three templates, rendered here: `<kind>-subject.txt`, `<kind>-body.txt`, `<kind>-body.html`.

Each app keeps the emails it sends beside it, in `<app>/templates/<app>/emails/`, and names them by that
path: `make_message("signatures/emails/confirm-signature", ...)`.

An email is written in one language, `language` (the statement's, for the emails about a statement; the
site's default otherwise): its text is rendered with that language active, and its HTML says so in
`<html lang="{{ LANGUAGE_CODE }}">`, whatever language the worker or the request happens to run in.

The `.txt` templates switch autoescaping off, so what they return is raw text that may hold whatever an
owner or signer typed. `render_text` hands it back as a plain `str`, never a SafeString, so a page that
shows an email (the mailing preview) escapes it like any other text.
"""

import hashlib
import threading
from collections import Counter

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from undersigned.common.languages import interface_language

# The task this thread runs (set by the task signals, common.apps) and what it sent so far.
_task = threading.local()


def normalize_email(email: str) -> str:
    """`" Ana@Example.ORG "` -> `"ana@example.org"`: one person, one address, wherever it is stored."""
    return (email or "").strip().lower()


def render_text(template_name: str, context: dict) -> str:
    """A plain-text template rendered as an unmarked `str`.

    `render_to_string` marks its output safe for HTML even with `{% autoescape off %}`; printed in a page,
    `"<img src=x onerror=...>"` from a statement's text would then run. The copy drops that mark:
    `render_text("signatures/list-header.txt", {...})` prints as `&lt;img ...` in a template.
    """
    return str.__str__(render_to_string(template_name, context))


def make_message(
    kind: str, *, to: str, context: dict, reply_to: str | None = None, language: str | None = None
) -> EmailMultiAlternatives:
    """The email `kind` in `language`; without one, in the language active now (the site's default in
    the worker)."""
    with translation.override(interface_language(language or translation.get_language())):
        context = {**context, "LANGUAGE_CODE": translation.get_language()}
        subject = " ".join(render_text(f"{kind}-subject.txt", context).split())
        text = render_text(f"{kind}-body.txt", context)
        html = render_to_string(f"{kind}-body.html", context)
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, [to], reply_to=[reply_to] if reply_to else None
    )
    message.attach_alternative(html, "text/html")
    return message


def send(
    kind: str, *, to: str, context: dict, reply_to: str | None = None, language: str | None = None
) -> None:
    message = make_message(kind, to=to, context=context, reply_to=reply_to, language=language)
    if record_send(f"{kind}:{to}"):
        message.send()


def task_began(task_id) -> None:
    _task.id, _task.sent = str(task_id), Counter()


def task_ended() -> None:
    _task.id = None


def record_send(what: str) -> bool:
    """Record, before handing it to the mail server, that the running task sends `what` (its n-th such
    email); False when this task sent it already, in a run its worker did not live to finish: a task
    run again after its worker died never sends twice (at most once, never twice). Outside a task
    (a page sending directly) there is nothing to run again: always True.

    Call it outside any transaction, as tasks send, so the record is committed before the send."""
    task_id = getattr(_task, "id", None)
    if task_id is None:
        return True
    from undersigned.common.models import SentEmail

    occurrence = _task.sent[what]
    _task.sent[what] += 1
    key = hashlib.sha256(f"{task_id}:{occurrence}:{what}".encode()).hexdigest()
    try:
        with transaction.atomic():
            SentEmail.objects.create(key=key)
    except IntegrityError:
        return False
    return True
