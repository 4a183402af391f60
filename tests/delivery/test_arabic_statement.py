"""Sending an Arabic statement: the email around it is in the site's default interface language (there is
no Arabic catalogue), its HTML says so, and the statement's own title and text are marked Arabic, right
to left."""

import pytest

from tests.delivery.factories import make_mailing, make_recipient
from tests.factories import make_statement
from undersigned.delivery.emails import render_preview

pytestmark = pytest.mark.django_db


def test_the_email_is_english_and_the_statement_in_it_arabic(alice):
    statement = make_statement(
        slug="anhar", title="أنهار نظيفة", text="ندعو المجلس.", user=alice, language="ar"
    )
    mailing = make_mailing(statement, [make_recipient(alice, statement)])
    message = render_preview(mailing, salutation="Dear Minister,")
    html = message.alternatives[0][0]
    assert '<html lang="en">' in html
    assert "Please find below the joint statement “أنهار نظيفة”" in html
    assert '<h1 lang="ar" dir="rtl">أنهار نظيفة</h1>' in html
    assert '<pre lang="ar" dir="rtl"' in html
