"""Finding the list: a numbered run is one list; the numbering says when part of it was missed."""

from undersigned.lists.parser import parse_document

BODY = (
    "We call on the regional government to protect the river valley and to stop the planned dam, "
    "which would flood three villages and the old forest.\n\n"
)
NAMES = [
    "Lakeside Rowing Club",
    "Harbour Friends Association",
    "Valley Farmers Cooperative",
    "The school named after a famous poet that works under the regional teachers association",
    "North Shore Birdwatchers",
    "Old Town Residents Society",
]


def test_a_numbered_run_from_1_is_one_list_even_where_a_line_reads_like_prose():
    text = BODY + "\n".join(f"{i}. {n}" for i, n in enumerate(NAMES, 1)) + "\n"
    result = parse_document(text)
    assert [e.number for e in result.entries] == [1, 2, 3, 4, 5, 6]
    assert result.notices == []


def test_numbering_that_starts_above_1_is_reported_with_the_line_to_start_from():
    text = "Signed by:\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(NAMES, 1) if i > 2) + "\n"
    result = parse_document(text)
    assert [n.code for n in result.notices] == ["numbering_starts_above_1"]
    assert result.to_dict()["notices"][0]["line"] == 1


def test_numbered_lines_left_in_the_statement_are_reported():
    text = (
        "Our demands:\n1. Stop the dam.\n2. Restore the forest.\n3. Consult the villages.\n\n"
        "Signed by:\nLakeside Rowing Club\nHarbour Friends Association\n"
    )
    notices = parse_document(text).notices
    assert [(n.code, n.line) for n in notices] == [("numbered_lines_in_statement", 1)]


def test_signers_named_only_in_the_title_are_read_from_it():
    text = (
        "Joint Statement by Mayor Lind, Harbour Board Chair Berg and Governor Van Holm\n"
        "We welcome the agreement on the new ferry line and the harbour works.\n"
    )
    result = parse_document(text)
    assert [(e.person, e.title, e.organization) for e in result.entries] == [
        ("Lind", "Mayor", None),
        ("Berg", "Chair", "Harbour Board"),
        ("Van Holm", "Governor", None),
    ]
    assert result.notices[0].code == "signers_from_title"


def test_two_people_on_one_line_with_a_shared_plural_role_are_two_entries():
    text = "Signed by:\nMara Lind & Tomas Berg, Co-directors, Lakeside Trust\nAda Holm, Director, River Society\n"
    got = [(e.person, e.title, e.organization) for e in parse_document(text).entries]
    assert got == [
        ("Mara Lind", "Co-director", "Lakeside Trust"),
        ("Tomas Berg", "Co-director", "Lakeside Trust"),
        ("Ada Holm", "Director", "River Society"),
    ]


def test_a_firm_named_after_two_people_stays_one_entry():
    text = "Signed by:\nHarbour & Lind Boatbuilders\nAda Holm, Director, River Society\n"
    assert len(parse_document(text).entries) == 2
