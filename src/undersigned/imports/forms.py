from django import forms
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from undersigned.common.countries import normalize_country
from undersigned.common.forms import add_service_errors
from undersigned.common.validators import validate_plain_name
from undersigned.imports.limits import ImportRefused, check_text, split_advice
from undersigned.imports.widgets import CountrySelect, use_fast_widgets
from undersigned.lists import ListSourceError, read_text_file
from undersigned.signatures.models import Signature
from undersigned.signatures.rules import ON_BEHALF, validate_signatory

# The review table names a row's fields as the parser does; the rules name them as Signature does.
ROW_FIELDS = {"organization_name": "organization", "person_name": "person", "representative_name": "person"}


def source_error_message(error: ListSourceError) -> str:
    """The parser's own wording for a file it cannot read, or ours, translated and saying what to do."""
    params = {key: number_format(value, force_grouping=True) for key, value in error.params.items()}
    if error.code == "docx_unzipped":
        params["limit"] = error.params["limit"] // 1_000_000
        return (
            _("This .docx file unpacks to more than %(limit)s MB, too much to read. Copy the list into a new document, or paste its text.")
            % params
        )  # fmt: skip
    if error.code == "docx_members":
        return (
            _("This .docx file holds more than %(limit)s parts, too many to read. Copy the list into a new document, or paste its text.")
            % params
        )  # fmt: skip
    if error.code == "docx_paragraphs":
        return (
            _("This .docx file has %(paragraphs)s paragraphs; one import reads at most %(limit)s lines.")
            % params
            + " "
            + split_advice(error.params["limit"])
        )
    if error.code == "not_text":
        return _(
            "This file is not plain text. Save it as a .txt file (UTF-8) or a .docx document, or paste its text."
        )
    return str(error)


class ImportSourceForm(forms.Form):
    """Step one: the document, pasted or uploaded."""

    text = forms.CharField(
        label=_("Paste the statement or its list of signatories"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_(
            "The whole document is fine: the statement part and trailing contact details are left out."
        ),
    )
    file = forms.FileField(
        label=_("…or upload a .txt or .docx file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx,text/plain"}),
    )
    # "Start the list here": the line (1-based) from which the document is read as the list.
    start_line = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if upload.size > settings.UNDERSIGNED_IMPORT_MAX_BYTES:
            limit = settings.UNDERSIGNED_IMPORT_MAX_BYTES // 1_000_000
            raise forms.ValidationError(
                _(
                    "This file is larger than %(limit)s MB. Upload a file with only the list, or paste its text."
                )
                % {"limit": limit}
            )
        try:
            text = read_text_file(
                upload.read(),
                upload.name,
                max_unzipped_bytes=settings.UNDERSIGNED_IMPORT_MAX_UNZIPPED_BYTES,
                max_zip_members=settings.UNDERSIGNED_IMPORT_MAX_ZIP_MEMBERS,
                max_docx_paragraphs=settings.UNDERSIGNED_IMPORT_MAX_LINES,
            )
        except ListSourceError as error:
            raise forms.ValidationError(source_error_message(error)) from None
        try:
            check_text(text)
        except ImportRefused as refused:
            raise forms.ValidationError(refused.message) from None
        return text

    def clean_text(self):
        text = self.cleaned_data.get("text", "")
        try:
            check_text(text)
        except ImportRefused as refused:
            # Not sent back in the form: the page would be as large as the paste.
            self.data = self.data.copy()
            self.data["text"] = ""
            raise forms.ValidationError(refused.message) from None
        return text

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("file") and not cleaned.get("text", "").strip():
            raise forms.ValidationError(_("Paste a text or choose a file."))
        return cleaned

    def document_text(self) -> str:
        return self.cleaned_data.get("file") or self.cleaned_data["text"]


class ReviewRowForm(forms.Form):
    """Step two: one parsed signatory, every field correctable before anything is stored."""

    include = forms.BooleanField(label=_("Import"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Signature.Kind.choices)
    honorific = forms.CharField(label=_("Honorific"), max_length=30, required=False)
    person = forms.CharField(label=_("Person"), max_length=200, required=False)
    title = forms.CharField(label=_("Role"), max_length=200, required=False)
    organization = forms.CharField(label=_("Organization"), max_length=300, required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    region = forms.CharField(label=_("Region"), max_length=100, required=False)
    country = forms.CharField(
        label=_("Country"), max_length=60, required=False, widget=CountrySelect(blank_label=_("No country"))
    )
    umbrella = forms.BooleanField(label=_("Umbrella body"), required=False)
    # Not stored: ticks the row for the bulk actions above the table.
    selected = forms.BooleanField(label=_("Select"), required=False)
    text = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)
    position = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    # Carried through the round trip so a re-shown table keeps its highlights.
    duplicate = forms.CharField(widget=forms.HiddenInput, required=False, max_length=20)
    notes = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)
    # The parser's grouping and its reasons for doubt, kept through the round trip like the notes.
    group = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    group_label = forms.CharField(widget=forms.HiddenInput, required=False, max_length=300)
    evidence = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)

    def __init__(self, *args, countries: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.region = countries  # a coordinator's countries; None when the owner imports
        for name in ("honorific", "person", "title", "organization", "city", "region"):
            self.fields[name].validators.append(validate_plain_name)

    def clean_umbrella(self):
        umbrella = self.cleaned_data["umbrella"]
        if umbrella and self.cleaned_data.get("kind") != Signature.Kind.ORGANIZATION:
            raise forms.ValidationError(_("Only an organization can be an umbrella body."))
        return umbrella

    def clean_country(self):
        value = self.cleaned_data["country"].strip()
        if not value:
            return ""
        code = normalize_country(value)
        if code is None:
            raise forms.ValidationError(
                _("Unknown country “%(value)s”: use a name or a two-letter code.") % {"value": value}
            )
        return code

    def _check_region(self, cleaned):
        if self.region is None or not cleaned.get("include") or "country" in self.errors:
            return
        if cleaned.get("country") not in self.region:
            self.add_error(
                "country",
                _("Your region is %(codes)s: give one of these countries or untick the row.")
                % {"codes": ", ".join(self.region)},
            )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("include"):
            return cleaned
        if "kind" in cleaned:
            try:
                validate_signatory(
                    kind=cleaned["kind"],
                    voice=ON_BEHALF,
                    require_representative=False,
                    **self._signatory_fields(cleaned),
                )
            except forms.ValidationError as error:
                add_service_errors(self, error, field_map=ROW_FIELDS)
        self._check_region(cleaned)
        return cleaned

    @staticmethod
    def _signatory_fields(cleaned) -> dict:
        """The row as the rules see it. An organization's named person is its representative, with the
        honorific in front (see `imports.services.signature_fields_from_row`)."""
        person = "representative_name" if cleaned["kind"] == Signature.Kind.ORGANIZATION else "person_name"
        fields = {
            "organization_name": cleaned.get("organization", ""),
            "honorific": cleaned.get("honorific", ""),
            person: cleaned.get("person", ""),
        }
        fields.update({name: cleaned.get(name, "") for name in ("title", "city", "region", "country")})
        return fields


use_fast_widgets(ReviewRowForm)


class BaseReviewFormSet(forms.BaseFormSet):
    def add_service_error(self, error: forms.ValidationError) -> None:
        """Show what the import service refused above the table (its rows were valid here)."""
        self.non_form_errors()
        self._non_form_errors.extend(error.messages)

    def clean(self):
        if any(self.errors):
            return
        if not any(form.cleaned_data.get("include") for form in self.forms):
            raise forms.ValidationError(_("Tick at least one row to import."))


ReviewFormSet = forms.formset_factory(
    ReviewRowForm,
    formset=BaseReviewFormSet,
    extra=0,
    max_num=settings.UNDERSIGNED_IMPORT_MAX_ROWS,
    absolute_max=settings.UNDERSIGNED_IMPORT_MAX_ROWS,
    validate_max=True,
)
