"""Cutting a line into pieces: what must stay whole."""

from undersigned.lists.cutting import pieces


def test_a_legal_form_with_a_lower_case_initial_stays_whole():
    assert pieces("Verein für Bergwald Nord e. V.")[0] == ["Verein für Bergwald Nord e. V."]


def test_an_academic_degree_before_a_name_stays_with_it():
    assert pieces("Dipl.-Ing. Jan ELLER, Lakeside Planung KEG")[0][0] == "Dipl.-Ing. Jan ELLER"
