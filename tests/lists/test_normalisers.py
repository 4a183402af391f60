"""Edge-case tables for each field normaliser, one behaviour per test."""

import pytest

from undersigned.lists import duplicates, honorifics, names, orgs, places, roles
from undersigned.lists.fields import Context, parse_line, pieces, tidy
from undersigned.lists.lines import heading_of, is_list_marker, is_prose, is_trailing_start, strip_numbering


@pytest.mark.parametrize(
    "written, honorific, rest",
    [
        ("Dr Grace Liu", "Dr.", "Grace Liu"),
        ("Dr. Grace Liu", "Dr.", "Grace Liu"),
        ("Rev.Thomas Whitfield", "Rev.", "Thomas Whitfield"),
        ("Prof Daniel Brennan", "Prof.", "Daniel Brennan"),
        ("Professor Daniel Brennan", "Prof.", "Daniel Brennan"),
        ("Rev. Dr. Samuel Okoye", "Rev. Dr.", "Samuel Okoye"),
        ("Ms. Laura Kim", "Ms.", "Laura Kim"),
        ("Rabbi Sarah Cohen", "Rabbi", "Sarah Cohen"),
        ("Grace Liu", None, "Grace Liu"),
        ("Drew Barrymore", None, "Drew Barrymore"),
    ],
)
def test_it_splits_and_normalises_honorifics(written, honorific, rest):
    assert honorifics.split_honorific(written) == (honorific, rest)


@pytest.mark.parametrize(
    "written, name, letters",
    [
        ("Jane Roe PhD", "Jane Roe", ["Ph.D."]),
        ("Jane Roe, Ph.D.", "Jane Roe", ["Ph.D."]),
        ("John Smith Jr.", "John Smith Jr.", []),
        ("Sarah Goldberg MD MPH", "Sarah Goldberg", ["M.D.", "MPH"]),
    ],
)
def test_it_takes_degrees_off_names_but_keeps_generations(written, name, letters):
    assert honorifics.split_postnominals(written) == (name, letters)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IL", ("IL", "US")),
        ("Illinois", ("IL", "US")),
        ("Ill.", ("IL", "US")),
        ("D.C.", ("DC", "US")),
        ("ON", ("ON", "CA")),
        ("Ontario", ("ON", "CA")),
        ("in", None),
        ("Il", None),
        ("Chicago", None),
    ],
)
def test_it_reads_us_states_and_canadian_provinces(text, expected):
    assert places.region_code(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany", "DE"),
        ("the Netherlands", "NL"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("UK", "GB"),
        ("South Korea", "KR"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Myanmar", "MM"),
        ("Chad", None),
        ("Jordan", None),
        ("Atlantis", None),
    ],
)
def test_it_reads_country_names_but_not_first_names(text, expected):
    assert places.country_code(text) == expected


@pytest.mark.parametrize(
    "segment, city, region, country",
    [
        ("Washington DC", "Washington", "DC", "US"),
        ("Chicago IL", "Chicago", "IL", "US"),
        ("Germany", None, None, "DE"),
        ("Minnesota", None, "MN", "US"),
    ],
)
def test_it_reads_whole_place_segments(segment, city, region, country):
    assert places.parse_place(segment) == places.Place(city=city, region=region, country=country)


@pytest.mark.parametrize(
    "name, country",
    [
        ("Federation of Wetland Friends in Portugal", "PT"),
        ("Green Delta Union of Austria", "AT"),
        ("Kenya Mangrove Network", "KE"),
        ("Friends of the Florida Public Library System", "US"),
        ("Thai Fisherfolk Federation", "TH"),
        ("Canadian Rural Physicians Association", "CA"),
        ("Council of Nordic Marsh Associations (Sweden, Norway, Denmark)", None),
        ("Scandinavian Seed Savers Network", None),
        ("Board of the North American Wetland Alliance", None),
        ("European Coordination Via Campesina", None),
        ("Mombasa Birdwatchers’ Club", None),
        ("Jersey City Tenants Union", None),
        ("New Jersey Tenants Union", "US"),
        ("Asian American Families for Libraries", "US"),
    ],
)
def test_it_infers_a_country_only_from_explicit_names_in_an_organisation(name, country):
    assert places.infer_country(name)[0] == country


def test_it_warns_when_an_organisation_names_two_countries():
    assert places.infer_country("Kenya-Uganda Border Traders")[1] == "several countries are named: KE, UG"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Executive Director", True),
        ("Chair", True),
        ("Professor of Hydrology", True),
        ("Chair of the Board", True),
        ("independent researcher", True),
        ("Senior Citizens Alliance", False),
        ("Federation of Wetland Friends", False),
        ("Board of the North American Wetland Alliance", False),
    ],
)
def test_it_recognises_roles(text, expected):
    assert roles.is_role(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chairman of the Fishers' Solidarity Union", ("Chairman", "Fishers' Solidarity Union")),
        ('Head of "Green Mekong" Center', ("Head", '"Green Mekong" Center')),
        ("Director at Acme Foundation", ("Director", "Acme Foundation")),
        (
            "a graduate student in Information Science at the University of Illinois",
            (None, "University of Illinois"),
        ),
        ("Professor of History", None),
        ("Federation of Wetland Friends in Portugal", None),
    ],
)
def test_it_splits_role_of_organisation_phrases(text, expected):
    assert roles.split_role(text, orgs.looks_like_org) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Southside Readers Circle"', "Southside Readers Circle"),
        ('"Sundarbans Watch" Public Union', '"Sundarbans Watch" Public Union'),
        ("Mehta Consulting, LLC.", "Mehta Consulting, LLC."),
        ("Friends of the Library.", "Friends of the Library"),
        ("Acme  Foundation ,", "Acme Foundation"),
    ],
)
def test_it_cleans_organisation_names(text, expected):
    assert orgs.clean_org(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maya Okafor", 2),
        ("Dr. Grace Liu", 2),
        ("John F. Kennedy", 2),
        ("Ludwig van Beethoven", 2),
        ("Kenya Mangrove Network", 0),
        ("Khulna Youth for Mangroves", 0),
        ("ACLU", 0),
        ("Jane Roe, PhD", 2),
        ("Riverside, CA", 0),
        ("Green Delta", 1),
    ],
)
def test_it_scores_how_much_a_phrase_reads_as_a_personal_name(text, expected):
    assert names.person_score(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Arjun Mehta, Mehta Consulting, LLC", ["Arjun Mehta", "Mehta Consulting, LLC"]),
        ("Acme GmbH, Berlin", ["Acme GmbH", "Berlin"]),
        (
            "Lucia Ferreira. Friends of the Pilsen Branch Library. Chicago, IL",
            ["Lucia Ferreira", "Friends of the Pilsen Branch Library", "Chicago", "IL"],
        ),
        ("Prof. Daniel Brennan, St. Louis", ["Prof. Daniel Brennan", "St. Louis"]),
        ("Council (Sweden, Norway)", ["Council (Sweden, Norway)"]),
        ('"Reed, Rush" Society', ['"Reed, Rush" Society']),
        ("Mid-State University", ["Mid-State University"]),
    ],
)
def test_it_cuts_lines_at_separators_but_not_inside_names(text, expected):
    assert pieces(text)[0] == expected


def test_it_removes_spaces_before_commas_and_a_final_full_stop():
    assert tidy("Dr Grace Liu , Acme Trust , Boston, MA.") == "Dr Grace Liu, Acme Trust, Boston, MA"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("12. Acme", (12, False, "Acme")),
        ("1) Acme", (1, False, "Acme")),
        ("(3) Acme", (3, False, "Acme")),
        ("• Acme", (None, True, "Acme")),
        ("- Acme", (None, True, "Acme")),
        ("* Acme", (None, True, "Acme")),
        ("350.org", (None, False, "350.org")),
        ("3M Company", (None, False, "3M Company")),
    ],
)
def test_it_strips_numbers_and_bullets(line, expected):
    assert strip_numbering(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Signed by:", True),
        ("Submitted by,", True),
        ("Signatories", True),
        ("Sincerely,", True),
        ("Endorsed by the following organizations and individuals:", True),
        ("We, the undersigned organizations, call on the governments to act now.", False),
        ("Signed Sealed Delivered Records", False),
    ],
)
def test_it_recognises_lines_that_announce_the_list(line, expected):
    assert is_list_marker(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("View original content:https://example.org", True),
        ("SOURCE Rural Health Alliance", True),
        ("###", True),
        ("Media contact:", True),
        ("jane@example.org", True),
        ("(202) 555-0143", True),
        ("For more information, contact us.", True),
        ("Source Water Protection Alliance", False),
        ("Visiting Nurses Association", False),
    ],
)
def test_it_recognises_trailing_press_release_matter(line, expected):
    assert is_trailing_start(line) is expected


@pytest.mark.parametrize(
    "line, label, kind, country",
    [
        ("Organizations", "Organizations", "organization", None),
        ("INDIVIDUALS (12)", "INDIVIDUALS", "individual", None),
        ("Germany", "Germany", None, "DE"),
        ("United States:", "United States", None, "US"),
        ("Latin America", "Latin America", None, None),
    ],
)
def test_it_reads_group_headings(line, label, kind, country):
    assert heading_of(line) == type(heading_of("Germany"))(label=label, kind=kind, country=country)


def test_it_does_not_take_an_organisation_for_a_heading():
    assert heading_of("Greenpeace") is None


def test_it_tells_prose_from_entries():
    assert is_prose("We ask the council to restore weekend opening hours at all branch libraries.")
    assert not is_prose("Jane Doe, retired school teacher and member of the parish council, Leeds")


@pytest.mark.parametrize(
    "line, kind, person, title, organization",
    [
        ("Acme Foundation – Jane Doe, Director", "organization", "Jane Doe", "Director", "Acme Foundation"),
        ("Acme Foundation- Jane Doe", "organization", "Jane Doe", None, "Acme Foundation"),
        ("Jane Doe – Director, Acme Foundation", "individual", "Jane Doe", "Director", "Acme Foundation"),
        ("Jane Doe (Acme Foundation)", "individual", "Jane Doe", None, "Acme Foundation"),
        ("Chair of the Tana River Cooperative", "organization", None, "Chair", "Tana River Cooperative"),
    ],
)
def test_it_reads_the_common_entry_shapes(line, kind, person, title, organization):
    fields = parse_line(line, Context())
    assert (fields.kind, fields.person, fields.title, fields.organization) == (
        kind,
        person,
        title,
        organization,
    )


def test_it_takes_a_group_heading_country_when_the_line_has_none():
    assert parse_line("Acme Foundation", Context(heading_country="KE")).country == "KE"


def test_it_does_not_infer_a_persons_country_from_their_employer():
    assert parse_line("Samuel Osei, University of Illinois", Context()).country is None


@pytest.mark.parametrize(
    "a, b, exact",
    [
        (("Tomas Berger.", "“Reed & Rush” Society"), ("tomas berger", '"Reed & Rush" Society'), True),
        (
            (None, "Dhaka University, Wetland Ecology Society"),
            (None, "Dhaka University Wetland Ecology Society"),
            False,
        ),
        (
            ("Ingrid Solberg", "University of Minnesota-Duluth"),
            ("Ingrid Solberg", "University of Minnesota Duluth"),
            True,
        ),
    ],
)
def test_exact_duplicates_ignore_case_quotes_and_punctuation_but_not_commas(a, b, exact):
    from types import SimpleNamespace

    left = SimpleNamespace(person=a[0], organization=a[1])
    right = SimpleNamespace(person=b[0], organization=b[1])
    assert (duplicates.exact_key(left) == duplicates.exact_key(right)) is exact


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rotterdam", True),
        ("Kuala Lumpur", True),
        ("Sevilla", True),
        ("Seville", True),
        ("St. Louis", True),
        ("Union", False),
        ("Green", False),
        ("Executive Director", False),
        ("Maya Okafor", False),
        ("berlin", False),
    ],
)
def test_it_knows_city_names_from_the_gazetteer(text, expected):
    from undersigned.lists import gazetteer

    assert gazetteer.is_city(text) is expected


@pytest.mark.parametrize(
    "segment, city, region, country",
    [
        ("Bristol BS5 6XJ", "Bristol", None, "GB"),
        ("BS5 6XJ", None, None, "GB"),
        ("West Yorkshire", None, "West Yorkshire", "GB"),
        ("TX 78701", None, "TX", "US"),
        ("Austin TX 78701", "Austin", "TX", "US"),
        ("Nova Scotia", None, "NS", "CA"),
    ],
)
def test_it_reads_postcodes_zip_codes_and_counties(segment, city, region, country):
    assert places.parse_place(segment) == places.Place(city=city, region=region, country=country)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Roberts, Acme Trust, kim@example.org, Austin, TX", "Kim Roberts, Acme Trust, Austin, TX"),
        ("Kenya Climate Network – info@kcn.example.ke", "Kenya Climate Network"),
        ("Acme Trust, www.acme.example.org", "Acme Trust"),
        ("Jane Doe, Acme Trust, Tel: +44 20 7946 0958", "Jane Doe, Acme Trust"),
        ("SEIU Local 1199, 350.org", "SEIU Local 1199, 350.org"),
    ],
)
def test_it_strips_contact_details_from_entries(text, expected):
    from undersigned.lists.cutting import strip_contacts

    assert strip_contacts(text) == expected


@pytest.mark.parametrize(
    "piece, expected",
    [
        ("Jane Doe (Acme Foundation)", ["Jane Doe", "Acme Foundation"]),
        ("Priya Natarajan (Chair)", ["Priya Natarajan", "Chair"]),
        ("Federation of Oyster Exchanges (FOX)", ["Federation of Oyster Exchanges (FOX)"]),
        ("Deutsche Umwelthilfe (DUH)", ["Deutsche Umwelthilfe (DUH)"]),
        ("Comité de Défense des Marais (France)", ["Comité de Défense des Marais (France)"]),
    ],
)
def test_it_opens_a_parenthesis_only_after_a_personal_name(piece, expected):
    from undersigned.lists.cutting import open_parenthesis

    assert open_parenthesis(piece) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ali Yılmaz", 2),
        ("Γιώργος Παπαδόπουλος", 2),
        ("Ольга Иванова-Петрова", 2),
        ("Nour al-Hassan", 2),
        ("Ahmad bin Yusof", 2),
        ("Siobhán de la Cruz", 2),
        ("Danmarks Naturfredningsforening", 0),
        ("Ελληνικό Δίκτυο για το Κλίμα", 0),
    ],
)
def test_it_reads_names_in_any_script_and_with_particles(text, expected):
    assert names.person_score(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("… and more than 200 individuals", True),
        ("and 312 local residents", True),
        ("... and 38 more organisations", True),
        ("and others", True),
        ("plus 45 more", True),
        ("Andrew Moore", False),
        ("Anderson Family Trust", False),
        ("1. And Then There Were None Theatre", False),
    ],
)
def test_it_recognises_counts_of_further_signers(line, expected):
    from undersigned.lists.lines import is_tally

    assert is_tally(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("jane@example.org", True),
        ("Tel: (905) 555-0112", True),
        ("www.example.ca", True),
        ("350.org", False),
        ("Jane Doe", False),
    ],
)
def test_it_recognises_contact_detail_lines(line, expected):
    from undersigned.lists.lines import is_contact_detail

    assert is_contact_detail(line) is expected


@pytest.mark.parametrize(
    "line, kind, person, title, organization, city, country",
    [
        (
            "Föderation der Volksvereine Berlin – Ali Yılmaz, Vorsitzender",
            "organization",
            "Ali Yılmaz",
            "Vorsitzender",
            "Föderation der Volksvereine Berlin",
            None,
            None,
        ),
        (
            "Związek Nauczycieli - Katarzyna Wiśniewska (Prezes)",
            "organization",
            "Katarzyna Wiśniewska",
            "Prezes",
            "Związek Nauczycieli",
            None,
            None,
        ),
        (
            "Prof. Claire Dubois, Sorbonne Université, Paris",
            "individual",
            "Claire Dubois",
            None,
            "Sorbonne Université",
            "Paris",
            None,
        ),
        (
            "Stichting Samen Sterk, Rotterdam",
            "organization",
            None,
            None,
            "Stichting Samen Sterk",
            "Rotterdam",
            None,
        ),
        ("Jane Doe, Berlin", "individual", "Jane Doe", None, None, "Berlin", None),
        ("Mombasa Birdwatchers’ Club", "organization", None, None, "Mombasa Birdwatchers’ Club", None, None),
        (
            "Dr. Hans van der Berg – Senior Researcher, Wageningen University, Netherlands",
            "individual",
            "Hans van der Berg",
            "Senior Researcher",
            "Wageningen University",
            None,
            "NL",
        ),
        (
            "Jane Doe – Koordinatorin, Netzwerk Wasser, Germany",
            "individual",
            "Jane Doe",
            "Koordinatorin",
            "Netzwerk Wasser",
            None,
            "DE",
        ),
        (
            "Comité de Défense des Marais (France)",
            "organization",
            None,
            None,
            "Comité de Défense des Marais (France)",
            None,
            "FR",
        ),
        (
            "Danmarks Naturfredningsforening",
            "organization",
            None,
            None,
            "Danmarks Naturfredningsforening",
            None,
            "DK",
        ),
    ],
)
def test_it_reads_international_entry_shapes(line, kind, person, title, organization, city, country):
    f = parse_line(line, Context())
    assert (f.kind, f.person, f.title, f.organization, f.city, f.country) == (
        kind,
        person,
        title,
        organization,
        city,
        country,
    )


def test_a_subtitle_with_a_date_is_not_a_dateline():
    from undersigned.lists.statement import split_dateline

    assert split_dateline("A statement by European and African civil society, 4 June 2025")[0] is None
    assert split_dateline("ST. PAUL, Minn., May 6, 2025 -- Text")[0] == "ST. PAUL, Minn., May 6, 2025"


def test_an_initial_glued_to_the_surname_reads_as_a_name():
    parsed = parse_line("J.Okafor, Lindelaan Media", Context())
    assert (parsed.kind, parsed.person, parsed.organization) == ("individual", "J.Okafor", "Lindelaan Media")
