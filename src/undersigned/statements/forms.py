import hashlib

from django import forms
from django.utils.translation import gettext_lazy as _

from undersigned.common.countries import country_codes
from undersigned.common.languages import language_choices, language_name
from undersigned.statements.models import Statement


def clean_country_order(raw: str) -> str:
    """`"de, at ,CH"` -> `"DE, AT, CH"`; an unknown code is refused with the codes it did not know.

    >>> clean_country_order(" de,at ")
    'DE, AT'
    >>> clean_country_order("DE, Germany")
    Traceback (most recent call last):
    ...
    django.core.exceptions.ValidationError: ['Not a country code: Germany. Use two-letter ISO codes separated by commas, e.g. “DE, AT, CH”.']
    """
    codes: list[str] = []
    for part in (raw or "").replace(";", ",").split(","):
        code = part.strip()
        if code and code.upper() not in codes:
            codes.append(code.upper() if len(code) == 2 else code)
    unknown = [code for code in codes if code not in country_codes()]
    if unknown:
        raise forms.ValidationError(
            _(
                "Not a country code: %(codes)s. Use two-letter ISO codes separated by commas, e.g. “DE, AT, CH”."
            ),
            code="unknown",
            params={"codes": ", ".join(unknown)},
        )
    return ", ".join(codes)


class VersionPublishForm(forms.Form):
    text = forms.CharField(label=_("Text (Markdown)"), widget=forms.Textarea(attrs={"rows": 18}))
    minor = forms.BooleanField(
        label=_("This is a minor correction (a typo, punctuation): signers need not reconfirm"),
        required=False,
    )
    note = forms.CharField(
        label=_("What changed (optional)"),
        max_length=300,
        required=False,
        help_text=_("Shown in the version history and in the email asking signers to reconfirm."),
    )

    # Set by the preview step: publishing needs a preview of exactly this text and choice.
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, statement: Statement, **kwargs):
        super().__init__(*args, **kwargs)
        self.statement = statement

    def fingerprint(self) -> str:
        """What the owner saw in the preview: the text, and whether it is a minor correction."""
        data = self.cleaned_data
        marker = "minor" if data.get("minor") else "major"
        return hashlib.sha256(f"{marker}\n{data.get('text', '')}".encode()).hexdigest()[:32]

    def was_previewed(self) -> bool:
        return self.cleaned_data.get("previewed") == self.fingerprint()

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        current = self.statement.current_version
        if current is not None and current.text == text:
            raise forms.ValidationError(_("The text is unchanged; there is no new version to publish."))
        return text


class StatementSettingsForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = ["country_order", "umbrella_placement", "list_order", "earlier_versions", "proof_of_work"]
        widgets = {
            "list_order": forms.RadioSelect,
            "earlier_versions": forms.RadioSelect,
            "umbrella_placement": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left out (an older form, a script), the umbrella bodies stay where they are.
        self.fields["umbrella_placement"].required = False

    def clean_country_order(self):
        return clean_country_order(self.cleaned_data["country_order"])

    def clean_umbrella_placement(self):
        return self.cleaned_data["umbrella_placement"] or self.instance.umbrella_placement

    def _post_clean(self):
        # The service validates and saves; the form must not write onto the statement before it does.
        pass


class StatementCreateForm(forms.ModelForm):
    """A new statement: its first text and how it is signed and listed. It starts as a draft."""

    text = forms.CharField(
        label=_("Text (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={"required": _("Please write the statement's text.")},
        help_text=_(
            "Use *emphasis*, **bold**, “## ” for a heading and “- ” for a list; the preview shows the result."
        ),
    )

    class Meta:
        model = Statement
        fields = [
            "title", "language", "deadline", "signers", "country_order", "umbrella_placement", "list_order",
            "earlier_versions",
        ]  # fmt: skip
        widgets = {
            "deadline": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "signers": forms.RadioSelect,
            "umbrella_placement": forms.RadioSelect,
            "list_order": forms.RadioSelect,
            "earlier_versions": forms.RadioSelect,
        }
        help_texts = {"deadline": _("Optional. After it, the form closes by itself.")}

    field_order = ["title", "language", "text", "deadline", "signers"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deadline"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"]
        # The text may be written in any language, not only the interface's: one list sorted by name in
        # the owner's language, each name followed by its autonym, so a screen reader reads plain options.
        self.fields["language"] = forms.ChoiceField(
            label=_("Language"),
            choices=language_choices(),
            error_messages={"invalid_choice": _("Choose a language from the list.")},
            help_text=_(
                "Readers of a right-to-left language such as Arabic see the text from right to left."
            ),
        )
        # Arabic or Hebrew typed into the title runs right to left as it is typed.
        self.fields["title"].widget.attrs.update(autocomplete="off", dir="auto")

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n").strip()
        if not text:
            raise forms.ValidationError(_("Please write the statement's text."), code="required")
        return text

    def clean_country_order(self):
        return clean_country_order(self.cleaned_data["country_order"])

    def _post_clean(self):
        # statements.services.statement_create validates and saves.
        pass

    def statement_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("text")
        return data


class TranslationForm(forms.Form):
    """A translation of the current version: its language, title and text (Markdown)."""

    language = forms.ChoiceField(label=_("Language"))
    title = forms.CharField(label=_("Title"), max_length=300)
    text = forms.CharField(
        label=_("Text (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Translate the whole text; the preview shows the result."),
    )

    def __init__(self, *args, statement: Statement, fixed_language: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(code, name) for code, name in language_choices() if code != statement.language]
        self.fields["language"].choices = [("", _("Choose a language"))] + choices
        if fixed_language:
            # Editing one translation: its language is part of its address, not a choice.
            self.fields["language"].choices = [(fixed_language, language_name(fixed_language))]
            self.fields["language"].initial = fixed_language
            self.fields["language"].disabled = True
        self.fields["title"].widget.attrs["autocomplete"] = "off"

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n").strip()
        if not text:
            raise forms.ValidationError(_("Please write the translated text."), code="required")
        return text
