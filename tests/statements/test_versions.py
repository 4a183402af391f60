"""Statement texts are versioned: a new text is a new version, a stored version never changes."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_signature
from undersigned.statements.models import StatementVersion
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
