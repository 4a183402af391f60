"""One line's fields: signing on behalf of an organisation, a scope after a dash."""

from undersigned.lists.fields import Context, parse_line


def test_for_the_organisation_then_a_name_gives_both():
    parsed = parse_line("Für den Verein der Bergfreunde Nordtal Georg Albers", Context())
    assert (parsed.person, parsed.organization) == ("Georg Albers", "Verein der Bergfreunde Nordtal")


def test_a_scope_after_a_dash_is_neither_a_country_nor_part_of_the_name():
    parsed = parse_line("Lakeside Boat Network - International", Context())
    assert (parsed.organization, parsed.country) == ("Lakeside Boat Network", None)
    assert parsed.doubts[0].reason == "scope_not_a_country"
