"""Markup undone before reading: images are dropped."""

from undersigned.lists.markup import normalise_lines


def test_a_markdown_image_is_no_text():
    assert normalise_lines("Lakeside Rowing Club\n\n![Logos](/img/logos.png)\n") == [
        "Lakeside Rowing Club",
        "",
        "",
        "",
    ]
