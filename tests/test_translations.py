"""The interface ships complete catalogues: no template text outside {% translate %}, no catalogue missing a
message `make messages` would extract, no fuzzy or empty entry, and every .mo compiled from its .po."""

import shutil
from pathlib import Path

import django
import pytest
from babel.messages.catalog import Catalog
from django.conf import settings

from undersigned.common.catalogues import (
    PACKAGE_DIR,
    Message,
    catalogue_path,
    catalogue_problems,
    compiled_matches,
    extracted_messages,
    read_catalogue,
    templates,
    untranslatable_text,
)

LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "en"]


def test_every_interface_language_but_english_has_a_catalogue():
    assert LANGUAGES == ["de", "fr", "es", "tr"]
    assert settings.LOCALE_PATHS == [PACKAGE_DIR / "locale"]
    assert all(catalogue_path(language).exists() for language in LANGUAGES)


def test_no_template_shows_text_that_cannot_be_translated():
    found = {
        str(path.relative_to(PACKAGE_DIR)): words
        for path in templates()
        if (words := untranslatable_text(path.read_text(encoding="utf-8")))
    }
    assert templates()
    assert found == {}


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("<p>Sign here</p>", ["Sign", "here"]),
        ('<img src="x.svg" alt="Map of signatories">', ["Map", "of", "signatories"]),
        ('<button aria-label="Close">×</button>', ["Close"]),
        ("{% load i18n %}<p>{% translate 'Sign' %} {{ count }} times</p>", ["times"]),
        ("Dear {{ name }},\n{% translate 'Thank you.' %}", ["Dear"]),
    ],
)
def test_the_template_check_finds_text_a_reader_sees_outside_translate_tags(source, words):
    assert untranslatable_text(source) == words


@pytest.mark.parametrize(
    "source",
    [
        "{% load i18n %}{% blocktranslate with n=count %}Signed by {{ n }}{% endblocktranslate %}",
        "{# A note to developers #}{% comment %}Also for developers{% endcomment %}<!-- and this -->",
        '<script src="x.js"></script><code>/api/openapi.json</code><pre translate="no">name,email</pre>',
        "<p>© undersigned · PDF, DOCX, CSV</p>",
    ],
)
def test_the_template_check_leaves_translated_hidden_and_technical_text_alone(source):
    assert untranslatable_text(source) == []


@pytest.fixture(scope="module")
def extracted():
    """What `make messages` would extract today (runs makemessages, hence GNU xgettext, into a scratch copy)."""
    assert shutil.which("xgettext") and shutil.which("msgfmt"), (
        "GNU gettext is missing: scripts/install-system-deps"
    )
    return extracted_messages()


def test_extraction_finds_the_interface_strings_in_templates_python_and_emails(extracted):
    assert Message("Sign this statement") in extracted  # a template
    assert Message("Please give your name.") in extracted  # Python
    assert Message("Please confirm your signature: %(title)s") in extracted  # an email's subject
    assert Message("SOURCE", context="newswire release, before the organization that issued it") in extracted


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_complete_with_no_fuzzy_or_empty_entry(language, extracted):
    assert catalogue_problems(read_catalogue(catalogue_path(language)), extracted) == []


def test_the_completeness_check_names_a_missing_a_fuzzy_and_an_untranslated_entry():
    catalogue = Catalog(locale="de")
    catalogue.add("Sign", "Unterzeichnen")
    catalogue.add("Withdraw", "Zurückziehen", flags=["fuzzy"])
    catalogue.add(("%(n)s signature", "%(n)s signatures"), ("%(n)s Unterschrift", ""))
    expected = {
        Message("Sign"),
        Message("Withdraw"),
        Message("%(n)s signature", "%(n)s signatures"),
        Message("Close"),
    }
    assert catalogue_problems(catalogue, expected) == [
        "missing: 'Close'",
        "fuzzy: 'Withdraw'",
        "untranslated: '%(n)s signature'",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date_with_its_po_file(language):
    assert compiled_matches(catalogue_path(language)), "run `make messages` and commit the .mo files"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_are_djangos_own_for_the_language(language):
    djangos = Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES" / "django.po"
    assert read_catalogue(catalogue_path(language)).plural_forms == read_catalogue(djangos).plural_forms
