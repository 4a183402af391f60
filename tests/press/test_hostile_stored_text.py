"""Text stored before input was cleaned (or written around the forms) may hold a vertical tab, Word's soft
line break, or other characters XML cannot hold. The Word exports and the Atom feed still answer."""

import io

import feedparser
import pytest
from docx import Document

from tests.factories import make_signature, make_statement
from tests.press.factories import make_release
from undersigned.press.models import Quote, Release
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement, StatementVersion
from undersigned.statements.services import statement_set_status

pytestmark = pytest.mark.django_db

HOSTILE = "soft\x0bbreak\x01ctl\x1fend"  # no NUL: PostgreSQL cannot store one at all


@pytest.fixture
def statement(alice):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    signature = make_signature(statement, person_name="Jonas Weber", country="DE")
    make_release(statement)
    statement_set_status(statement=statement, status="published")
    # Written around the forms and services, as older rows may be.
    Statement.objects.filter(pk=statement.pk).update(title=f"Clean {HOSTILE} rivers")
    StatementVersion.objects.filter(statement=statement).update(text=f"We call {HOSTILE} on you.")
    Signature.objects.filter(pk=signature.pk).update(person_name=f"Jonas {HOSTILE} Weber")
    Release.objects.filter(statement=statement).update(
        headline=f"River {HOSTILE} groups", lede=f"Lede {HOSTILE}", about=f"About {HOSTILE}",
        source=f"Coalition {HOSTILE}", subheadline=f"Sub {HOSTILE}",
    )  # fmt: skip
    Quote.objects.update(text=f"Quote {HOSTILE}", speaker_name=f"Maria {HOSTILE}")
    statement.refresh_from_db()
    return statement


def docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)


def test_the_docx_export_survives_a_vertical_tab(client, statement):
    response = client.get("/s/clean-rivers/export.docx")
    assert response.status_code == 200
    text = docx_text(b"".join(response.streaming_content))
    assert "We call soft breakctlend on you." in text  # a line break inside a paragraph
    assert "Jonas soft\nbreakctlend Weber" in text


def test_the_press_release_docx_survives_a_vertical_tab(client, statement):
    response = client.get("/s/clean-rivers/press-release.docx")
    assert response.status_code == 200
    text = docx_text(response.content)
    assert "River soft\nbreakctlend groups" in text
    assert "Quote soft breakctl end,” said Maria soft\nbreakctlend, Chair" in text


def test_the_atom_feed_survives_a_vertical_tab(client, statement):
    response = client.get("/news/feed.atom")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert any("River" in entry.title and "groups" in entry.title for entry in feed.entries)
