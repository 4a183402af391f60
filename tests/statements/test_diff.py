"""The word diff that signers read to decide whether they still endorse the text."""

import pytest

from undersigned.statements.diff import word_diff


@pytest.mark.parametrize(
    ("old", "new", "text"),
    [
        ("We ask the council.", "We urge the city council.", "We [-ask-]{+urge+} the {+city +}council."),
        ("Clean rivers.", "Clean rivers.", "Clean rivers."),
        ("One.\n\nTwo.", "One.\n\nTwo. Three.", "One.\n\nTwo.{+ Three.+}"),
        ("state-of-the-art", "state of the art", "[-state-of-the-art-]{+state of the art+}"),
        ("", "New text", "{+New text+}"),
    ],
)
def test_it_marks_whole_words_added_and_removed(old, new, text):
    assert word_diff(old, new).as_text() == text


def test_the_html_escapes_the_text_and_marks_changes():
    html = word_diff("a <b> c", "a <b> d").as_html()
    assert (
        html
        == 'a &lt;b&gt; <del><span class="visually-hidden">removed: </span>c</del><ins><span class="visually-hidden">added: </span>d</ins>'
    )


def test_it_counts_changed_words():
    diff = word_diff("We ask the council.", "We urge the city council.")
    assert (diff.changed, diff.words("insert"), diff.words("delete")) == (True, 2, 1)
    assert word_diff("Same.", "Same.").changed is False
