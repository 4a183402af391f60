import re
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.common.countries import country_choices
from undersigned.press.models import Quote, Release
from undersigned.signatures.selectors import signatory_queryset
from undersigned.statements.models import Statement

_PLACEHOLDER = re.compile(r"\[[^\]]*\]")


class SignatoryChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.display_line()


class ReleaseForm(forms.ModelForm):
    dateline_country = forms.ChoiceField(label=_("Dateline country"), required=False)
    embargo_until = forms.DateTimeField(
        label=_("Hold for release until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty for immediate release. The release is not public before this time."),
    )

    class Meta:
        model = Release
        fields = [
            "headline", "subheadline", "dateline_city", "dateline_country", "dateline_state", "release_date",
            "wire_service", "source", "lede", "about", "contact_name", "contact_email", "contact_phone",
            "embargo_until", "embargo_timezone", "selection", "selected", "grouping", "block_label",
            "include_map",
        ]  # fmt: skip
        widgets = {
            "release_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "lede": forms.Textarea(attrs={"rows": 4}),
            "about": forms.Textarea(attrs={"rows": 4}),
            "selection": forms.RadioSelect,
            "grouping": forms.RadioSelect,
            "block_label": forms.RadioSelect,
        }
        help_texts = {
            "lede": _(
                "The news in one or two sentences: who calls on whom to do what. It follows the dateline. "
                "Write {organizations}, {individuals} and {countries} for figures filled from the list "
                "whenever the release is shown, as in “{organizations} from {countries}”."
            ),
            "about": _("A short boilerplate paragraph about the issuing organization."),
        }

    def __init__(self, *args, statement: Statement, **kwargs):
        super().__init__(*args, **kwargs)
        self.statement = statement
        self.fields["dateline_country"].choices = [
            ("", _("No country (e.g. for WASHINGTON, LONDON)"))
        ] + country_choices("en")
        self.fields["selected"] = SignatoryChoiceField(
            label=_("Named signatories"),
            queryset=signatory_queryset(statement),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Used when “A named selection” is chosen above."),
        )
        if self.instance.pk:
            self.initial["selected"] = list(self.instance.selected.values_list("pk", flat=True))
        if self.instance.embargo_until:
            # The input shows the embargo in the time zone it was set in, not in the server's.
            zone = ZoneInfo(self.instance.embargo_timezone)
            self.initial["embargo_until"] = self.instance.embargo_until.astimezone(zone).replace(tzinfo=None)
        autocomplete = {"contact_name": "name", "contact_email": "email", "contact_phone": "tel"}
        for name, token in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token

    def clean_lede(self):
        lede = self.cleaned_data["lede"]
        if _PLACEHOLDER.search(lede):
            raise forms.ValidationError(
                _("Replace the parts in [brackets] with who is called on to do what.")
            )
        return lede

    def clean(self):
        cleaned = super().clean()
        embargo, zone_name = cleaned.get("embargo_until"), cleaned.get("embargo_timezone")
        if embargo and zone_name:
            # The browser sends a wall-clock time; it means that time in the chosen zone.
            naive = timezone.make_naive(embargo, timezone.get_current_timezone())
            cleaned["embargo_until"] = naive.replace(tzinfo=ZoneInfo(zone_name))
        if cleaned.get("selection") == Release.Selection.NAMED and not cleaned.get("selected"):
            self.add_error("selected", _("Choose at least one signatory for a named selection."))
        return cleaned

    def release_fields(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "selected"}


QUOTE_FIELDS = ("text", "speaker_name", "speaker_title", "organization")


class QuoteForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = list(QUOTE_FIELDS)
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        labels = {"text": _("Quote"), "speaker_name": _("Name of the speaker")}
        help_texts = {"organization": _("A signing organization, as it appears on the list.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].widget.attrs["list"] = "signing-organizations"


class BaseQuoteFormSet(forms.BaseInlineFormSet):
    def quotes(self) -> list[dict]:
        return [
            {name: form.cleaned_data[name] for name in QUOTE_FIELDS}
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


QuoteFormSet = forms.inlineformset_factory(
    Release, Quote, form=QuoteForm, formset=BaseQuoteFormSet, extra=3, max_num=3, min_num=1,
    validate_min=True, validate_max=True, can_delete=True,
)  # fmt: skip


class AttachmentForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("What the file is, e.g. “Fact sheet” or “Map of the river basin”."),
    )
    file = forms.FileField(
        label=_("File"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,.docx,application/pdf,image/png,image/jpeg"}
        ),
    )
    in_release = forms.BooleanField(label=_("List it in the press release"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("PDF, PNG, JPEG or Word (DOCX), up to %(mb)s MB.") % {
            "mb": settings.UNDERSIGNED_MAX_ATTACHMENT_MB
        }
