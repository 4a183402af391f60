"""Where the list starts and ends, how it is grouped, and what headings do."""

from undersigned.lists import parse_document


def fields(text, *names):
    return [tuple(getattr(e, n) for n in names) for e in parse_document(text).entries]


def test_a_generic_signatories_line_does_not_force_a_kind():
    text = "Signatories:\n- Jane Doe; Director; Acme Trust\n- WWF Kenya\n"
    assert fields(text, "kind", "person", "group_label") == [
        ("individual", "Jane Doe", None),
        ("organization", None, None),
    ]


def test_an_organisations_heading_makes_a_name_like_line_an_organisation():
    text = "ORGANISATIONS\nMédecins Sans Frontières\nOxfam\n"
    assert fields(text, "kind", "organization", "group_label") == [
        ("organization", "Médecins Sans Frontières", "ORGANISATIONS"),
        ("organization", "Oxfam", "ORGANISATIONS"),
    ]


def test_consecutive_full_entries_are_not_merged_into_a_signature_block():
    text = (
        "Signed,\n\nMaria Gonzalez, Executive Director, Latino Community Fund of Georgia, Atlanta, GA\n"
        "Kwame Mensah, Ghanaian Association of Toronto, Toronto, ON, Canada\nLi Wei, Berlin, Germany\n"
    )
    assert fields(text, "person", "city", "region", "country") == [
        ("Maria Gonzalez", "Atlanta", "GA", "US"),
        ("Kwame Mensah", "Toronto", "ON", "CA"),
        ("Li Wei", "Berlin", None, "DE"),
    ]


def test_a_wrapped_line_continues_its_numbered_entry():
    text = "Signed by:\n\n1. Jane Doe, Executive Director,\n   Acme Trust, Boston, MA\n2. Kenya Mangrove Network\n"
    assert fields(text, "number", "person", "title", "organization", "region") == [
        (1, "Jane Doe", "Executive Director", "Acme Trust", "MA"),
        (2, None, None, "Kenya Mangrove Network", None),
    ]


def test_the_list_ends_before_press_release_contacts():
    text = (
        "Signed by:\n\n- Acme Trust\n- Beta Society\n\n###\n\nMedia contact:\nJordan Ellis\n"
        "jellis@example.org\n"
    )
    assert fields(text, "organization") == [("Acme Trust",), ("Beta Society",)]


def test_a_document_without_a_list_has_no_entries_and_says_so():
    result = parse_document(
        "We believe the council should restore the opening hours of the libraries this year."
    )
    assert result.entries == []
    assert result.warnings == ["no list of signatories found"]


def test_signed_with_semicolons_on_one_line_gives_one_entry_each():
    text = "Signed: Acme Trust; Beta Society (Kenya); Dr. Jane Roe, Gamma University; and 40 others.\n"
    result = parse_document(text)
    assert [(e.kind, e.organization) for e in result.entries] == [
        ("organization", "Acme Trust"),
        ("organization", "Beta Society (Kenya)"),
        ("individual", "Gamma University"),
    ]
    assert any("counts further signers" in w for w in result.warnings)


def test_contact_lines_under_a_signature_belong_to_it_and_do_not_end_the_list():
    text = (
        "Sincerely,\n\nJane Roe\nDirector, Acme Trust\njane@acme.example.org\n\n"
        "John Smith\nChair, Beta Society\nTel: 555-010-2030\n"
    )
    entries = parse_document(text).entries
    assert [(e.person, e.title, e.organization) for e in entries] == [
        ("Jane Roe", "Director", "Acme Trust"),
        ("John Smith", "Chair", "Beta Society"),
    ]
    assert "jane@acme.example.org" in entries[0].text


def test_a_second_announcing_line_starts_a_labelled_group():
    text = "Endorsed by\n\nAcme Trust\nBeta Society\n\nSupported by\n\nGamma Union\n"
    assert fields(text, "group", "group_label", "organization") == [
        (1, None, "Acme Trust"),
        (1, None, "Beta Society"),
        (2, "Supported by", "Gamma Union"),
    ]


def test_caps_country_headings_with_colons_set_the_country():
    text = "Signatories\n\nUNITED KINGDOM:\nClientEarth\nGERMANY\nUrgewald e.V.\n"
    assert fields(text, "group_label", "country") == [("UNITED KINGDOM", "GB"), ("GERMANY", "DE")]


def test_a_sole_heading_that_names_no_kind_gives_no_group_label():
    text = (
        "Yours sincerely,\n\nThe signatories,\n\nJane Roe, President of KLMN\nJohn Poe, Chairman of QRT UK\n"
    )
    entries = parse_document(text).entries
    assert [e.group_label for e in entries] == [None, None]
