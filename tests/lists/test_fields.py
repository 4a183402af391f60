"""One line's fields: signing on behalf of an organisation, a scope after a dash."""

from undersigned.lists.fields import Context, parse_line


def test_for_the_organisation_then_a_name_gives_both():
    parsed = parse_line("Für den Verein der Bergfreunde Nordtal Georg Albers", Context())
    assert (parsed.person, parsed.organization) == ("Georg Albers", "Verein der Bergfreunde Nordtal")


def test_a_scope_after_a_dash_is_neither_a_country_nor_part_of_the_name():
    parsed = parse_line("Lakeside Boat Network - International", Context())
    assert (parsed.organization, parsed.country) == ("Lakeside Boat Network", None)
    assert parsed.doubts[0].reason == "scope_not_a_country"


def test_an_acronym_and_its_expansion_keep_the_dash_as_printed():
    parsed = parse_line("KLMN- Kuzey Liman Meslek Derneği", Context(org_share=0.9))
    assert parsed.organization == "KLMN- Kuzey Liman Meslek Derneği"


def test_in_a_list_of_organisations_a_name_shaped_line_without_a_given_name_is_one_more():
    parsed = parse_line("Kuzeyli Bisikletliler", Context(org_share=0.7))
    assert parsed.kind == "organization"


def test_a_given_name_spelled_like_a_particle_starts_a_name():
    assert parse_line("Ben Halvorsen", Context()).person == "Ben Halvorsen"


def test_a_phrase_starting_lower_case_after_the_organisation_describes_it():
    parsed = parse_line("Pieter Lind, Lakeside Tools BV, consultancy en advies", Context())
    assert parsed.organization == "Lakeside Tools BV"
    assert any(d.reason == "description_left_out" for d in parsed.doubts)


def test_a_hyphen_before_and_shares_the_word_and_is_no_dash():
    parsed = parse_line("Pieter Lind, Lakeside Tools BV, netwerk- en website beheer", Context())
    assert parsed.organization == "Lakeside Tools BV"


def test_a_piece_that_says_city_of_is_the_city():
    parsed = parse_line("Asociación Taller Verde, ciudad de Villa Sol, Chubut, Argentina", Context())
    assert (parsed.organization, parsed.city, parsed.region) == (
        "Asociación Taller Verde",
        "ciudad de Villa Sol",
        "Chubut",
    )


def test_an_academic_degree_before_a_name_is_left_out_of_name_and_honorific():
    parsed = parse_line("Dipl.-Ing. Jan Roesler, Lakeside Planung KEG", Context())
    assert (parsed.kind, parsed.person, parsed.honorific) == ("individual", "Jan Roesler", None)


def test_a_person_and_her_group_joined_by_and_are_person_and_organisation():
    parsed = parse_line("J. K. Lind & Lakeside Rowing Association", Context())
    assert (parsed.person, parsed.organization) == ("J. K. Lind", "Lakeside Rowing Association")


def test_an_organisation_with_and_in_its_name_is_not_cut():
    parsed = parse_line("Red de Ríos y Lagos del Sur", Context(org_share=0.9))
    assert parsed.organization == "Red de Ríos y Lagos del Sur"
