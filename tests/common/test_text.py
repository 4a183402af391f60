"""common.text: what is taken out of every text input, and what XML outputs drop from stored text."""

import pytest

from undersigned.common.text import clean_text, xml_text

CLEANED = [
    ("Ana Silva", "Ana Silva"),
    ("Rivers\x0bfor all", "Rivers\nfor all"),  # Word's soft line break
    ("page\x0cbreak", "page\nbreak"),
    ("nul\x00 and bell\x07", "nul and bell"),
    ("escape\x1b[31m", "escape[31m"),
    ("del\x7f and c1\x85\x9b", "del and c1"),
    ("tab\tline\nreturn\r\n", "tab\tline\nreturn\r\n"),
    ("Ana \u202eevil\u202c Silva", "Ana evil Silva"),  # right-to-left override, pop
    ("\u202a\u202b\u202d x \u2066\u2067\u2068\u2069", " x "),  # embeddings, isolates
    ("\u05e9\u05dc\u05d5\u05dd \u200f(Haifa)", "\u05e9\u05dc\u05d5\u05dd \u200f(Haifa)"),  # RLM stays
    ("Zoë Ødegård, 東京, مرحبا", "Zoë Ødegård, 東京, مرحبا"),
    ("lone \ud800 surrogate \ufffe", "lone  surrogate "),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CLEANED)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rivers\x0bfor all", "Rivers\nfor all"),
        ("nul\x00\x1f", "nul"),
        ("Ana \u202eSilva", "Ana \u202eSilva"),  # XML can hold it; the input cleaner takes it out
        ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
    ],
)
def test_xml_text(raw, expected):
    assert xml_text(raw) == expected


@pytest.mark.parametrize("value", ["Ana \u202eSilva", "Ana\u2066 Silva", "Ana\x85Silva", "Ana\x0bSilva"])
def test_a_name_with_a_direction_override_or_control_character_is_refused_by_the_model(value):
    from django.core.exceptions import ValidationError

    from undersigned.common.validators import validate_plain_name

    with pytest.raises(ValidationError, match="This contains invisible control characters."):
        validate_plain_name(value)
