import pytest
from django import forms
from django.utils import translation

from undersigned.common import widgets
from undersigned.common.countries import country_choices
from undersigned.common.forms import PreparedChoices
from undersigned.common.widgets import CachedSelect


def country_form(widget):
    class Form(forms.Form):
        country = forms.ChoiceField(choices=[("", "Choose a country"), *country_choices()], widget=widget)

    return Form


def test_a_cached_select_renders_exactly_what_djangos_select_renders():
    for data in (None, {"country": "AT"}, {"country": "XX"}, {"country": ""}):
        plain = str(country_form(forms.Select)(data)["country"])
        cached = country_form(CachedSelect)(data)["country"]
        assert str(cached) == plain
        assert str(cached) == plain  # and again, from the cache


def test_the_selected_country_and_the_language_each_get_their_own_copy():
    austria = str(country_form(CachedSelect)({"country": "AT"})["country"])
    assert '<option value="AT" selected>Austria</option>' in austria
    assert 'value="DE" selected' not in austria
    with translation.override("de"):
        german = str(country_form(CachedSelect)({"country": "DE"})["country"])
    assert '<option value="DE" selected>Deutschland</option>' in german


def test_a_second_render_does_not_go_through_djangos_templates(monkeypatch):
    form = country_form(CachedSelect)({"country": "KE"})
    str(form["country"])

    def fail(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(forms.Select, "render", fail)
    assert 'value="KE" selected' in str(country_form(CachedSelect)({"country": "KE"})["country"])


def test_the_cache_keeps_only_the_newest_renderings(monkeypatch):
    monkeypatch.setattr(widgets, "_CACHE_SIZE", 3)
    for code in ("AT", "DE", "FR", "IT", "ES"):
        str(country_form(CachedSelect)({"country": code})["country"])
    assert len(widgets._rendered) <= 3


def test_prepared_choices_validate_and_render_as_the_same_list_would():
    pairs = [("", "Choose"), ("DE", "Germany"), ("FR", "France")]
    prepared, plain = forms.ChoiceField(), forms.ChoiceField()
    prepared.choices, plain.choices = PreparedChoices(pairs), pairs
    assert prepared.clean("FR") == "FR"
    with pytest.raises(forms.ValidationError):
        prepared.clean("XX")
    assert prepared.widget.render("country", "DE") == plain.widget.render("country", "DE")
