"""What the API answers and accepts. Signatories carry only what the public list prints."""

from datetime import datetime
from typing import Literal

from ninja import Field, Schema

Kind = Literal["organization", "individual"]


class ErrorOut(Schema):
    detail: str


class FieldErrorsOut(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(
        description="Messages by field; `__all__` holds those about the sign-on as a whole."
    )
    organization_choices: list["OrganizationChoiceOut"] = Field(
        default=[],
        description="Organizations with a similar name already on public lists: sign again with "
        "`use_organization` set to one's id, or to `new` for a different organization.",
    )


class OrganizationChoiceOut(Schema):
    id: str
    name: str


FieldErrorsOut.model_rebuild()


class StatementOut(Schema):
    slug: str
    title: str
    language: str = Field(description="The language of the original text (BCP 47), e.g. `en`, `ar`.")
    direction: Literal["ltr", "rtl"] = Field(description="The original text's writing direction.")
    status: Literal["open", "closed", "published"]
    accepting_signatures: bool
    deadline: datetime | None
    signers: Literal["both", "organizations", "individuals"]
    confirmed_count: int = Field(description="Confirmed sign-ons, as the statement page counts them.")
    current_version: int | None
    url: str = Field(description="The statement page.")
    created_at: datetime
    proof_of_work: bool = Field(
        description="Sign-ons must carry `altcha`, the answer to a challenge from "
        "`/statements/{slug}/challenge` (the anti-bot puzzle the owner switched on)."
    )


class LanguageOut(Schema):
    language: str = Field(description="A language code (BCP 47), e.g. `de`, `ar`.")
    name: str = Field(description="The language's name in itself.")
    direction: Literal["ltr", "rtl"]
    original: bool = Field(description="The statement's own text; translations are of this one.")
    outdated: bool = Field(description="A translation of an earlier text: the original is authoritative.")


class StatementDetailOut(StatementOut):
    text: str = Field(description="The current text, in Markdown.")
    text_sha256: str
    languages: list[LanguageOut] = Field(
        description="The original's language first, then the current version's translations."
    )


class TranslationOut(Schema):
    language: str
    direction: Literal["ltr", "rtl"]
    title: str
    text: str = Field(description="Markdown.")
    version: int = Field(description="The version this translation belongs to (the current one).")
    translated_from_version: int = Field(description="The version whose text was translated.")
    outdated: bool = Field(description="Translated from an earlier text: the original is authoritative.")
    updated_at: datetime


class VersionOut(Schema):
    number: int
    text: str = Field(description="Markdown.")
    sha256: str
    minor: bool = Field(description="A minor correction: its signers need not reconfirm.")
    note: str
    created_at: datetime


class SignatoryOut(Schema):
    number: int = Field(description="The signatory's number on the whole list, as the list page shows it.")
    country: str = Field(description="ISO 3166-1 alpha-2 code, or an empty string.")
    country_name: str
    kind: Kind
    line: str = Field(description="The line the list prints.")
    annotations: list[str]
    organization_name: str
    representative_name: str
    title: str
    honorific: str
    person_name: str
    city: str
    region: str
    verified: bool
    endorsed_version: int | None = Field(
        description="The earlier text this signatory endorsed, when they have not reconfirmed the current one."
    )


class SignatoryPageOut(Schema):
    items: list[SignatoryOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class CountryCountOut(Schema):
    country: str = Field(description="ISO 3166-1 alpha-2 code, or an empty string.")
    country_name: str
    organizations: int
    individuals: int
    total: int


class CountsOut(Schema):
    confirmed: int = Field(description="Confirmed sign-ons, including those not shown on the public list.")
    listed: int = Field(description="Signatories on the public list.")
    organizations: int
    individuals: int
    by_country: list[CountryCountOut] = Field(description="In the order of the list's country groups.")


class SignIn(Schema):
    kind: Kind
    email: str = Field(
        max_length=254,
        description="The confirmation link goes here; it is never shown publicly.",
        json_schema_extra={"format": "email"},
    )
    person_name: str = ""
    honorific: str = ""
    organization_name: str = Field(
        default="",
        description="Required when signing for an organization; an optional affiliation otherwise.",
    )
    representative_name: str = Field(default="", description="Who signs for the organization.")
    title: str = ""
    city: str = ""
    region: str = ""
    country: str = Field(default="", max_length=2, description="ISO 3166-1 alpha-2 code.")
    consent_display: bool = Field(default=True, description="Show the signature on the public list.")
    use_organization: str = Field(
        default="", description="The id of a suggested organization (see `organization_choices`), or `new`."
    )
    language: str = Field(
        default="",
        max_length=16,
        description="The language of the text the signer read: the statement's or one of its translations' "
        "(see `languages`). Empty means the original.",
    )
    altcha: str = Field(
        default="",
        max_length=2000,
        description="Required when the statement's `proof_of_work` is true: base64 of the JSON "
        '`{"algorithm", "challenge", "number", "salt", "signature"}`, the fields of a challenge from '
        "`/statements/{slug}/challenge` with the `number` found. Each challenge answers one sign-on.",
    )


class ChallengeOut(Schema):
    """ALTCHA's challenge (v1): find the `number` from 0 to `maxNumber` whose SHA-256 of `salt` + number,
    in hex, is `challenge`."""

    algorithm: Literal["SHA-256"]
    challenge: str = Field(description="SHA-256 of salt + the secret number, in hex.")
    maxNumber: int = Field(description="The secret number is at most this.")
    salt: str = Field(description="Hashed as it is; it carries the challenge's expiry (ten minutes).")
    signature: str = Field(description="The server's HMAC of `challenge`; send it back unchanged.")


class SignAcceptedOut(Schema):
    detail: str
