"""Content languages: names, autonyms and writing direction from babel."""

import pytest
from django import forms
from django.utils import translation

from undersigned.common.languages import (
    autonym,
    interface_language,
    language_choices,
    language_name,
    text_direction,
)


@pytest.mark.parametrize("code", ["ar", "he", "fa", "ur"])
def test_arabic_hebrew_persian_and_urdu_are_written_right_to_left(code):
    assert text_direction(code) == "rtl"


@pytest.mark.parametrize("code", ["en", "de", "tr", "xx", ""])
def test_other_and_unknown_languages_are_written_left_to_right(code):
    assert text_direction(code) == "ltr"


def test_a_language_is_named_in_the_readers_language_and_in_itself():
    assert language_name("de", "fr") == "allemand"
    assert autonym("de") == "Deutsch"
    assert autonym("xx") == "xx"


def test_the_choices_name_each_language_both_ways():
    choices = dict(language_choices("en"))
    assert choices["de"] == "German – Deutsch"
    assert choices["en"] == "English"
    assert "de_AT" not in choices


@pytest.mark.parametrize(
    ("code", "interface"),
    [("de", "de"), ("de-at", "de"), ("tr", "tr"), ("ar", "en"), ("he", "en"), ("", "en")],
)
def test_a_content_language_without_a_catalogue_switches_the_interface_to_the_default(code, interface):
    assert interface_language(code) == interface


def test_switching_to_an_arabic_statement_does_not_mix_djangos_arabic_into_english():
    # Django ships an Arabic catalogue of its own: override("ar") would translate its strings only.
    with translation.override(interface_language("ar")):
        assert str(forms.Field.default_error_messages["required"]) == "This field is required."
        assert translation.get_language() == "en"
