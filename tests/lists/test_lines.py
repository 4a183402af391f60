"""One line at a time: list markers in many languages, prose against list entries."""

import pytest

from undersigned.lists import lines as L


@pytest.mark.parametrize(
    "line",
    [
        "Liste der Unterzeichnenden (alphabetisch sortiert):",
        "Firman esta carta:",
        "Adhieren:",
        "Assinam:",
        "İMZA VERENLER",
        "Imza verenler:",
    ],
)
def test_a_list_is_announced_in_many_languages(line):
    assert L.is_list_marker(line)


def test_an_organisation_name_with_small_words_in_another_language_is_not_prose():
    assert not L.is_prose("Verband der Freundinnen und Freunde für Bergwald und Umwelt (VFBU) e. V.")
    assert not L.is_prose("Red de Colectivos para la Defensa de los Ríos y el Agua del Sur")


def test_a_heading_in_capitals_may_hold_commas():
    heading = L.heading_of("COLECTIVOS, ONGs Y OTRAS INSTITUCIONES")
    assert heading is not None and heading.kind == "organization"
    assert L.heading_of("Kayak Guild, Lake Town") is None


@pytest.mark.parametrize(
    "line", ["CONTACTOS PARA MAYOR INFORMACIÓN", "Kontakt", "Links", "For any questions, please write to us"]
)
def test_contacts_and_links_end_a_list_in_many_languages(line):
    assert L.is_trailing_start(line)


@pytest.mark.parametrize("line", ["Mit freundlichen Grüßen,", "Atentamente,", "Met vriendelijke groeten,"])
def test_a_letter_closing_in_another_language_announces_the_signers(line):
    assert L.is_list_marker(line)


def test_a_heading_and_a_statement_read_people_nouns_from_one_table():
    from undersigned.lists.statement import signer_kind

    assert L.heading_of("Scientists").kind == "individual"
    assert signer_kind("We, the undersigned scientists, call for a moratorium.") == "individual"
    assert L.heading_of("Cooperatives").kind == "organization"
    assert signer_kind("We, the undersigned cooperatives, call for a moratorium.") == "organization"
