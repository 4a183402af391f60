from django import forms
from django.utils.translation import gettext_lazy as _

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
