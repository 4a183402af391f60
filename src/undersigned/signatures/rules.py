"""The rules of a sign-on, in one place: what a signatory of each kind must give, and how long each field
may be. The public form, the coordinator's form, the import review table and the invitation form all call
`validate_signatory`, and so do the services that store what they collected.

Errors are keyed by Signature field, so each form shows them next to its own field (an import row calls
its person's name `person`; see `imports.forms.ReviewRowForm`).
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, validate_email
from django.utils.translation import gettext_lazy as _

from undersigned.signatures.models import Signature

# The fields a signatory fills in, each limited to what its column holds.
SIGNATORY_FIELDS = [
    "organization_name", "representative_name", "title", "honorific", "person_name", "city", "region", "country",
]  # fmt: skip

# Who fills in the form: the signer themselves, or someone on their behalf (a coordinator, an import).
SIGNER, ON_BEHALF = "signer", "on_behalf"
_REQUIRED = {
    SIGNER: {
        "organization_name": _("Please give the name of the organization you sign for."),
        "representative_name": _("Please give the name of the person signing."),
        "person_name": _("Please give your name."),
    },
    ON_BEHALF: {
        "organization_name": _("Please give the name of the organization."),
        "representative_name": _("Please give the name of the person signing."),
        "person_name": _("Please give the person's name."),
    },
}


def max_length(field: str) -> int:
    return Signature._meta.get_field(field).max_length


def representative_with_honorific(honorific: str, name: str) -> str:
    """An organization's list line has no honorific column: the honorific goes in front of the name.

    >>> representative_with_honorific("Prof.", "Ada Byron")
    'Prof. Ada Byron'
    """
    return " ".join(part for part in (honorific, name) if part)


def validate_signatory(
    *, kind: str, voice: str = SIGNER, email: str | None = None, require_representative: bool = True, **fields
) -> None:
    """Raise a `ValidationError` keyed by field when the signatory's fields do not make a sign-on of
    `kind`: a missing name, a field longer than its column, an invalid address.

    An organization signing today names the person who signs for it; an imported list may name no one
    (`require_representative=False`), as published lists often do.

    For an organization, an `honorific` is stored in front of the representative's name, so the two
    together must fit the representative's column.

    >>> validate_signatory(kind="individual", person_name="Grace Liu", honorific="Dr.")
    >>> validate_signatory(kind="organization", organization_name="Friends of the Elbe")
    Traceback (most recent call last):
    ...
    django.core.exceptions.ValidationError: {'representative_name': ['Please give the name of the person signing.']}
    """
    unknown = set(fields) - set(SIGNATORY_FIELDS)
    if unknown:
        raise TypeError(f"Not a signatory field: {', '.join(sorted(unknown))}")
    values = {name: str(fields.get(name) or "").strip() for name in SIGNATORY_FIELDS}
    errors: dict[str, list] = {}

    def add(field, error):
        errors.setdefault(field, []).append(error)

    if kind not in Signature.Kind.values:
        add("kind", ValidationError(_("Choose how you sign."), code="invalid_choice"))
    required = []
    if kind == Signature.Kind.ORGANIZATION:
        required = (
            ["organization_name", "representative_name"] if require_representative else ["organization_name"]
        )
    if kind == Signature.Kind.INDIVIDUAL:
        required = ["person_name"]
    for name in required:
        if not values[name]:
            add(name, ValidationError(_REQUIRED[voice][name], code="required"))
    for name in SIGNATORY_FIELDS:
        try:
            MaxLengthValidator(max_length(name))(values[name])
        except ValidationError as error:
            add(name, error)
    combined = representative_with_honorific(values["honorific"], values["representative_name"])
    if kind == Signature.Kind.ORGANIZATION and values["honorific"] and "representative_name" not in errors:
        if len(combined) > max_length("representative_name"):
            add(
                "representative_name",
                ValidationError(
                    _(
                        "With the honorific, this name has %(length)d characters; "
                        "at most %(limit)d fit. Shorten the name or leave out the honorific."
                    ),
                    code="max_length",
                    params={"length": len(combined), "limit": max_length("representative_name")},
                ),
            )
    if email:
        try:
            validate_email(email)
        except ValidationError as error:
            add("email", error)
        else:
            try:
                MaxLengthValidator(max_length("email"))(email)
            except ValidationError as error:
                add("email", error)
    if errors:
        raise ValidationError(errors)
