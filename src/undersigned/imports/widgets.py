"""The review table's country picker."""

from functools import lru_cache

from django import forms
from django.forms.utils import flatatt
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from undersigned.common.countries import country_choices, normalize_country


@lru_cache(maxsize=32)
def _options(language: str, blank: str) -> str:
    options = "".join(
        f'<option value="{code}">{escape(name)}</option>' for code, name in country_choices(language)
    )
    return f'<option value="">{escape(blank)}</option>{options}'


class CountrySelect(forms.Widget):
    """A <select> of every country with its name in the reader's language, for a two-letter code field.

    Rendered from one cached string rather than Django's template per option: a review table
    has one on every row, and 250 options on each of a thousand rows would take seconds.
    A value that is not a known country (typed into an earlier form, say) stays selected,
    shown as written, so its error message next to it makes sense.
    """

    def __init__(self, attrs=None, blank_label: str = "–"):
        super().__init__(attrs)
        self.blank_label = blank_label

    def render(self, name, value, attrs=None, renderer=None):
        language = translation.get_language() or "en"
        options = _options(language, str(self.blank_label))
        value = (value or "").strip()
        code = normalize_country(value) if value else ""
        if code:
            options = options.replace(f'<option value="{code}">', f'<option value="{code}" selected>', 1)
        elif value:
            options = f'<option value="{escape(value)}" selected>{escape(value)}</option>{options}'
        final = self.build_attrs(self.attrs, attrs)
        return mark_safe(f'<select name="{escape(name)}"{flatatt(final)}>{options}</select>')


def _input(kind: str, name: str, value, attrs: dict) -> str:
    value_attr = "" if value is None else f' value="{escape(value)}"'
    return f'<input type="{kind}" name="{escape(name)}"{value_attr}{flatatt(attrs)}>'


class FastTextInput(forms.TextInput):
    """Django's <input> markup without a template per field (see `use_fast_widgets`)."""

    def render(self, name, value, attrs=None, renderer=None):
        return mark_safe(
            _input(self.input_type, name, self.format_value(value), self.build_attrs(self.attrs, attrs))
        )


class FastHiddenInput(forms.HiddenInput):
    def render(self, name, value, attrs=None, renderer=None):
        return mark_safe(
            _input("hidden", name, self.format_value(value), self.build_attrs(self.attrs, attrs))
        )


class FastCheckboxInput(forms.CheckboxInput):
    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        if self.check_test(value):
            attrs["checked"] = True
        return mark_safe(_input("checkbox", name, self.format_value(value), attrs))


class FastSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        value = "" if value is None else str(value)
        options = "".join(
            f'<option value="{escape(key)}"{" selected" if str(key) == value else ""}>{escape(label)}</option>'
            for key, label in self.choices
        )
        return mark_safe(
            f'<select name="{escape(name)}"{flatatt(self.build_attrs(self.attrs, attrs))}>{options}</select>'
        )


_FAST = {
    forms.TextInput: FastTextInput,
    forms.HiddenInput: FastHiddenInput,
    forms.CheckboxInput: FastCheckboxInput,
    forms.Select: FastSelect,
}


def use_fast_widgets(form_class):
    """Swap a form class's plain widgets for ones that render without templates.

    A review table renders some twenty widgets on each of up to thousands of rows; Django's
    template per widget makes that seconds, these make it milliseconds. Markup is the same.
    """
    for field in form_class.base_fields.values():
        fast = _FAST.get(type(field.widget))
        if fast is not None:
            widget = fast(attrs=field.widget.attrs)
            if isinstance(widget, forms.Select):
                widget.choices = field.widget.choices
            field.widget = widget
    return form_class
