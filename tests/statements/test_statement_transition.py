"""statements.services.statement_transition: draft → open → closed → published, and nothing else."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_statement
from undersigned.audit.models import AuditEntry
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_transition

pytestmark = pytest.mark.django_db

Status = Statement.Status


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (Status.DRAFT, Status.OPEN),
        (Status.OPEN, Status.CLOSED),
        (Status.CLOSED, Status.OPEN),
        (Status.CLOSED, Status.PUBLISHED),
    ],
)
def test_it_takes_each_allowed_step(start, to):
    statement = make_statement(status=start)
    statement_transition(statement=statement, to=to)
    statement.refresh_from_db()
    assert statement.status == to


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (Status.DRAFT, Status.CLOSED),
        (Status.DRAFT, Status.PUBLISHED),
        (Status.OPEN, Status.DRAFT),
        (Status.OPEN, Status.PUBLISHED),
        (Status.CLOSED, Status.DRAFT),
        (Status.PUBLISHED, Status.OPEN),
        (Status.PUBLISHED, Status.CLOSED),
    ],
)
def test_it_refuses_every_other_step(start, to):
    statement = make_statement(status=start)
    with pytest.raises(ValidationError):
        statement_transition(statement=statement, to=to)
    statement.refresh_from_db()
    assert statement.status == start


def test_a_refusal_says_what_is_possible_from_here():
    statement = make_statement(status=Status.DRAFT)
    with pytest.raises(ValidationError) as refused:
        statement_transition(statement=statement, to=Status.PUBLISHED)
    assert refused.value.messages == [
        "A statement that is “Draft” cannot become “Published”. From here it can become: Open for signatures."
    ]


def test_a_published_statement_is_final():
    statement = make_statement(status=Status.PUBLISHED)
    with pytest.raises(ValidationError) as refused:
        statement_transition(statement=statement, to=Status.CLOSED)
    assert "A published statement is final." in refused.value.messages[0]


def test_it_refuses_a_status_that_does_not_exist():
    statement = make_statement(status=Status.OPEN)
    with pytest.raises(ValidationError) as refused:
        statement_transition(statement=statement, to="archived")
    assert refused.value.messages == ["“archived” is not a step of a statement's lifecycle."]


def test_each_step_is_logged(alice):
    statement = make_statement(status=Status.DRAFT)
    statement_transition(statement=statement, to=Status.OPEN, user=alice)
    entry = AuditEntry.objects.get(action="statement.status_changed")
    assert (entry.user, entry.data) == (alice, {"from": "draft", "to": "open"})


def test_leaving_the_draft_and_publishing_ask_for_a_confirmation_but_closing_does_not():
    assert make_statement(status=Status.DRAFT).transition_is_irreversible(Status.OPEN)
    assert make_statement(status=Status.CLOSED).transition_is_irreversible(Status.PUBLISHED)
    assert not make_statement(status=Status.OPEN).transition_is_irreversible(Status.CLOSED)
    assert not make_statement(status=Status.CLOSED).transition_is_irreversible(Status.OPEN)
