"""Countries settled across the list: theme countries are dropped, a group shares a stated country."""

from undersigned.lists.parser import parse_document


def test_a_country_named_across_the_whole_coalition_is_its_theme_not_a_place():
    lines = [
        "Kenyan Cultural Association",
        "Union of Kenyans in Riverside",
        "Kenyan Students Network",
        "Kenyan Women's Circle",
        "Harbour Drummers Collective",
        "Kenyan Elders Council",
    ]
    entries = parse_document("Signed by:\n" + "\n".join(lines) + "\n").entries
    assert [e.country for e in entries] == [None] * 6
    assert any(d.reason == "country_is_theme" for d in entries[0].doubts)


def test_a_group_whose_lines_state_one_country_gives_it_to_its_other_lines():
    text = (
        "Signed by:\n\n"
        "Red Verde del Lago, Lima, Perú\nColectivo Sol, Cusco, Perú\nCasa Abierta, Arequipa, Perú\nLago Azul Trust\n\n"
        "Fundación Norte, Santiago, Chile\nRío Claro Society\n"
    )
    entries = parse_document(text).entries
    assert [e.country for e in entries] == ["PE", "PE", "PE", "PE", "CL", None]
    assert entries[3].doubts[-1].reason == "country_from_group"


def test_doubts_are_structured_and_the_warnings_are_their_sentences():
    entries = parse_document("Signed by:\nBlue Horizon\nLakeside Rowing Club\nRiver Valley Society\n").entries
    out = parse_document("Signed by:\nBlue Horizon\nLakeside Rowing Club\nRiver Valley Society\n").to_dict()[
        "entries"
    ]
    for entry, row in zip(entries, out, strict=True):
        assert row["warnings"] == [d["message"] for d in row["doubts"]]
        assert all({"field", "reason", "message", "margin"} == set(d) for d in row["doubts"])
        assert entry.warnings == [d.message for d in entry.doubts]
