from django.utils import translation

from undersigned.common.countries import country_choices


def test_country_choices_are_sorted_by_name_in_the_readers_language():
    with translation.override("de"):
        names = [name for code, name in country_choices()]
    assert names == sorted(names)
    assert ("DE", "Deutschland") in country_choices("de")
    assert ("DE", "Germany") in country_choices("en")


def test_each_caller_gets_its_own_list_so_a_blank_choice_in_front_changes_no_one_elses():
    mine = country_choices("en")
    mine.insert(0, ("", "Choose a country"))
    assert country_choices("en")[0] != ("", "Choose a country")
    assert len(country_choices("en")) == len(mine) - 1
