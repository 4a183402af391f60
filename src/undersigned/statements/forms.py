import hashlib

from django import forms
from django.utils.translation import gettext_lazy as _

from undersigned.statements.models import Statement


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
        fields = ["country_order", "list_order", "earlier_versions"]
        widgets = {"list_order": forms.RadioSelect, "earlier_versions": forms.RadioSelect}

    def clean_country_order(self):
        return ", ".join(
            code.strip().upper() for code in self.cleaned_data["country_order"].split(",") if code.strip()
        )

    def _post_clean(self):
        # The service validates and saves; the form must not write onto the statement before it does.
        pass
