import logging

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.common.countries import country_choices
from undersigned.common.forms import PreparedChoices, add_service_errors
from undersigned.common.pow import solution_problem
from undersigned.common.validators import validate_plain_name
from undersigned.common.widgets import CachedSelect
from undersigned.organizations.selectors import organization_similar
from undersigned.signatures import services
from undersigned.signatures.models import Signature
from undersigned.signatures.rules import SIGNER, validate_signatory
from undersigned.statements.models import Statement

NEW_ORGANIZATION = "new"
# The honeypot: a field people never see (hidden by site.css, aria-hidden, out of the tab order) and bots
# fill in. A sign-on that fills it gets the usual "check your email" and nothing is stored or sent.
HONEYPOT = "website"
bot_log = logging.getLogger("undersigned.bots")
_NAME_FIELDS = [
    "organization_name",
    "representative_name",
    "title",
    "person_name",
    "honorific",
    "city",
    "region",
]


class SignatureForm(forms.ModelForm):
    """The public sign-on form, for an individual or on behalf of an organization."""

    # ~250 options: rendered once per language, value and attributes, not once per page view.
    country = forms.ChoiceField(label=_("Country"), widget=CachedSelect)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We send a confirmation link here. It is never shown publicly."),
    )
    use_organization = forms.ChoiceField(
        label=_("Is it one of these?"), required=False, widget=forms.RadioSelect
    )
    consent_display = forms.BooleanField(
        label=_("Show my signature on the public list"),
        required=False,
        initial=True,
    )
    # The language of the text the signer read (the page's language switcher); blank means the original.
    language = forms.CharField(label=_("Language of the text you read"), required=False, max_length=16)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Signature
        fields = [
            "kind", "organization_name", "representative_name", "title", "honorific", "person_name",
            "city", "region", "country", "email", "consent_display",
        ]  # fmt: skip
        widgets = {"kind": forms.RadioSelect}
        labels = {
            "kind": _("I sign"),
            "organization_name": _("Organization name"),
            "representative_name": _("Representative's name"),
            "title": _("Role or title"),
            "person_name": _("Your name"),
            "honorific": _("Honorific (optional, e.g. Dr.)"),
            "city": _("City"),
            "region": _("State or region"),
        }
        help_texts = {
            "organization_name": _(
                "Required when signing for an organization; optional affiliation otherwise."
            ),
            "representative_name": _("The person who signs on the organization's behalf."),
        }

    def __init__(self, *args, statement: Statement, **kwargs):
        super().__init__(*args, **kwargs)
        self.statement = statement
        self.fields["country"].choices = PreparedChoices([("", _("Choose a country")), *country_choices()])
        self.fields["language"].widget = forms.HiddenInput()
        kind_labels = {
            Signature.Kind.INDIVIDUAL: _("As an individual"),
            Signature.Kind.ORGANIZATION: _("On behalf of an organization"),
        }
        kinds = [(kind, kind_labels[kind]) for kind in Signature.Kind.values if statement.allows_kind(kind)]
        self.fields["kind"].choices = kinds
        self.fields["kind"].initial = kinds[0][0]
        for name in _NAME_FIELDS:
            self.fields[name].validators.append(validate_plain_name)
        autocomplete = {
            "person_name": "name", "representative_name": "name", "honorific": "honorific-prefix",
            "organization_name": "organization", "title": "organization-title", "city": "address-level2",
            "region": "address-level1", "country": "country", "email": "email",
        }  # fmt: skip
        for name, token in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        # Required for the kind they belong to; the other kind's fields are hidden while it is chosen.
        for name in ("person_name", "representative_name"):
            self.fields[name].widget.attrs["aria-required"] = "true"
        if statement.proof_of_work:
            # Filled in by static/undersigned/pow.js; the template draws it with its message and errors.
            self.fields["altcha"] = forms.CharField(label=_("Anti-bot puzzle"), required=False)
        self.matches = self._similar_organizations() if self.is_bound else []
        self.fields["use_organization"].choices = [
            (str(m.organization.pk), m.organization.name) for m in self.matches
        ] + [(NEW_ORGANIZATION, _("None of these: it is a different organization"))]

    def _similar_organizations(self):
        """Organizations already on public lists whose name nearly matches the one typed, in the same
        country: the signer is offered the existing record rather than creating a second one."""
        name = self.data.get("organization_name", "").strip()
        if self.data.get("kind") != Signature.Kind.ORGANIZATION or not name:
            return []
        matches = organization_similar(name=name, country=self.data.get("country", ""))
        public = set(
            Signature.objects.filter(
                organization__in=[m.organization for m in matches],
                status=Signature.Status.CONFIRMED,
                consent_display=True,
            ).values_list("organization_id", flat=True)
        )
        return [m for m in matches if m.organization.pk in public]

    def clean_language(self):
        language = self.cleaned_data["language"].strip()
        version = self.statement.current_version
        available = version.languages() if version else [self.statement.language]
        if not language:
            return available[0]
        if language not in available:
            raise forms.ValidationError(_("This statement is not available in that language."))
        return language

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        if not self.statement.allows_kind(kind):
            raise forms.ValidationError(_("This statement is not open to this kind of signatory."))
        return kind

    def clean_altcha(self):
        if problem := solution_problem(self.cleaned_data["altcha"]):
            bot_log.info("Sign form of %s: proof of work %s", self.statement.slug, problem.value)
            raise forms.ValidationError(problem.label, code=problem.value)
        return ""

    def caught_bot(self) -> bool:
        """True (and logged) when the honeypot is filled: answer as for a sign-on, store and send nothing."""
        if not str(self.data.get(HONEYPOT, "")).strip():
            return False
        bot_log.warning("Sign form of %s: honeypot filled; nothing stored or sent", self.statement.slug)
        return True

    def clean(self):
        cleaned = super().clean()
        if not self.statement.accepts_signatures(timezone.now()):
            raise forms.ValidationError(_("This statement is no longer accepting signatures."), code="closed")
        if "kind" in cleaned:
            try:
                validate_signatory(kind=cleaned["kind"], voice=SIGNER, **self._signatory_fields(cleaned))
            except forms.ValidationError as error:
                add_service_errors(self, error)
        if self.matches and not cleaned.get("use_organization"):
            self.add_error(
                "organization_name",
                _(
                    "An organization with a similar name has already signed from this country. "
                    "Choose it below, or confirm that yours is a different organization."
                ),
            )
        return cleaned

    def chosen_organization(self):
        choice = self.cleaned_data.get("use_organization")
        return next((m.organization for m in self.matches if str(m.organization.pk) == choice), None)

    def _post_clean(self):
        # The model is completed (statement, version, token) by the service, not by this form.
        pass

    @staticmethod
    def _signatory_fields(cleaned) -> dict:
        data = {name: " ".join(str(cleaned.get(name) or "").split()) for name in _NAME_FIELDS}
        # Fields of the other kind may hold leftovers typed before the signer switched kind.
        if cleaned["kind"] == Signature.Kind.ORGANIZATION:
            data.update(person_name="", honorific="")
        else:
            data.update(representative_name="")
        data["country"] = cleaned.get("country", "")
        return data

    def signature_fields(self) -> dict:
        data = self._signatory_fields(self.cleaned_data)
        if (organization := self.chosen_organization()) is not None:
            data.update(organization=organization, organization_name=organization.name)
        data["consent_display"] = self.cleaned_data["consent_display"]
        data["language"] = self.cleaned_data["language"]
        return data

    def sign(self, *, source: str = Signature.Source.WEB, source_site: str = "") -> bool:
        """Stores a valid sign-on (`signature_create`); a rule only the service can check comes back as
        an error on its field. True when stored, or when a bot is answered as if it were (the honeypot);
        every public way of signing (the page, the embedded form, the API) calls this, saying which it is
        (`source`, and the partner site of an embed).
        """
        if self.caught_bot():
            return True
        if not self.is_valid():
            return False
        try:
            services.signature_create(
                statement=self.statement,
                email=self.cleaned_data["email"],
                kind=self.cleaned_data["kind"],
                source=source,
                source_site=source_site,
                **self.signature_fields(),
            )
        except ValidationError as error:
            add_service_errors(self, error)
            return False
        return True
