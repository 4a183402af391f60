"""Translations of a version (statements.translations): stored beside the version, never changing it;
carried over to a new version as outdated until updated; one per language."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories import make_statement, make_translation
from undersigned.audit.models import AuditEntry
from undersigned.statements.models import StatementTranslation
from undersigned.statements.services import statement_version_publish
from undersigned.statements.translations import negotiate_language, statement_reading, translation_save

pytestmark = pytest.mark.django_db


def test_a_translation_leaves_the_version_and_its_fingerprint_unchanged(statement):
    version = statement.current_version
    before = version.sha256
    make_translation(statement, "de", title="Offener Brief", text="Wir fordern den Rat auf.")
    version.refresh_from_db()
    assert version.sha256 == before == version.hash_text(version.text)
    assert version.languages() == ["en", "de"]


def test_saving_a_language_again_updates_its_translation(statement):
    make_translation(statement, "de", text="Erster Entwurf.")
    make_translation(statement, "de", text="Zweiter Entwurf.")
    translations = StatementTranslation.objects.filter(version=statement.current_version)
    assert [(t.language, t.text) for t in translations] == [("de", "Zweiter Entwurf.")]
    assert list(AuditEntry.objects.filter(action__startswith="statement.translation").values_list("action", flat=True).order_by("pk")) == [
        "statement.translation_added",
        "statement.translation_updated",
    ]  # fmt: skip


def test_the_database_keeps_one_translation_per_language(statement):
    translation = make_translation(statement, "fr")
    with pytest.raises(IntegrityError), transaction.atomic():
        StatementTranslation.objects.create(
            version=translation.version,
            language="fr",
            title="x",
            text="y",
            source_version=translation.version,
        )


def test_the_original_language_is_no_translation(statement):
    with pytest.raises(ValidationError) as error:
        translation_save(version=statement.current_version, language="en", title="T", text="Text")
    assert error.value.message_dict == {"language": ["This is the language of the original text."]}


def test_an_unknown_language_is_refused(statement):
    with pytest.raises(ValidationError) as error:
        translation_save(version=statement.current_version, language="xx", title="T", text="Text")
    assert error.value.message_dict == {"language": ["Choose a language from the list."]}


def test_a_new_version_keeps_the_translations_marked_outdated():
    statement = make_statement(text="First text.")
    make_translation(statement, "de", text="Erster Text.")
    assert not statement.current_version.translations.get().outdated
    old = statement.current_version
    new = statement_version_publish(statement=statement, text="Second text.", minor=False)
    carried = new.translations.get()
    assert (carried.language, carried.text, carried.outdated) == ("de", "Erster Text.", True)
    assert carried.source_version == old
    assert not old.translations.get().outdated


def test_updating_an_outdated_translation_makes_it_current_again():
    statement = make_statement(text="First text.")
    make_translation(statement, "de", text="Erster Text.")
    statement_version_publish(statement=statement, text="Second text.", minor=False)
    updated = make_translation(statement, "de", text="Zweiter Text.")
    assert not updated.outdated
    assert updated.source_version == statement.current_version


def test_the_reading_of_a_language_without_translation_is_the_original(statement):
    make_translation(statement, "ar", title="عنوان", text="نص")
    version = statement.current_version
    arabic = statement_reading(statement, version, "ar")
    assert (arabic.title, arabic.direction, arabic.is_original) == ("عنوان", "rtl", False)
    original = statement_reading(statement, version, "de")
    assert (original.language, original.text, original.direction) == ("en", version.text, "ltr")


@pytest.mark.parametrize(
    ("requested", "accept", "expected"),
    [
        ("", "de-DE,de;q=0.9,en;q=0.8", "de"),
        ("", "tr;q=0.9,fr;q=0.8", "fr"),
        ("fr", "de", "fr"),
        ("xx", "ja", "en"),
        ("", "", "en"),
        ("", "*", "en"),
    ],
)
def test_the_shown_language_is_the_choice_then_the_browsers_then_the_original(requested, accept, expected):
    assert negotiate_language(["en", "de", "fr"], requested=requested, accept_language=accept) == expected
