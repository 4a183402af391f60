"""What follows an organisation's name: a legal form closes it; a town, then what the organisation does."""

from undersigned.lists.fields import Context, parse_line


def test_a_legal_form_closes_the_company_name_and_a_description_after_it_is_left_out():
    parsed = parse_line("Tarn Veld, Okkerlo Systems GmbH, Full service web bureau", Context(people_share=0.9))
    assert (parsed.person, parsed.organization) == ("Tarn Veld", "Okkerlo Systems GmbH")
    assert any(d.reason == "description_left_out" for d in parsed.doubts)


def test_a_town_after_a_closed_company_name_is_the_city_even_before_more_text():
    parsed = parse_line("Tarn Veld, Okkerlo Systems BV, Utrecht, Genomineerd voor een prijs", Context())
    assert (parsed.organization, parsed.city) == ("Okkerlo Systems BV", "Utrecht")


def test_a_town_then_a_lower_case_description_ends_the_organisation():
    parsed = parse_line("Tarn Veld, Okkerlo, Lyon, conseil en informatique, Acme", Context())
    assert (parsed.organization, parsed.city) == ("Okkerlo", "Lyon")


def test_a_representative_after_a_company_is_kept():
    parsed = parse_line("Okkerlo Systems Ltd – Orlanda Vesk", Context())
    assert (parsed.organization, parsed.person) == ("Okkerlo Systems Ltd", "Orlanda Vesk")


def test_an_expansion_after_the_dash_stays_in_the_name():
    parsed = parse_line("OKV e.V. – Verein für offene Karten", Context(org_share=0.9))
    assert parsed.organization == "OKV e.V. – Verein für offene Karten"


def test_a_web_address_ends_the_name_and_what_follows_describes_it():
    parsed = parse_line(
        "Okkerlo, www.okkerlo.example, Webdesign en hosting voor het MKB", Context(org_share=0.9)
    )
    assert (parsed.kind, parsed.organization) == ("organization", "Okkerlo")


def test_after_a_person_and_an_address_a_description_is_no_title_and_the_town_stays():
    parsed = parse_line("Anna Veld, https://annaveld.example, Software en advies, Utrecht", Context())
    assert (parsed.person, parsed.title, parsed.organization, parsed.city) == (
        "Anna Veld",
        None,
        None,
        "Utrecht",
    )


def test_an_address_between_two_dashes_leaves_one_dash():
    parsed = parse_line("Anna Veld, Okkerlo - http://okkerlo.example/ - web consultancy", Context())
    assert parsed.organization == "Okkerlo"


def test_a_street_and_postcode_are_the_place_never_the_organisation():
    parsed = parse_line("Okkerlo Advies, Lindelaan 12, 10115 Berlin", Context(org_share=0.9))
    assert (parsed.organization, parsed.city) == ("Okkerlo Advies", "Berlin")


def test_a_town_joined_by_the_dash_to_the_postcodes_town_is_one_municipality():
    parsed = parse_line("Okkerlo, Lindelaan 12, 2265 AB Oostdorp - Westdorp", Context(org_share=0.9))
    assert (parsed.organization, parsed.city) == ("Okkerlo", "Oostdorp - Westdorp")


def test_a_number_and_a_word_alone_stay_a_name():
    parsed = parse_line("Okkerlo Trust, 2030 Vision", Context(org_share=0.9))
    assert "2030 Vision" in parsed.organization
