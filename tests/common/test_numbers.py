"""`{{ n|grouped }}` writes a figure the way the active language does."""

from django.utils import translation

from undersigned.common.templatetags.numbers import grouped


def test_figures_are_grouped_as_each_language_writes_them():
    written = {}
    for language in ("en", "de", "es", "tr"):
        with translation.override(language):
            written[language] = grouped(100000)
    assert written == {"en": "100,000", "de": "100.000", "es": "100\xa0000", "tr": "100.000"}


def test_something_that_is_not_a_number_is_left_as_it_is():
    assert grouped("") == ""
