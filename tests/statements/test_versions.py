"""Statement texts are versioned: a new text is a new version, a stored version never changes."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_signature
from undersigned.statements.models import Statement, StatementVersion
from undersigned.statements.services import statement_version_create

pytestmark = pytest.mark.django_db


def test_a_new_text_creates_a_new_version_with_its_hash(statement):
    version = statement_version_create(statement=statement, text="A better text.")
    assert version.number == 2
    assert version.sha256 == StatementVersion.hash_text("A better text.")
    assert statement.current_version == version


def test_the_same_text_creates_no_version(statement):
    before = statement.current_version
    assert statement_version_create(statement=statement, text=before.text) == before
    assert statement.versions.count() == 1


def test_a_stored_version_cannot_be_modified(statement):
    version = statement.current_version
    version.text = "Rewritten"
    with pytest.raises(ValidationError):
        version.save()


def test_signers_keep_the_version_they_endorsed(statement):
    signature = make_signature(statement)
    statement_version_create(statement=statement, text="Version two")
    signature.refresh_from_db()
    assert signature.version.number == 1
    assert signature.version.text != "Version two"


def test_a_version_with_signatures_cannot_be_deleted(statement):
    from django.db.models import ProtectedError

    make_signature(statement)
    with pytest.raises(ProtectedError):
        statement.current_version.delete()


def test_the_current_version_and_baseline_are_read_once_per_instance_and_follow_a_new_version(
    statement, django_assert_num_queries
):
    statement.refresh_from_db()
    with django_assert_num_queries(1):
        assert [statement.current_version.number, statement.baseline_version_number()] == [1, 1]
        assert statement.current_version.number == 1
    statement_version_create(statement=statement, text="A corrected text.", minor=True)
    assert [statement.current_version.number, statement.baseline_version_number()] == [2, 1]
    statement_version_create(statement=statement, text="A new text.")
    assert [statement.current_version.number, statement.baseline_version_number()] == [3, 3]


def test_refresh_from_db_reads_a_version_added_through_another_instance(statement):
    assert statement.current_version.number == 1
    statement_version_create(statement=Statement.objects.get(pk=statement.pk), text="A new text.")
    statement.refresh_from_db()
    assert statement.current_version.number == 2
