"""Read endpoints: statements, their versions, the public signatory list and its counts.

Everything is read through the selectors the pages use, so the API numbers, groups and counts the list
exactly as the list page does. Only public statements exist here, whoever asks: the API reads no cookie.
"""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext
from ninja import Query, Router
from ninja.errors import HttpError

from undersigned.api.cursor import decode_cursor, encode_cursor
from undersigned.api.schemas import (
    CountsOut,
    ErrorOut,
    FieldErrorsOut,
    Kind,
    SignatoryPageOut,
    StatementDetailOut,
    StatementOut,
    TranslationOut,
    VersionOut,
)
from undersigned.common.languages import autonym, text_direction
from undersigned.signatures import selectors as lists
from undersigned.statements.models import Statement
from undersigned.statements.selectors import statement_get_public, statement_list_public, statement_versions

router = Router(tags=["statements"])

MAX_PAGE = 500


def public_statement(slug: str) -> Statement:
    """The public statement behind `slug`, or a 404 that says so. Drafts do not exist here."""
    try:
        return statement_get_public(slug=slug, user=None)
    except Http404:
        raise HttpError(404, gettext("There is no public statement at this address.")) from None


def _statement_out(statement: Statement, version=None) -> dict:
    version = version or statement.current_version
    return {
        "slug": statement.slug,
        "title": statement.title,
        "language": statement.language,
        "direction": text_direction(statement.language),
        "status": statement.status,
        "accepting_signatures": statement.accepts_signatures(),
        "deadline": statement.deadline,
        "signers": statement.signers,
        "confirmed_count": statement.confirmed_count,
        "current_version": version.number if version else None,
        "url": settings.SITE_URL + statement.get_absolute_url(),
        "created_at": statement.created_at,
        "proof_of_work": statement.proof_of_work,
        "text": version.text if version else "",
        "text_sha256": version.sha256 if version else "",
    }


def _languages_out(statement: Statement) -> list[dict]:
    version = statement.current_version
    translations = list(version.translations.all()) if version else []
    original = {"language": statement.language, "original": True, "outdated": False}
    rows = [original] + [
        {"language": t.language, "original": False, "outdated": t.outdated} for t in translations
    ]
    return [
        {**row, "name": autonym(row["language"]), "direction": text_direction(row["language"])}
        for row in rows
    ]


def _translation_out(translation) -> dict:
    return {
        "language": translation.language,
        "direction": text_direction(translation.language),
        "title": translation.title,
        "text": translation.text,
        "version": translation.version.number,
        "translated_from_version": translation.source_version.number,
        "outdated": translation.outdated,
        "updated_at": translation.updated_at,
    }


@router.get("/statements", response=list[StatementOut], summary="Public statements, newest first")
def statement_list(request):
    return [_statement_out(statement) for statement in statement_list_public()]


@router.get(
    "/statements/{slug}",
    response={200: StatementDetailOut, 404: ErrorOut},
    summary="A statement and its current text",
)
def statement_detail(request, slug: str):
    statement = public_statement(slug)
    return {**_statement_out(statement), "languages": _languages_out(statement)}


@router.get(
    "/statements/{slug}/translations",
    response={200: list[TranslationOut], 404: ErrorOut},
    summary="The current text's translations",
    description="Each marks whether it was translated from an earlier text (`outdated`).",
)
def statement_translation_list(request, slug: str):
    statement = public_statement(slug)
    version = statement.current_version
    if version is None:
        return []
    return [
        _translation_out(t)
        for t in version.translations.select_related("version", "source_version").order_by("language")
    ]


@router.get(
    "/statements/{slug}/translations/{language}",
    response={200: TranslationOut, 404: ErrorOut},
    summary="One translation of the current text",
)
def statement_translation_detail(request, slug: str, language: str):
    statement = public_statement(slug)
    version = statement.current_version
    translation = (
        version.translations.select_related("version", "source_version").filter(language=language).first()
        if version
        else None
    )
    if translation is None:
        raise HttpError(404, gettext("This statement has no translation into that language."))
    return _translation_out(translation)


@router.get(
    "/statements/{slug}/versions",
    response={200: list[VersionOut], 404: ErrorOut},
    summary="Every version of a statement's text, oldest first",
)
def statement_version_list(request, slug: str):
    return list(statement_versions(public_statement(slug)))


@router.get(
    "/statements/{slug}/signatories",
    response={200: SignatoryPageOut, 400: ErrorOut, 404: ErrorOut, 422: FieldErrorsOut},
    summary="The numbered public list of confirmed signatories",
    description=(
        "In list order: grouped by country, umbrella bodies, then organizations, then individuals. "
        "Numbers are those of the whole list, also when filtered. Follow `next_cursor` for the next page."
    ),
)
def signatory_list(
    request,
    slug: str,
    country: str | None = Query(
        None,
        pattern="^([A-Za-z]{2}|none)$",
        description="An ISO code, or `none` for signatories without one.",
    ),
    kind: Kind | None = None,
    cursor: str | None = Query(None, max_length=100),
    limit: int = Query(100, ge=1, le=MAX_PAGE),
):
    statement = public_statement(slug)
    start = 0
    if cursor:
        position, signature_id = decode_cursor(cursor)
        start = lists.signatory_position(statement, position=position, signature_id=signature_id)
    if country is not None:
        country = "" if country == "none" else country.upper()
    page = lists.signatory_slice(statement, start=start, limit=limit, country=country, kind=kind)
    next_cursor = None
    if page.next_position is not None:
        last = page.signatories[-1]
        next_cursor = encode_cursor(last.number - 1, last.signature.pk)
    return {
        "items": [_signatory_out(row, statement.language) for row in page.signatories],
        "next_cursor": next_cursor,
    }


# The fields each kind's list line is made of (`Signature.display_line`): nothing else is public, not
# even a field of the other kind left filled in.
PUBLIC_FIELDS = {
    "organization": ("organization_name", "representative_name", "title", "city", "region"),
    "individual": ("honorific", "person_name", "title", "organization_name", "city", "region"),
}
SIGNATORY_FIELDS = (
    "organization_name", "representative_name", "title", "honorific", "person_name", "city", "region",
)  # fmt: skip


def _signatory_out(row: lists.ListedSignatory, language: str) -> dict:
    signature = row.signature
    public = PUBLIC_FIELDS[signature.kind]
    return {
        "number": row.number,
        "country": row.country,
        "country_name": lists.group_label(row.country, language),
        "kind": signature.kind,
        "line": row.line,
        "annotations": [str(note) for note in row.annotations],
        **{name: getattr(signature, name) if name in public else "" for name in SIGNATORY_FIELDS},
        "verified": row.verified,
        "endorsed_version": row.endorsed_version,
    }


@router.get(
    "/statements/{slug}/counts",
    response={200: CountsOut, 404: ErrorOut},
    summary="How many signed, by country and kind",
)
def signatory_counts(request, slug: str):
    statement = public_statement(slug)
    counts = lists.signatory_counts(statement)
    return {
        "confirmed": statement.confirmed_count,
        "listed": counts.total,
        "organizations": counts.organizations,
        "individuals": counts.individuals,
        "by_country": [
            {
                "country": row.country,
                "country_name": lists.group_label(row.country, statement.language),
                "organizations": row.organizations,
                "individuals": row.individuals,
                "total": row.total,
            }
            for row in counts.by_country
        ],
    }
