"""Shapes that publishing tools print: newswire status lines, roles after names, status notes."""

import pytest

from undersigned.lists import parse_document
from undersigned.lists.fields import Context, parse_line
from undersigned.lists.statement import read_statement

LIST = "Signed by:\n\nAcme Trust, Berlin\nBeta Society, Hamburg\n"


# 1. The headline of a newswire release, under its status line.


@pytest.mark.parametrize(
    "status",
    [
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release",
        "HOLD FOR RELEASE until Sept. 5, 2025, 9 a.m. CEST (07:00 UTC)",
        "EMBARGOED UNTIL 00:01 GMT, 5 June 2025",
        "Embargoed until Thursday 5 June, 00:01 BST",
        "NEWS RELEASE",
        "PRESS RELEASE",
        "Press release – 4 March 2025",
        "MEDIA ADVISORY",
        "Communiqué de presse",
    ],
)
def test_a_status_line_is_not_the_title(status):
    text = (
        f"{status}\n\nRiver groups ask ministers to open their data\n\nGroups call for open data.\n\n" + LIST
    )
    statement = parse_document(text).statement
    assert statement.title == "River groups ask ministers to open their data"
    assert status not in statement.body


def test_a_status_line_right_above_the_headline_is_not_the_title():
    lines = ["FOR IMMEDIATE RELEASE", "Groups Urge Council to Keep Libraries Open", "", "Groups call for it."]
    assert read_statement(lines).title == "Groups Urge Council to Keep Libraries Open"


def test_a_subheadline_under_the_headline_is_body():
    lines = [
        "FOR IMMEDIATE RELEASE",
        "",
        "River groups from nine countries ask water ministers to open their data",
        "Federations, anglers, rowers and scientists sign a joint statement on",
        "cross-border rivers",
        "",
        "VIENNA, Nov. 25, 2026 -- 56 organizations today called on the ministers.",
    ]
    statement = read_statement(lines)
    assert statement.title == "River groups from nine countries ask water ministers to open their data"
    assert statement.dateline == "VIENNA, Nov. 25, 2026"
    assert statement.body.startswith("Federations, anglers, rowers and scientists sign")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Groups ask water ministers to open", "their river data", "", "Text."],
            "Groups ask water ministers to open their river data",
        ),
        (
            ["Joint Statement:", "Keep the Oder River Alive", "", "Text."],
            "Joint Statement: Keep the Oder River Alive",
        ),
        (
            ["Utilities Urge Congress to Pass", "Grid Permitting Reform", "", "Text."],
            "Utilities Urge Congress to Pass Grid Permitting Reform",
        ),
    ],
)
def test_a_wrapped_headline_stays_whole(lines, title):
    assert read_statement(lines).title == title


# 2. What follows a person's name: their role, then their affiliation.


def line(text, **context):
    return parse_line(text, Context(**context))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Katrin Schulz, Hydrologist, University of Leipzig, Leipzig",
            ("Katrin Schulz", "Dr.", "Hydrologist", "University of Leipzig", "Leipzig"),
        ),
        ("Jan Visser, Ferry operator, Dordrecht", ("Jan Visser", None, "Ferry operator", None, "Dordrecht")),
        ("Nicole Keller, Journalist, Basel", ("Nicole Keller", None, "Journalist", None, "Basel")),
        ("László Nagy, Fisherman, Baja", ("László Nagy", None, "Fisherman", None, "Baja")),
        (
            "Marta Wiśniewska, Student, University of Warsaw, Warsaw",
            ("Marta Wiśniewska", None, "Student", "University of Warsaw", "Warsaw"),
        ),
        (
            "Jane Roe, Water Quality Lead, Acme Institute, Denver, CO",
            ("Jane Roe", None, "Water Quality Lead", "Acme Institute", "Denver"),
        ),
        (
            "Jane Roe, Head Chef, River Kitchen Collective, Leeds",
            ("Jane Roe", None, "Head Chef", "River Kitchen Collective", "Leeds"),
        ),
        # An organisation word keeps the piece in the affiliation.
        (
            "Jane Roe, Oxfam, London",
            ("Jane Roe", None, None, "Oxfam", "London"),
        ),
        (
            "Jane Roe, Friends of the Earth, University of Leeds, Leeds",
            ("Jane Roe", None, None, "Friends of the Earth, University of Leeds", "Leeds"),
        ),
    ],
)
def test_a_role_between_name_and_affiliation(text, expected):
    got = line(text)
    assert (got.person, got.honorific, got.title, got.organization, got.city) == expected
    assert got.kind == "individual"


# 3. Notes in parentheses after a line are about the signature, not a field.


@pytest.mark.parametrize(
    ("text", "notes", "title"),
    [
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair (verified)",
            ["verified"],
            "Chair",
        ),
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair (signed version 1)",
            ["signed version 1"],
            "Chair",
        ),
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair (verified; signed version 2)",
            ["verified", "signed version 2"],
            "Chair",
        ),
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair [pending verification]",
            ["pending verification"],
            "Chair",
        ),
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair (withdrawn)",
            ["withdrawn"],
            "Chair",
        ),
        (
            "Union of River Communities in Austria, Vienna – Maria Hofer, Chair (unverified)",
            ["unverified"],
            "Chair",
        ),
    ],
)
def test_status_notes_are_warnings_not_fields(text, notes, title):
    got = line(text)
    assert (got.organization, got.person, got.title, got.city) == (
        "Union of River Communities in Austria",
        "Maria Hofer",
        title,
        "Vienna",
    )
    assert [w for w in got.warnings if w.startswith("note: ")] == [f"note: {n}" for n in notes]


def test_a_note_after_an_organisation_or_a_person_is_left_out_of_both():
    assert line("Acme Trust, Berlin (verified)").organization == "Acme Trust"
    assert line("Acme Trust (verified)").organization == "Acme Trust"
    person = line("Jane Roe, Acme Trust (in a personal capacity)")
    assert (person.person, person.organization) == ("Jane Roe", "Acme Trust")
    assert "note: in a personal capacity" in person.warnings


def test_a_parenthesis_that_is_not_a_note_stays():
    assert line("Federation of Oyster Exchanges (FOX)").organization == "Federation of Oyster Exchanges (FOX)"
    assert line("Comité des Marais (France)").country == "FR"


def test_a_numbered_list_with_notes_keeps_them_in_the_text():
    text = (
        "Signatories\n\nAustria\n1. Union of River Communities in Austria, Vienna – Maria Hofer, Chair (verified)\n"
        "2. Danube Wetlands Network Lower Austria, Tulln (signed version 1)\n"
    )
    entries = parse_document(text).entries
    assert [(e.number, e.organization, e.title) for e in entries] == [
        (1, "Union of River Communities in Austria", "Chair"),
        (2, "Danube Wetlands Network Lower Austria", None),
    ]
    assert entries[0].text.endswith("(verified)") and "note: signed version 1" in entries[1].warnings


# 4. Who signs: the whole enumeration after "the undersigned", and the list's majority.


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We, the undersigned community associations, federations and citizens, live along rivers.", None),
        (
            "We, the undersigned associations, federations and networks, ask the ministers to act.",
            "organization",
        ),
        (
            "We, the undersigned organizations, representing millions of people, call on Congress.",
            "organization",
        ),
        ("We, the undersigned scientists, doctors and nurses, call for a moratorium.", "individual"),
    ],
)
def test_the_undersigned_enumeration_is_read_whole(body, kind):
    from undersigned.lists.statement import signer_kind

    assert signer_kind(body) == kind


ORGS = [
    "Federation of River Associations, Berlin",
    "Elbe Riverside Citizens' Union, Dresden",
    "Weser Canoe Club, Bremen",
    "Main Valley Floodplain Initiative, Frankfurt",
    "Danube Source Heritage Society, Donaueschingen",
    "Rhine Anglers Association, Cologne",
]


@pytest.mark.parametrize(
    "name", ["Sustain Dane", "Oxfam Novib", "Greenpeace Nordic", "Budapest Danube Rowers"]
)
def test_a_name_shaped_organisation_among_organisations(name):
    text = "Signed by:\n\n" + "\n".join([*ORGS[:3], name, *ORGS[3:]]) + "\n"
    entry = parse_document(text).entries[3]
    assert (entry.kind, entry.organization, entry.person) == ("organization", name, None)
    assert name == "Greenpeace Nordic" or any("given name" in w for w in entry.warnings)


@pytest.mark.parametrize("name", ["Julien Bernard", "Mehmet Yılmaz", "Anna-Lena Vogt", "J. Okafor Mensah"])
def test_a_person_among_organisations_stays_a_person(name):
    text = "Signed by:\n\n" + "\n".join([*ORGS[:3], f"{name}, Nantes", *ORGS[3:]]) + "\n"
    entry = parse_document(text).entries[3]
    assert (entry.kind, entry.person) == ("individual", name)


def test_a_name_shaped_organisation_in_a_mixed_list_stays_a_person_unless_a_town_starts_it():
    lines = [
        "Jane Roe, Berlin",
        "Acme Trust, Berlin",
        "John Smith, Hamburg",
        "Beta Society, Munich",
        "Sustain Dane, Madison",
        "Amsterdam Canal Keepers, Amsterdam",
    ]
    entries = parse_document("Signed by:\n\n" + "\n".join(lines) + "\n").entries
    assert [e.kind for e in entries] == [
        "individual",
        "organization",
        "individual",
        "organization",
        "individual",
        "organization",
    ]


def test_without_a_dictionary_of_given_names_a_name_shape_stays_a_person(monkeypatch):
    from undersigned.lists import given_names

    monkeypatch.setattr(given_names, "_names", lambda: None)
    given_names.is_given_name.cache_clear()
    try:
        text = "Signed by:\n\n" + "\n".join([*ORGS[:3], "Sustain Dane", *ORGS[3:]]) + "\n"
        assert parse_document(text).entries[3].kind == "individual"
    finally:
        given_names.is_given_name.cache_clear()


# 5. A press contact pasted right under the list, with no blank line.

CONTACT_LIST = (
    "Signed by:\n\nAcme Trust, Berlin\nBeta Society, Hamburg\nGamma Network, Munich\nJohn Smith, Dresden\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Media contact: Jane Roe, +1 202 555 0100",
        "Jane Roe\njane@example.org\n+1 202 555 0100",
        "Jane Roe, +1 202 555 0100",
        "Jane Roe, jane@example.org",
        "Jane Roe (jane@example.org, +1 202 555 0100)",
        "Jane Roe\nCommunications Director, Acme Trust\njane@example.org",
        "Jane Roe, Press Officer, +1 202 555 0100",
    ],
)
def test_a_press_contact_glued_to_the_list_is_not_a_signatory(tail):
    result = parse_document(CONTACT_LIST + tail + "\n")
    assert [e.person or e.organization for e in result.entries] == [
        "Acme Trust",
        "Beta Society",
        "Gamma Network",
        "John Smith",
    ]


def test_a_press_contact_under_a_numbered_list_is_not_a_wrapped_line():
    text = "Signed by:\n\n1. Acme Trust\n2. Beta Society\n3. Gamma Network\nJane Roe\njane@example.org\n"
    result = parse_document(text)
    assert [e.text for e in result.entries] == ["1. Acme Trust", "2. Beta Society", "3. Gamma Network"]
    assert any("press contact" in w for w in result.warnings)


def test_a_last_signatory_with_full_fields_and_an_address_stays():
    text = CONTACT_LIST + "Kim Roberts, Beta Society, Austin, TX, kim@example.org\n"
    assert parse_document(text).entries[-1].person == "Kim Roberts"


# 6. Two organisations joined by a dash are one organisation and its section.


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Amnesty International – UK Section", "Amnesty International – UK Section"),
        ("Sierra Club - Florida Chapter", "Sierra Club - Florida Chapter"),
        ("WWF – World Wide Fund for Nature", "WWF – World Wide Fund for Nature"),
        ("Union of River Communities – Youth Network, Vienna", "Union of River Communities – Youth Network"),
    ],
)
def test_an_organisation_and_its_section_keep_their_dash(text, organization):
    got = line(text)
    assert (got.kind, got.organization, got.person) == ("organization", organization, None)


def test_an_organisation_and_its_representative_stay_apart():
    got = line("Friends of the Earth – Jane Roe, Director")
    assert (got.organization, got.person, got.title) == ("Friends of the Earth", "Jane Roe", "Director")


# 7. "Surname, Given name", when a whole group writes names so.


def test_a_group_written_surname_first_is_turned_round():
    text = (
        "Signed by:\n\nMüller, Hans, Universität Hamburg\nSchmidt, Anna, Universität Bremen, Bremen\n"
        "van der Berg, Pieter J., Wageningen University\nWeber, Dr. Klaus, Berlin\n"
    )
    got = [(e.kind, e.person, e.honorific, e.organization, e.city) for e in parse_document(text).entries]
    assert got == [
        ("individual", "Hans Müller", None, "Universität Hamburg", None),
        ("individual", "Anna Schmidt", None, "Universität Bremen", "Bremen"),
        ("individual", "Pieter J. van der Berg", None, "Wageningen University", None),
        ("individual", "Klaus Weber", "Dr.", None, "Berlin"),
    ]
    assert all(
        any(w.startswith("surname written first") for w in e.warnings) for e in parse_document(text).entries
    )


def test_one_surname_first_line_in_a_list_is_not_turned_round():
    text = "Signed by:\n\nMüller, Hans, Universität Hamburg\nJane Roe, Acme Trust\nJohn Smith, Beta Society\nKim Lee, Gamma Network\n"
    assert parse_document(text).entries[0].person != "Hans Müller"


def test_organisations_and_towns_are_not_surnames_and_given_names():
    text = "Signed by:\n\nOxfam, Paris\nGreenpeace, Florence\nAmnesty, Victoria\n"
    assert [e.person for e in parse_document(text).entries] == [None, None, None]


# 8. Towns that no gazetteer has, read by their place in the line.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Shore Kayak Collective, Grand Marais – Ellen Strand, Coordinator",
            ("North Shore Kayak Collective", "Ellen Strand", "Grand Marais"),
        ),
        ("Arrowhead Birders Society, Two Harbors", ("Arrowhead Birders Society", None, "Two Harbors")),
        ("Kevin Marsh, Fisherman, Ludington", (None, "Kevin Marsh", "Ludington")),
    ],
)
def test_a_small_town_by_its_place_in_the_line(text, expected):
    got = parse_line(text, Context(heading_country="US"))
    assert (got.organization, got.person, got.city) == expected


def test_a_name_after_an_organisation_under_a_country_heading_is_still_a_name():
    got = parse_line("Acme Trust, Jane Roe", Context(heading_country="US"))
    assert got.city is None
