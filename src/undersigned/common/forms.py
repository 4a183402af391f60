"""Form helpers every app uses."""

from django import forms
from django.utils.choices import BaseChoiceIterator


def add_service_errors(form: forms.Form, error, field_map: dict[str, str] | None = None) -> None:
    """Show a ValidationError (from a service or a rule) on the form: next to the field it names, else
    on top. `field_map` renames a model field to the form's own (an import row's `person`).

    A field that already shows an error keeps only that one, so a name too long for its field is not
    also reported as missing. (`form.add_error` itself raises for a field the form does not have, which
    would be a 500.)
    """
    field_map = field_map or {}
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        target = field_map.get(field, field)
        if target not in form.fields:
            form.add_error(None, errors)
        elif target not in form.errors:
            form.add_error(target, errors)


class PreparedChoices(BaseChoiceIterator):
    """(value, label) pairs already in the shape Django's normalize_choices() gives, handed to a field as
    they are: setting ~250 countries on a ChoiceField otherwise normalises them twice (field and widget),
    about a millisecond of every sign-on page view and POST.

    >>> list(PreparedChoices([("DE", "Germany")]))
    [('DE', 'Germany')]
    """

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)
