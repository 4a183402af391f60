"""A one-line list whose separators were lost."""

from undersigned.lists import lines as L
from undersigned.lists.parser import parse_document
from undersigned.lists.run_together import split_run_together


def test_names_are_cut_after_a_dash_country_and_before_a_word_that_opens_a_name():
    line = (
        "Adhieren: Red Verde del Lago - Perú Fundación Sol Naciente - Chile Lago Azul Unido "
        "Instituto del Norte (IDN) - Bolivia Casa Abierta Trust Alianza Nueva - Chiapas, México ... y por supuesto Blog.net ;)"
    )
    assert split_run_together(line, L.is_list_marker) == [
        "Adhieren:",
        "Red Verde del Lago - Perú",
        "Fundación Sol Naciente - Chile",
        "Lago Azul Unido",
        "Instituto del Norte (IDN) - Bolivia",
        "Casa Abierta Trust",
        "Alianza Nueva - Chiapas, México",
        "Blog.net",
    ]


def test_a_line_with_fewer_than_three_dash_countries_is_left_alone():
    line = "Adhieren: Red Verde del Lago - Perú y muchas otras organizaciones de la región andina y del sur"
    assert split_run_together(line, L.is_list_marker) is None


def test_the_country_comes_from_the_dash_suffix_and_the_descriptor_after_an_acronym_is_no_person():
    text = "Adhieren: KLMN- Tecnología y Comunidad - Perú Fundación Sol - Chile Instituto Norte - Bolivia Casa Abierta"
    entries = parse_document(text).entries
    assert [(e.kind, e.person, e.country) for e in entries[:3]] == [
        ("organization", None, "PE"),
        ("organization", None, "CL"),
        ("organization", None, "BO"),
    ]
    assert len(entries) == 4


def test_a_hashtag_a_country_and_a_dash_scope_close_a_name_in_run_together_text():
    line = (
        "Adhieren: Red Verde - Perú Casa Sol e #MarAbierto Lago Azul - Chile Rio Network - Global "
        "Canal Foundation Wikimedia Bolivia ARTE 21 - Bolivia"
    )
    assert split_run_together(line, L.is_list_marker)[1:] == [
        "Red Verde - Perú",
        "Casa Sol e #MarAbierto",
        "Lago Azul - Chile",
        "Rio Network - Global",
        "Canal Foundation",
        "Wikimedia Bolivia",
        "ARTE 21 - Bolivia",
    ]


def test_an_acronym_opening_a_name_without_its_expansion_is_a_name_alone():
    line = (
        "Adhieren: KLM Red Verde Lago - Perú DCL Doce Caminos Libres - Chile "
        "Casa Abierta - Bolivia Instituto Norte - Perú"
    )
    got = split_run_together(line, bool)
    assert got[1:3] == ["KLM", "Red Verde Lago - Perú"]
    assert "DCL Doce Caminos Libres - Chile" in got
