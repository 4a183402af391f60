"""A place the list uses as a province is the province where it stands alone before the country."""

from undersigned.lists.parser import parse_document

LIST = """Firman:

Red del Río Claro, Tarnvilla, Córdoba, Argentina.
Asociación de Vecinos del Lago, Okkerpampa, Córdoba, Argentina.
Colectivo Sierras Verdes, Córdoba, Argentina.
Fundación Agua Limpia, Rosario, Argentina.
"""


def test_a_lone_place_the_list_uses_as_a_province_is_the_region():
    entries = parse_document(LIST).entries
    alone = next(e for e in entries if e.organization == "Colectivo Sierras Verdes")
    assert (alone.city, alone.region, alone.country) == (None, "Córdoba", "AR")


def test_a_place_the_list_never_uses_as_a_province_stays_the_city():
    entries = parse_document(LIST).entries
    town = next(e for e in entries if e.organization == "Fundación Agua Limpia")
    assert (town.city, town.region) == ("Rosario", None)
