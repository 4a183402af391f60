"""Reading a list's lines: wrapped lines join the entry they continue."""

from undersigned.lists.parser import parse_document


def test_a_line_that_ends_on_a_comma_goes_on_to_the_next():
    text = (
        "Firman:\n"
        "Asociación de Canoas del Norte, Pueblo Alto, Provincia Sur,\n"
        "Uruguay.\n"
        "Red de Ríos Limpios, Villa Clara, Uruguay.\n"
    )
    entries = parse_document(text).entries
    assert [e.organization for e in entries] == ["Asociación de Canoas del Norte", "Red de Ríos Limpios"]
    assert entries[0].group_label is None


def test_a_line_that_ends_on_a_connecting_word_goes_on():
    text = "Signed by:\nPaula Ortiz, Profesora, Universidad\nde Valle Alto, Uruguay.\nLuis Rey, Sociedad Coral, Uruguay.\n"
    entries = parse_document(text).entries
    assert len(entries) == 2
    assert "Universidad de Valle Alto" in entries[0].organization


def test_signature_blocks_with_a_blank_line_between_every_line_are_told_apart_by_shape():
    text = (
        "We ask the board to reconsider the decision it took last month about the harbour.\n\n"
        "Mara Lindqvist\n\nPresident\n\nLakeside Roundtable\n\n"
        "Tomas K. Berg\n\nPresident and CEO\n\nNorthern Ferry Owners Association\n\n"
        "Boston\n"
    )
    got = [(e.person, e.title, e.organization) for e in parse_document(text).entries]
    assert got == [
        ("Mara Lindqvist", "President", "Lakeside Roundtable"),
        ("Tomas K. Berg", "President and CEO", "Northern Ferry Owners Association"),
    ]


def test_several_place_levels_before_a_country_give_the_town_and_the_province():
    text = "Firman:\nAsociación Río Claro, Pueblo Hondo, Valle del Sol, Uruguay.\nRed Verde, Villa Clara, Uruguay.\n"
    first = parse_document(text).entries[0]
    assert (first.organization, first.city, first.region, first.country) == (
        "Asociación Río Claro",
        "Pueblo Hondo",
        "Valle del Sol",
        "UY",
    )


def test_descriptions_under_table_rows_that_start_with_an_empty_cell_are_notes():
    text = (
        "Signed by:\n\tLakeside Boat Network - Peru\nA network of boat clubs, founded in 1990.\n"
        "\tRiver Friends Society - Chile\nWorks for clean rivers\n\tHarbour Alliance - Cuba\n"
    )
    assert [e.organization for e in parse_document(text).entries] == [
        "Lakeside Boat Network",
        "River Friends Society",
        "Harbour Alliance",
    ]


def test_a_province_named_alone_before_its_country_is_the_region():
    first = parse_document(
        "Firman:\nAsociación Río Claro, Chubut, Argentina.\nRed Verde, Salta, Argentina.\n"
    ).entries[0]
    assert (first.city, first.region, first.country) == (None, "Chubut", "AR")
