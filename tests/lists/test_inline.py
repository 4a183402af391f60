"""One-line lists: run-in sentences put one signer a line."""

from undersigned.lists import lines as L
from undersigned.lists.parser import parse_document


def test_a_run_in_sentence_gives_one_entry_per_signer_with_the_shared_role():
    text = (
        "Today the caucus leaders spoke about the harbour bill and the budget.\n"
        "Those leaders include: Senators Mara Lind (WA-07), chair of the Lake Caucus; Tomas Berg (OR-02), "
        "Ada Holm (ID-01), and Rui Sol (NV-03), co-chairs of the River and Canal Coalition; and Eva Dahl (MT-01), "
        "chair of the Forest Caucus.\n"
        "The bill goes to the floor next week, the leaders said in a statement.\n"
    )
    got = [(e.person, e.title, e.organization, e.region) for e in parse_document(text).entries]
    assert got == [
        ("Mara Lind", "chair", "Lake Caucus", "WA"),
        ("Tomas Berg", "co-chair", "River and Canal Coalition", "OR"),
        ("Ada Holm", "co-chair", "River and Canal Coalition", "ID"),
        ("Rui Sol", "co-chair", "River and Canal Coalition", "NV"),
        ("Eva Dahl", "chair", "Forest Caucus", "MT"),
    ]


def test_include_announces_a_list_only_when_its_subject_is_signers():
    assert L.is_list_marker("Our partners include:")
    assert not L.is_list_marker("Our demands include:")
