"""Storing many signatures at once (an import, the demo): every row checked by the one set of rules, the
rest left to the database, so 100,000 rows take seconds and not a query or two per row."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_bulk_create

pytestmark = pytest.mark.django_db


def rows(how_many: int, first: int = 0) -> list[dict]:
    return [
        {"kind": "individual", "person_name": f"Person {n}", "country": "AT", "email": f"p{n}@example.org"}
        for n in range(first, first + how_many)
    ]


def test_storing_many_rows_takes_a_query_per_batch_not_per_row(statement):
    with CaptureQueriesContext(connection) as queries:
        signatures_bulk_create(statement=statement, rows=rows(300), via="test", status="confirmed")
    assert len(queries) < 30
    statement.refresh_from_db()
    assert statement.confirmed_count == 300


def test_a_row_that_breaks_the_signatory_rules_stores_nothing(statement):
    bad = rows(3)
    bad[2]["person_name"] = ""
    with pytest.raises(ValidationError) as error:
        signatures_bulk_create(statement=statement, rows=bad, via="test")
    assert error.value.message_dict == {"person_name": ["Please give the person's name."]}
    assert not Signature.objects.filter(statement=statement).exists()


def test_a_value_outside_its_choices_or_column_is_refused(statement):
    with pytest.raises(ValidationError) as error:
        signatures_bulk_create(statement=statement, rows=rows(2), via="test", status="approved")
    assert list(error.value.message_dict) == ["status"]
    too_long = rows(1)
    too_long[0]["source_site"] = "https://" + "x" * 200
    with pytest.raises(ValidationError) as error:
        signatures_bulk_create(statement=statement, rows=too_long, via="test")
    assert list(error.value.message_dict) == ["source_site"]
    assert not Signature.objects.filter(statement=statement).exists()
