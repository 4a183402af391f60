"""What undersigned publishes, undersigned (and any careful reader) can read back: the wire text's
signatory block and the numbered .txt list parse into the same signatories, in the same order."""

import pytest

from undersigned.demo.services import demo_load
from undersigned.lists import parse_document
from undersigned.signatures.selectors import signatory_iter
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    demo_load()
    return Statement.objects.get()


def test_no_signatory_line_is_wrapped_in_the_wire_text(client, demo):
    text = client.get(f"/s/{demo.slug}/press-release.txt").content.decode()
    for row in signatory_iter(demo):
        assert f"\n{row.line}\n" in text


def test_the_wire_text_parses_back_into_the_published_signatories(client, demo):
    text = client.get(f"/s/{demo.slug}/press-release.txt").content.decode()
    parsed = parse_document(text)
    expected = [row.signature for row in signatory_iter(demo)]
    assert len(parsed.entries) == len(expected)
    for entry, signature in zip(parsed.entries, expected, strict=True):
        name = signature.organization_name if signature.is_organization else signature.person_name
        assert name in (entry.organization or "", entry.person or ""), entry.text


def test_the_wire_text_reads_back_with_its_headline_fields_and_roles(client, demo):
    text = client.get(f"/s/{demo.slug}/press-release.txt").content.decode()
    parsed = parse_document(text)
    assert parsed.statement.title == demo.release.headline
    assert parsed.statement.dateline.startswith("VIENNA, ")
    schulz = next(e for e in parsed.entries if e.person == "Katrin Schulz")
    assert (schulz.honorific, schulz.title, schulz.organization, schulz.city, schulz.country) == (
        "Dr.",
        "Hydrologist",
        "University of Leipzig",
        "Leipzig",
        "DE",
    )
    hofer = next(e for e in parsed.entries if e.person == "Maria Hofer")
    assert (hofer.organization, hofer.title, hofer.city, hofer.country) == (
        "Union of River Communities in Austria",
        "Chair",
        "Vienna",
        "AT",
    )


def test_the_numbered_list_reads_back_without_its_annotations(client, demo):
    text = b"".join(client.get(f"/s/{demo.slug}/signatories.txt").streaming_content).decode()
    hofer = next(e for e in parse_document(text).entries if e.person == "Maria Hofer")
    assert hofer.title == "Chair"
    assert "(verified)" in hofer.text


def test_the_numbered_list_parses_back_with_its_numbers_and_groups(client, demo):
    text = b"".join(client.get(f"/s/{demo.slug}/signatories.txt").streaming_content).decode()
    parsed = parse_document(text)
    rows = list(signatory_iter(demo))
    assert [e.number for e in parsed.entries] == [row.number for row in rows]
    assert len({e.group for e in parsed.entries}) == len({row.country for row in rows})
