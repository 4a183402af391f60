"""Forms of the owner's coalition pages: co-owners, and the progress table's search and filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from undersigned.common.validators import validate_plain_name


class CoOwnerForm(forms.Form):
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("An account is created for a new address; they receive an email to choose a password."),
    )
    name = forms.CharField(label=_("Name"), max_length=150, required=False, validators=[validate_plain_name])


class ProgressFilterForm(forms.Form):
    """The progress table's search and filters (GET); anything it does not know is ignored, never a 500."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    state = forms.ChoiceField(label=_("State"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    source = forms.ChoiceField(label=_("Source"), required=False)

    def __init__(self, *args, states, countries, kinds, sources, **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", _("Any"))]
        self.fields["state"].choices = anything + list(states)
        self.fields["country"].choices = anything + list(countries)
        self.fields["kind"].choices = anything + list(kinds)
        self.fields["source"].choices = anything + list(sources)

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}
