"""Translations of a statement's current version: writing them, carrying them over to a new version
(marked outdated), and choosing the one a reader sees."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from undersigned.common.languages import content_language_codes, text_direction
from undersigned.statements.models import Statement, StatementTranslation, StatementVersion


@transaction.atomic
def translation_save(
    *, version: StatementVersion, language: str, title: str, text: str, user=None
) -> StatementTranslation:
    """Add or update the translation of `version` into `language`. Saving it marks it as translated
    from this version's text, so an outdated translation is up to date again once its owner saves it."""
    statement = version.statement
    if language == statement.language:
        raise ValidationError({"language": _("This is the language of the original text.")})
    if language not in content_language_codes():
        raise ValidationError({"language": _("Choose a language from the list.")})
    translation = StatementTranslation.objects.filter(version=version, language=language).first()
    created = translation is None
    translation = translation or StatementTranslation(version=version, language=language)
    translation.title, translation.text = title.strip(), text.replace("\r\n", "\n").strip()
    translation.source_version = version
    translation.full_clean()
    translation.save()
    statement.log_action(
        "statement.translation_added" if created else "statement.translation_updated",
        user=user,
        data={"version": version.number, "language": language},
    )
    return translation


@transaction.atomic
def translation_delete(*, translation: StatementTranslation, user=None) -> None:
    version = translation.version
    translation.delete()
    version.statement.log_action(
        "statement.translation_removed",
        user=user,
        data={"version": version.number, "language": translation.language},
    )


def translations_carry_over(*, previous: StatementVersion, version: StatementVersion) -> None:
    """A new version keeps the previous version's translations, still translated from the older text
    (so they read as outdated until updated): readers keep their language meanwhile."""
    StatementTranslation.objects.bulk_create(
        StatementTranslation(
            version=version,
            language=t.language,
            title=t.title,
            text=t.text,
            source_version_id=t.source_version_id,
        )
        for t in previous.translations.all()
    )


@dataclass(frozen=True)
class Reading:
    """What a reader of the statement page sees: the original or one translation of the version."""

    language: str
    title: str
    text: str
    original_language: str
    translation: StatementTranslation | None = None

    @property
    def is_original(self) -> bool:
        return self.translation is None

    @property
    def outdated(self) -> bool:
        return self.translation is not None and self.translation.outdated

    @property
    def direction(self) -> str:
        return text_direction(self.language)


def negotiate_language(available: list[str], *, requested: str = "", accept_language: str = "") -> str:
    """The language to show: the reader's explicit choice if it is available, else the first language
    of the browser's Accept-Language that is, else the original (the first of `available`).

    >>> negotiate_language(["en", "de", "fr"], accept_language="de-AT,de;q=0.9,en;q=0.5")
    'de'
    >>> negotiate_language(["en", "de"], requested="de", accept_language="fr")
    'de'
    >>> negotiate_language(["en", "de"], requested="xx", accept_language="ja")
    'en'
    """
    if requested in available:
        return requested
    for code, _quality in parse_accept_lang_header(accept_language or ""):
        code = code.lower()
        for candidate in (code, code.split("-")[0]):
            if candidate in available:
                return candidate
    return available[0]


def statement_reading(statement: Statement, version: StatementVersion, language: str) -> Reading:
    """The version in `language` (one of `version.languages()`), or the original."""
    translation = None
    if language != statement.language:
        translation = version.translations.filter(language=language).select_related("source_version").first()
    if translation is None:
        return Reading(statement.language, statement.title, version.text, statement.language)
    return Reading(translation.language, translation.title, translation.text, statement.language, translation)
