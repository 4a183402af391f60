from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from undersigned.delivery.csvimport import MAX_ROWS
from undersigned.delivery.models import Mailing, Recipient


class RecipientForm(forms.ModelForm):
    reusable = forms.BooleanField(
        label=_("Keep for my other statements too"), required=False,
        help_text=_("Reusable recipients appear on every statement you manage."),
    )  # fmt: skip

    class Meta:
        model = Recipient
        fields = ["kind", "name", "office", "outlet", "beat", "email", "greeting"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"kind": _("Recipient is")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "off"
        self.fields["email"].widget.attrs["autocomplete"] = "off"


class RecipientChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        parts = [obj.name, obj.affiliation, f"<{obj.email}>"]
        return " · ".join(p for p in parts if p)


class MailingForm(forms.ModelForm):
    class Meta:
        model = Mailing
        fields = ["recipients", "subject", "message", "content", "include_release", "resend"]
        widgets = {"content": forms.RadioSelect, "message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, recipients, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipients"] = RecipientChoiceField(
            label=_("Recipients"), queryset=recipients, widget=forms.CheckboxSelectMultiple,
            error_messages={"required": _("Choose at least one recipient.")},
        )  # fmt: skip


class RecipientCsvForm(forms.Form):
    """A CSV pasted or uploaded; the review step carries the text on in a hidden field."""

    text = forms.CharField(
        label=_("Paste the CSV"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text=_(
            "One recipient a line: name, email, role, and “addressee” or “media”, separated by commas. "
            "A first line naming the columns is welcome. The role is an addressee's office or a journalist's outlet."
        ),
    )
    file = forms.FileField(label=_("Or upload a CSV file"), required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return ""
        if upload.size > settings.UNDERSIGNED_IMPORT_MAX_BYTES:
            raise forms.ValidationError(_("This file is too large."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                _("This file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
            ) from None

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("file") or cleaned.get("text", "").strip()):
            self.add_error("text", _("Paste the CSV or choose a file."))
        elif not self.errors:
            lines = sum(1 for line in self.csv_text().splitlines() if line.strip())
            if lines > MAX_ROWS + 1:  # one more for a header row
                field = "file" if cleaned.get("file") else "text"
                self.add_error(field, _(
                    "This list has %(lines)s lines; at most %(max)s recipients can be added at once. "
                    "Split it into parts and add them one after another."
                ) % {"lines": f"{lines:,}", "max": f"{MAX_ROWS:,}"})  # fmt: skip
        return cleaned

    def csv_text(self) -> str:
        return self.cleaned_data.get("file") or self.cleaned_data.get("text", "")
