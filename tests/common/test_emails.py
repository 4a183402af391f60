"""One renderer for every email: the plain-text part is plain text, never HTML marked safe."""

from django.template import Context, Template
from django.utils.safestring import SafeData

from undersigned.common.emails import make_message, render_text


def test_the_text_body_is_not_marked_safe(db):
    message = make_message(
        "confirm-signature",
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
