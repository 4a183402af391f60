from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.coalitions.access import Coordination
from undersigned.coalitions.models import validate_country_codes
from undersigned.coalitions.services import CONFIRMATION_METHODS
from undersigned.common.countries import country_choices, country_name
from undersigned.common.forms import add_service_errors
from undersigned.common.validators import validate_plain_name
from undersigned.organizations.models import Organization
from undersigned.organizations.selectors import organization_similar
from undersigned.signatures.models import Signature
from undersigned.signatures.rules import ON_BEHALF, SIGNER, validate_signatory

NEW = "new"


def region_country_choices(coordination: Coordination, *, blank: bool = True):
    choices = country_choices()
    if coordination.countries is not None:
        choices = [(code, name) for code, name in choices if code in coordination.countries]
    return ([("", _("Choose a country"))] if blank else []) + choices


class CoordinatorForm(forms.Form):
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("An account is created for a new address; they receive an email to choose a password."),
    )
    name = forms.CharField(label=_("Name"), max_length=150, required=False, validators=[validate_plain_name])
    countries = forms.CharField(
        label=_("Countries"),
        max_length=300,
        validators=[validate_country_codes],
        help_text=_("ISO codes separated by commas, e.g. “DE, AT, CH”."),
    )
    region_name = forms.CharField(
        label=_("Region name (optional)"), max_length=100, required=False, validators=[validate_plain_name]
    )


class OrganizationMatchForm(forms.Form):
    """Offers existing organization records whose name is a near match before a new one is created.

    On the first submission, a near match turns into a form error next to the name with a choice
    below it; the second submission says which record to use (or that it is a new one).
    """

    organization_name = forms.CharField(
        label=_("Organization name"), max_length=300, required=False, validators=[validate_plain_name]
    )
    use_organization = forms.ChoiceField(
        label=_("Is it one of these?"), required=False, widget=forms.RadioSelect
    )

    def __init__(self, *args, coordination: Coordination, **kwargs):
        super().__init__(*args, **kwargs)
        self.coordination = coordination
        self.matches = []
        name = self.data.get(self.add_prefix("organization_name"), "") if self.is_bound else ""
        country = self.data.get(self.add_prefix("country"), "") if self.is_bound else ""
        if name.strip() and self.wants_organization():
            allowed = set(coordination.organizations().values_list("pk", flat=True))
            self.matches = [
                m for m in organization_similar(name=name, country=country) if m.organization.pk in allowed
            ]
        self.fields["use_organization"].choices = [
            (str(m.organization.pk), self._label(m.organization)) for m in self.matches
        ] + [(NEW, _("None of these: it is a different organization"))]
        if not self.matches:
            # Nothing to choose from: the question would only confuse.
            self.fields["use_organization"].widget = forms.HiddenInput()

    def wants_organization(self) -> bool:
        return True

    @staticmethod
    def _label(organization: Organization) -> str:
        place = ", ".join(p for p in (organization.city, country_name(organization.country)) if p)
        return f"{organization.name} ({place})" if place else organization.name

    def clean(self):
        cleaned = super().clean()
        cleaned["organization"] = None
        if not self.matches:
            return cleaned
        choice = cleaned.get("use_organization")
        if not choice:
            self.add_error(
                "organization_name",
                _(
                    "An organization with a similar name is already registered in this country. "
                    "Choose it below, or confirm that this is a different organization."
                ),
            )
        elif choice != NEW:
            cleaned["organization"] = next(
                m.organization for m in self.matches if str(m.organization.pk) == choice
            )
        return cleaned


class InvitationForm(OrganizationMatchForm):
    short_name = forms.CharField(
        label=_("Short name (optional)"), max_length=60, required=False, validators=[validate_plain_name]
    )
    country = forms.ChoiceField(label=_("Country"))
    city = forms.CharField(label=_("City"), max_length=100, required=False, validators=[validate_plain_name])
    website = forms.URLField(label=_("Website (optional)"), required=False, assume_scheme="https")
    parent = forms.ModelChoiceField(
        label=_("Member of (optional)"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("The umbrella body it belongs to."),
    )
    is_umbrella = forms.BooleanField(
        label=_("This is an umbrella body (a federation or council)"), required=False
    )
    email = forms.EmailField(
        label=_("Send the invitation to (optional)"),
        required=False,
        help_text=_("We email the link to this address. Leave empty to copy the link and send it yourself."),
    )
    max_uses = forms.IntegerField(
        label=_("Number of uses"),
        min_value=1,
        max_value=50,
        initial=1,
        help_text=_("How many sign-ons the link allows; usually one per organization."),
    )
    valid_days = forms.IntegerField(label=_("Valid for (days)"), min_value=1, max_value=365, initial=30)

    field_order = [
        "organization_name",
        "use_organization",
        "short_name",
        "country",
        "city",
        "website",
        "parent",
        "is_umbrella",
        "email",
        "max_uses",
        "valid_days",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization_name"].required = True
        self.fields["country"].choices = region_country_choices(self.coordination)
        self.fields["parent"].queryset = self.coordination.organizations().filter(is_umbrella=True)

    def organization_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["organization_name"],
            "short_name": data["short_name"],
            "country": data["country"],
            "city": " ".join(data["city"].split()),
            "website": data["website"],
            "parent": data["parent"],
            "is_umbrella": data["is_umbrella"],
        }


class SignOnForm(OrganizationMatchForm):
    """One sign-on collected offline, entered by a coordinator for their region."""

    kind = forms.ChoiceField(
        label=_("Signing as"),
        widget=forms.RadioSelect,
        choices=Signature.Kind.choices,
        initial=Signature.Kind.ORGANIZATION,
    )
    representative_name = forms.CharField(
        label=_("Representative's name"), max_length=200, required=False, validators=[validate_plain_name]
    )
    honorific = forms.CharField(
        label=_("Honorific (optional)"), max_length=30, required=False, validators=[validate_plain_name]
    )
    person_name = forms.CharField(
        label=_("Person's name"), max_length=200, required=False, validators=[validate_plain_name]
    )
    title = forms.CharField(
        label=_("Role or title"), max_length=200, required=False, validators=[validate_plain_name]
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False, validators=[validate_plain_name])
    region = forms.CharField(
        label=_("State or region"), max_length=100, required=False, validators=[validate_plain_name]
    )
    country = forms.ChoiceField(label=_("Country"))
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        help_text=_(
            "With an address, the signer receives a confirmation link. Without one, record a documented "
            "confirmation once they have confirmed."
        ),
    )
    consent_display = forms.BooleanField(label=_("Show on the public list"), required=False, initial=True)

    field_order = [
        "kind",
        "organization_name",
        "use_organization",
        "representative_name",
        "honorific",
        "person_name",
        "title",
        "city",
        "region",
        "country",
        "email",
        "consent_display",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = region_country_choices(self.coordination)
        statement = self.coordination.statement
        self.fields["kind"].choices = [
            (k, label) for k, label in Signature.Kind.choices if statement.allows_kind(k)
        ]

    def wants_organization(self) -> bool:
        return self.data.get(self.add_prefix("kind")) == Signature.Kind.ORGANIZATION

    def clean(self):
        cleaned = super().clean()
        if "kind" in cleaned:
            fields = self._signatory_fields(cleaned)
            try:
                validate_signatory(kind=cleaned["kind"], voice=ON_BEHALF, **fields)
            except forms.ValidationError as error:
                add_service_errors(self, error)
        return cleaned

    def signature_fields(self) -> dict:
        data = self.cleaned_data
        fields = self._signatory_fields(data)
        fields.update(kind=data["kind"], country=data["country"], consent_display=data["consent_display"])
        return fields

    @staticmethod
    def _signatory_fields(data) -> dict:
        fields = {
            name: " ".join(str(data.get(name) or "").split())
            for name in (
                "organization_name",
                "representative_name",
                "title",
                "honorific",
                "person_name",
                "city",
                "region",
            )
        }
        if data["kind"] == Signature.Kind.ORGANIZATION:
            fields.update(person_name="", honorific="")
        else:
            fields.update(representative_name="")
        fields["country"] = data.get("country", "")
        return fields


class SignOnEditForm(forms.ModelForm):
    country = forms.ChoiceField(label=_("Country"))

    class Meta:
        model = Signature
        fields = [
            "organization_name",
            "representative_name",
            "honorific",
            "person_name",
            "title",
            "city",
            "region",
            "country",
            "consent_display",
        ]

    def __init__(self, *args, coordination: Coordination, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = region_country_choices(coordination)
        for name in [
            "organization_name",
            "representative_name",
            "honorific",
            "person_name",
            "title",
            "city",
            "region",
        ]:
            self.fields[name].validators.append(validate_plain_name)

    def _post_clean(self):
        # The model's own checks run in the service (full_clean), on the values it saves.
        pass


class DocumentedConfirmationForm(forms.Form):
    confirmed_by = forms.CharField(
        label=_("Who confirmed"),
        max_length=200,
        validators=[validate_plain_name],
        help_text=_("Name and role of the person who confirmed the sign-on."),
    )
    method = forms.ChoiceField(label=_("How"), choices=list(CONFIRMATION_METHODS.items()))
    confirmed_on = forms.DateField(
        label=_("When"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The date of the confirmation."),
    )
    note = forms.CharField(
        label=_("Note (optional)"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean_confirmed_on(self):
        value = self.cleaned_data["confirmed_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value


class VerifyForm(forms.Form):
    note = forms.CharField(label=_("How did you verify? (optional)"), max_length=300, required=False)


class JoinForm(forms.Form):
    """The invited organization's representative signs; the organization itself is fixed by the link."""

    representative_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        validators=[validate_plain_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    title = forms.CharField(
        label=_("Your role in the organization"),
        max_length=200,
        required=False,
        validators=[validate_plain_name],
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We send a confirmation link here. It is never shown publicly."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent_display = forms.BooleanField(
        label=_("Show our signature on the public list"), required=False, initial=True
    )

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization  # fixed by the invitation

    def clean(self):
        cleaned = super().clean()
        if self.organization is not None:
            try:
                validate_signatory(
                    kind=Signature.Kind.ORGANIZATION,
                    voice=SIGNER,
                    organization_name=self.organization.name,
                    representative_name=" ".join(cleaned.get("representative_name", "").split()),
                    title=cleaned.get("title", ""),
                    city=self.organization.city,
                    country=self.organization.country,
                )
            except forms.ValidationError as error:
                add_service_errors(self, error)
        return cleaned


class ReminderForm(forms.Form):
    older_than_days = forms.IntegerField(
        label=_("Pending for more than (days)"),
        min_value=1,
        max_value=365,
        initial=7,
        help_text=_("Each pending sign-on gets at most one reminder."),
    )
