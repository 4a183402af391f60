"""/manage/: the user's statements with their state and counts, and the way to a new one."""

import pytest

from tests.factories import make_signature, make_statement

pytestmark = pytest.mark.django_db


def test_it_lists_each_statement_with_its_state_and_counts(client, charlie):
    statement = make_statement(slug="meadows", title="Meadows", status="open", user=charlie)
    make_signature(statement, country="DE")
    make_signature(statement, kind="organization", country="AT")
    make_signature(statement, status="pending", country="FR")
    make_signature(statement, status="withdrawn", country="FR")
    client.force_login(charlie)
    html = client.get("/manage/").content.decode()
    row = html.split('id="statement-meadows"')[1].split("</tr>")[0]
    assert "Open for signatures" in row
    # confirmed, pending, organizations, individuals, countries
    numbers = [int(cell.split("<")[0]) for cell in row.split('<td class="num">')[1:]]
    assert numbers == [2, 1, 1, 1, 2]
    assert 'href="/manage/new/"' in html


def test_it_does_not_list_someone_elses_statements(client, charlie, alice):
    make_statement(slug="alices", title="Alice's letter", user=alice)
    client.force_login(charlie)
    assert "Alice&#x27;s letter" not in client.get("/manage/").content.decode()
