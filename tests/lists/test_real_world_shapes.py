"""Shapes of real statements and releases: contacts after the list, one-line lists,
pasted columns, Markdown, numbering styles, counts, and country words in other languages."""

import pytest

from undersigned.lists import parse_document, places
from undersigned.lists.fields import Context, parse_line
from undersigned.lists.inline import split_commas, split_semicolons
from undersigned.lists.statement import split_dateline


def fields(text, *names):
    return [tuple(getattr(e, n) for n in names) for e in parse_document(text).entries]


LIST = "Signed by:\n\n1. Acme Trust\n2. Beta Society\n3. Gamma Network\n\n"


# 1. What follows a list and is not a signatory.


@pytest.mark.parametrize(
    "tail",
    [
        "Contact:\nJordan Ellis\n202-555-0143",
        "Press contact\nJordan Ellis, jordan@example.org",
        "Media contact: Jordan Ellis, +1 202-555-0143, jordan@example.org",
        "For more information, contact Jordan Ellis",
        "About Acme Trust\nAcme Trust protects rivers.",
        "Notes to editors\n1. The letter is online.",
        "###",
        "-30-",
        "- ENDS -",
        "Photo: The coalition at City Hall",
        "Logo: https://example.org/logo.png",
        "Related Links\nhttps://example.org",
        "SOURCE Acme Trust",
        "View original content: https://example.org/release",
        "CONTACT: Jordan Ellis, 202-555-0143",
        "Media Inquiries\nJordan Ellis",
        "Contact information\nJordan Ellis",
        "Media:\nJordan Ellis\n202-555-0143",
        "Attachment\nLetter to Congress",
    ],
)
def test_press_release_furniture_ends_the_list(tail):
    assert fields(LIST + tail, "organization") == [("Acme Trust",), ("Beta Society",), ("Gamma Network",)]


def test_a_contact_under_the_list_without_a_heading_is_not_a_signatory():
    text = LIST + "Jordan Ellis\nAcme Trust\n(202) 555-0143\njellis@example.org\n"
    result = parse_document(text)
    assert [e.organization for e in result.entries] == ["Acme Trust", "Beta Society", "Gamma Network"]
    assert any("press contact" in w for w in result.warnings)


def test_a_contact_line_with_a_phone_number_after_the_list_is_left_out():
    text = LIST + "Jordan Ellis, +1 202-555-0143, jellis@example.org\n"
    assert len(parse_document(text).entries) == 3


def test_signatures_that_all_carry_contacts_are_all_kept():
    text = (
        "Sincerely,\n\nJane Roe\nDirector\nAcme Trust\njane@example.org\n\n"
        "John Smith\nChair, Beta Society\n(905) 555-0112\n"
    )
    assert fields(text, "person") == [("Jane Roe",), ("John Smith",)]


def test_an_e_mail_on_the_last_line_of_the_list_keeps_the_signatory():
    text = "Signed by:\n\nJane Roe, Acme Trust, Austin, TX\nKim Roberts, Beta Society, Austin, TX, kim@example.org\n"
    assert fields(text, "person") == [("Jane Roe",), ("Kim Roberts",)]


# 2. Several signatories on one line.


def test_a_semicolon_paragraph_under_its_announcing_line_is_one_entry_each():
    text = "Signatories:\n\nOxfam; Friends of the Earth Europe; Jane Roe (Acme Trust); Beta Society\n"
    assert fields(text, "person", "organization") == [
        (None, "Oxfam"),
        (None, "Friends of the Earth Europe"),
        ("Jane Roe", "Acme Trust"),
        (None, "Beta Society"),
    ]


def test_a_comma_paragraph_of_organisations_under_its_announcing_line_is_split():
    text = "Signed by:\n\nAcme Trust, Beta Society, Gamma Network and the Federation of Delta Fishers\n"
    assert fields(text, "organization") == [
        ("Acme Trust",),
        ("Beta Society",),
        ("Gamma Network",),
        ("Federation of Delta Fishers",),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, Acme Trust, Boston, MA",
        "Jane Doe, Executive Director, Acme Trust",
        "Jane Doe, Acme Trust, Beta Society",
        "Acme, Inc., Boston, MA",
    ],
)
def test_the_fields_of_one_signatory_are_not_split(line):
    assert split_commas(line) is None
    assert len(parse_document(f"Signed by:\n\n{line}\n").entries) == 1


@pytest.mark.parametrize(
    "line", ["Jane Doe; Director; Acme Trust", "Jane Doe; Acme Trust; Beta Society", "Acme Trust; Boston; MA"]
)
def test_semicolons_between_fields_do_not_split(line):
    assert split_semicolons(line) is None


# 3. A town that is also a university.


@pytest.mark.parametrize(
    "line, organization, city",
    [
        ("Jane Doe, Stanford", "Stanford", None),
        ("Jane Doe, Professor of History, Columbia", "Columbia", None),
        ("Jane Doe, Oxford", "Oxford", None),
        ("Jane Doe, Acme Research Trust, Cambridge", "Acme Research Trust", "Cambridge"),
        ("Jane Doe, Cambridge, MA", None, "Cambridge"),
        ("Jane Doe, Oxford, UK", None, "Oxford"),
        ("Jane Doe, Boston", None, "Boston"),
    ],
)
def test_a_university_town_alone_is_the_university(line, organization, city):
    parsed = parse_line(line, Context(heading_kind="individual"))
    assert (parsed.organization, parsed.city) == (organization, city)


# 4. Country words in other languages.


@pytest.mark.parametrize(
    "name, country",
    [
        ("Danmarks Naturfredningsforening", "DK"),
        ("Towarzystwo Przyrodników Polskich", "PL"),
        ("Bund für Umwelt und Naturschutz Deutschland", "DE"),
        ("Türkiye Doğal Hayatı Koruma Vakfı", "TR"),
        ("Plataforma Rural España", "ES"),
        ("Legambiente Italia", "IT"),
        ("Naturskyddsföreningen Sverige", "SE"),
        ("Naturvernforbundet Norge", "NO"),
        ("Suomen luonnonsuojeluliitto", "FI"),
        ("Naturschutzbund Österreich", "AT"),
        ("Pro Natura Schweiz", "CH"),
        ("Natuurmonumenten Nederland", "NL"),
        ("Greenpeace Polska", "PL"),
        ("WWF Ελλάδα", "GR"),
        ("Екологія-Право-Людина Україна", "UA"),
        ("Гринпис Россия", "RU"),
        ("Deutsche Umwelthilfe", "DE"),
        ("Sociedad Española de Ornitología", "ES"),
        ("Fédération des coopératives d'habitation du Québec", "CA"),
        ("Stichting Natuur en Milieu", None),
    ],
)
def test_country_words_in_other_languages_give_the_country_of_an_organisation(name, country):
    parsed = parse_line(name, Context(heading_kind="organization"))
    assert parsed.country == country


def test_a_state_or_province_in_a_name_does_not_make_a_person_an_organisation():
    assert parse_line("Virginia Woolf, Hogarth Press", Context()).kind == "individual"


def test_every_endonym_in_the_table_names_its_country():
    # Our own table is the contract; babel's spelling of a country may change between releases.
    for name, code in places._ENDONYMS.items():
        assert places.country_code(name) == code, name


def test_a_country_in_parentheses_after_a_persons_affiliation_is_where_they_are():
    text = "Signed,\n\nMaria Rossi — Legambiente (Italy)\nJohan Andersson — Naturskyddsföreningen (Sweden)\n"
    assert fields(text, "person", "organization", "country") == [
        ("Maria Rossi", "Legambiente", "IT"),
        ("Johan Andersson", "Naturskyddsföreningen", "SE"),
    ]


# 5. Layouts.


@pytest.mark.parametrize("style", ["{n}. ", "{n}) ", "({n}) ", "{n} - ", "[{n}] ", "{n}.\t"])
def test_numbering_styles(style):
    body = "".join(style.format(n=n) + org + "\n" for n, org in enumerate(["Acme Trust", "Beta Society"], 1))
    assert fields("Signed by:\n\n" + body, "number", "organization") == [
        (1, "Acme Trust"),
        (2, "Beta Society"),
    ]


def test_roman_numeral_headings_label_their_groups():
    text = (
        "Signed by:\n\nI. ORGANIZATIONS\n\n1. Acme Trust\n2. Beta Society\n\n"
        "II. Individuals\n\n3. Jane Roe, Acme Trust\n"
    )
    assert fields(text, "group", "group_label", "kind") == [
        (1, "ORGANIZATIONS", "organization"),
        (1, "ORGANIZATIONS", "organization"),
        (2, "Individuals", "individual"),
    ]


def test_markdown_headings_bold_and_bullets():
    text = (
        "# Joint statement\n\nWe ask for a thing.\n\n## Signatories\n\n**Organizations**\n\n"
        "- **Acme Trust**\n- Beta Society\n\n**Individuals**\n\n- **Dr. Jane Roe**, Acme Trust\n"
    )
    result = parse_document(text)
    assert result.statement.title == "Joint statement"
    assert [(e.group_label, e.person, e.organization) for e in result.entries] == [
        ("Organizations", None, "Acme Trust"),
        ("Organizations", None, "Beta Society"),
        ("Individuals", "Jane Roe", "Acme Trust"),
    ]


def test_two_columns_pasted_with_tabs_are_one_entry_a_cell():
    text = "Signed by:\n\nAcme Trust\tBeta Society\nGamma Network\tDelta Fishers Union\nEpsilon Club\t\n"
    assert fields(text, "organization") == [
        ("Acme Trust",),
        ("Beta Society",),
        ("Gamma Network",),
        ("Delta Fishers Union",),
        ("Epsilon Club",),
    ]


def test_a_spreadsheet_row_pasted_with_tabs_is_one_signatory():
    text = "Signed by:\n\nJane Roe\tDirector\tAcme Trust\tBoston, MA\nJohn Smith\tChair\tBeta Society\tAustin, TX\n"
    assert fields(text, "person", "title", "organization", "city", "region") == [
        ("Jane Roe", "Director", "Acme Trust", "Boston", "MA"),
        ("John Smith", "Chair", "Beta Society", "Austin", "TX"),
    ]


def test_a_markdown_table_is_read_row_by_row():
    text = "Signed by:\n\n| Name | Organization |\n|---|---|\n| Jane Roe | Acme Trust |\n| John Smith | Beta Society |\n"
    assert fields(text, "person", "organization") == [
        ("Jane Roe", "Acme Trust"),
        ("John Smith", "Beta Society"),
    ]


def test_count_and_date_lines_are_not_entries():
    text = LIST.rstrip() + "\n\nSignatures as of March 3, 2025: 1,234\nLast updated 4 March 2025\n"
    result = parse_document(text)
    assert len(result.entries) == 3
    assert any("counts or dates" in w for w in result.warnings)


def test_an_announcing_line_after_an_unannounced_list_starts_a_second_group():
    text = (
        "We ask for a thing that matters a great deal to all of us, and we say so now.\n\n"
        "1. Acme Trust\n2. Beta Society\n\nAlso endorsed by:\n\nGamma Network; Delta Fishers Union; Epsilon Club\n"
    )
    assert fields(text, "number", "group", "organization") == [
        (1, 1, "Acme Trust"),
        (2, 1, "Beta Society"),
        (None, 2, "Gamma Network"),
        (None, 2, "Delta Fishers Union"),
        (None, 2, "Epsilon Club"),
    ]


@pytest.mark.parametrize(
    "paragraph, dateline",
    [
        ("NEW YORK--(BUSINESS WIRE)--Groups today sent a letter.", "NEW YORK--(BUSINESS WIRE)"),
        (
            "OTTAWA, Ontario, Jan. 5, 2026 (GLOBE NEWSWIRE) -- Groups today sent a letter.",
            "OTTAWA, Ontario, Jan. 5, 2026 (GLOBE NEWSWIRE)",
        ),
        (
            "WASHINGTON, DC, UNITED STATES, March 3, 2025 /EINPresswire.com/ -- Groups today",
            "WASHINGTON, DC, UNITED STATES, March 3, 2025 /EINPresswire.com/",
        ),
    ],
)
def test_wire_datelines(paragraph, dateline):
    assert split_dateline(paragraph)[0] == dateline


def test_a_place_in_parentheses_after_an_organisation_is_its_city_and_state():
    text = "Sincerely,\n\n• Feeding America (Chicago, IL)\n• Food Research & Action Center (Washington, DC)\n"
    assert fields(text, "kind", "organization", "city", "region") == [
        ("organization", "Feeding America", "Chicago", "IL"),
        ("organization", "Food Research & Action Center", "Washington", "DC"),
    ]


def test_affiliation_and_country_in_parentheses_after_a_name():
    text = "Signatories\n\n1. Prof. Sylvia Earle (Mission Blue, USA)\n2. Dr. Jean Dupont (IFREMER, France)\n"
    assert fields(text, "person", "organization", "country") == [
        ("Sylvia Earle", "Mission Blue", "US"),
        ("Jean Dupont", "IFREMER", "FR"),
    ]


def test_footnote_marks_and_identification_notes_are_not_signatories():
    text = (
        "Sincerely,\n\n• Bread for the World\n• Alliance to End Hunger*\n\n"
        "* Organization listed for identification purposes only.\n"
    )
    result = parse_document(text)
    assert [e.organization for e in result.entries] == ["Bread for the World", "Alliance to End Hunger"]
    assert any("identification" in w for w in result.warnings)


def test_a_campus_after_an_institution_is_part_of_the_affiliation_not_a_town():
    parsed = parse_line(
        "Emily Chen, PhD Candidate, Scripps Institution of Oceanography, UC San Diego, USA", Context()
    )
    assert (parsed.organization, parsed.city, parsed.country) == (
        "Scripps Institution of Oceanography, UC San Diego",
        None,
        "US",
    )


def test_a_table_pasted_with_bars_and_a_header_row():
    text = "We support the Fair Pay Act and urge its passage.\n\nName | Organization | City\nJane Roe | Acme Trust | Boston\nJohn Smith | Beta Society | Austin\n"
    assert fields(text, "person", "organization", "city") == [
        ("Jane Roe", "Acme Trust", "Boston"),
        ("John Smith", "Beta Society", "Austin"),
    ]


def test_a_state_at_the_end_of_a_two_word_name_makes_it_an_organisation():
    text = "Signers include:\n\nSEIU California\nHealth Access California\nConsumer Watchdog\n"
    assert fields(text, "kind") == [("organization",)] * 3


def test_numbers_written_tightly_and_headings_with_an_order_note():
    text = (
        "Organizational signers (listed alphabetically):\n\n1.Acme Outdoor Gear\n2- Blue Harbor Capital\n"
        "3 — Patagonia\n"
    )
    assert fields(text, "number", "group_label", "organization") == [
        (1, "Organizational signers", "Acme Outdoor Gear"),
        (2, "Organizational signers", "Blue Harbor Capital"),
        (3, "Organizational signers", "Patagonia"),
    ]


def test_a_typed_signature_mark_and_a_business_title():
    text = (
        "Sincerely,\n\n/s/ Robert Green, CEO, Greenline Foods\n"
        "Dr. Priya Natarajan, Chief Sustainability Officer, Natura &Co, São Paulo, Brazil\n"
    )
    assert fields(text, "person", "title", "organization", "country") == [
        ("Robert Green", "CEO", "Greenline Foods", None),
        ("Priya Natarajan", "Chief Sustainability Officer", "Natura &Co", "BR"),
    ]


def test_the_statement_saying_who_signs_decides_bare_names():
    text = (
        "We, the undersigned businesses, urge the agency to finalize the rule.\n\nSigned,\n\n"
        "Eileen Fisher, Irvington, NY\nSeventh Generation, Burlington, VT\nDr. Jane Roe, Irvington, NY\n"
    )
    assert fields(text, "kind", "person", "organization") == [
        ("organization", None, "Eileen Fisher"),
        ("organization", None, "Seventh Generation"),
        ("individual", "Jane Roe", None),
    ]


def test_announcing_lines_and_headings_in_other_languages():
    text = (
        "Déclaration commune\n\nNous demandons au gouvernement de retirer le projet de loi sans délai.\n\n"
        "Organisations signataires :\n\nAttac France\nGreenpeace France\n\nPersonnalités :\n\n"
        "Jean Dupont, sociologue\n"
    )
    result = parse_document(text)
    assert result.warnings == []
    assert [(e.group_label, e.kind, e.person, e.title, e.country) for e in result.entries] == [
        ("Organisations signataires", "organization", None, None, "FR"),
        ("Organisations signataires", "organization", None, None, "FR"),
        ("Personnalités", "individual", "Jean Dupont", "sociologue", None),
    ]


def test_a_hard_wrapped_sentence_ending_in_a_comma_does_not_announce_the_list():
    text = (
        "Groups today called on the ministers to act.\n\n"
        "We, the undersigned community associations, federations and citizens,\n"
        "live along rivers that do not stop at borders.\n\n"
        "Signed by:\n\nAcme Trust\nBeta Society\n\n"
        "The numbered list of all signatories:\nhttps://example.org/s/rivers/signatories/\n"
    )
    assert fields(text, "organization") == [("Acme Trust",), ("Beta Society",)]


def test_the_place_of_an_organisation_before_the_dash_of_its_representative():
    text = (
        "Signed by:\n\nGermany\nFederation of River Associations in Germany, Berlin – Sabine Krüger, Chair\n"
        "Czechia\nSouth Bohemian Ponds Heritage Circle, Třeboň – Petr Dvořák, Head\n"
        "Austria\nDanube Wetlands Network Lower Austria, Tulln\n"
    )
    assert fields(text, "organization", "person", "title", "city", "country") == [
        ("Federation of River Associations in Germany", "Sabine Krüger", "Chair", "Berlin", "DE"),
        ("South Bohemian Ponds Heritage Circle", "Petr Dvořák", "Head", "Třeboň", "CZ"),
        ("Danube Wetlands Network Lower Austria", None, None, "Tulln", "AT"),
    ]


@pytest.mark.parametrize(
    "line, person, organization",
    [
        ("Jane Doe, Acme Trust (in a personal capacity)", "Jane Doe", "Acme Trust"),
        ("John Smith (personal capacity)", "John Smith", None),
        ("Ann Lee, Beta Society, signing in a personal capacity", "Ann Lee", "Beta Society"),
        ("Ann Lee, Beta Society, for identification purposes only", "Ann Lee", "Beta Society"),
        ("Jane Roe (WWF)", "Jane Roe", "WWF"),
    ],
)
def test_capacity_notes_are_not_fields(line, person, organization):
    (entry,) = parse_document(f"Yours faithfully,\n\n{line}\n").entries
    assert (entry.kind, entry.person, entry.organization) == ("individual", person, organization)


def test_legislators_party_and_state_and_peers():
    text = "Signed,\n\nSen. Ed Markey (D-MA)\nRep. Pramila Jayapal (WA-07)\nBaroness Jones of Moulsecoomb\n"
    assert fields(text, "kind", "honorific", "person", "region", "country") == [
        ("individual", "Sen.", "Ed Markey", "MA", "US"),
        ("individual", "Rep.", "Pramila Jayapal", "WA", "US"),
        ("individual", "Baroness", "Jones of Moulsecoomb", None, None),
    ]


def test_an_organisation_followed_by_its_own_initials_stays_whole():
    assert fields("Signed by:\n\nBlue Planet (BP)\nAcme Trust\n", "organization")[0] == ("Blue Planet (BP)",)
