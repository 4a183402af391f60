"""Markup undone before reading: images are dropped."""

from undersigned.lists.markup import normalise_lines


def test_a_markdown_image_is_no_text():
    assert normalise_lines("Lakeside Rowing Club\n\n![Logos](/img/logos.png)\n") == [
        "Lakeside Rowing Club",
        "",
        "",
        "",
    ]


def test_c1_control_characters_are_read_as_the_windows_1252_characters_they_stood_for():
    lines = normalise_lines("Okkerlo BV, web design\x96Utrecht\nAnna Veld, \x93Lindelaan\x94 Trust")
    assert lines[0].replace("  ", " ") == "Okkerlo BV, web design – Utrecht"
    assert lines[1] == "Anna Veld, “Lindelaan” Trust"
