"""The public signatory list. Every document made from the list reads it through here,
so the page, the text file, exports and the API always agree on order and numbers."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils.translation import gettext

from undersigned.common.countries import country_name
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

NO_COUNTRY = ""


@dataclass(frozen=True)
class ListedSignatory:
    number: int
    signature: Signature
    country: str  # ISO code, or "" for signatories without a country
    starts_group: bool
    group_label: str  # the country's name on the first row of a group, else ""

    @property
    def line(self) -> str:
        return self.signature.display_line()


def country_group_order(statement: Statement) -> list[str]:
    """Country codes in list order: the statement's chosen order first, then the rest by name,
    and signatories without a country last."""
    present = set(
        _public(statement).order_by().values_list("country", flat=True).distinct()
    )
    chosen = [code for code in statement.country_order_codes() if code in present]
    rest = sorted(present - set(chosen) - {NO_COUNTRY}, key=lambda code: country_name(code, statement.language))
    return chosen + rest + ([NO_COUNTRY] if NO_COUNTRY in present else [])


def group_label(code: str, language: str | None = None) -> str:
    return country_name(code, language) if code else gettext("Other signatories")


def _public(statement: Statement) -> QuerySet[Signature]:
    return Signature.objects.filter(
        statement=statement, status=Signature.Status.CONFIRMED, consent_display=True
    )


def signatory_queryset(statement: Statement) -> QuerySet[Signature]:
    """Confirmed, displayable signatures in published order: country group, organizations
    before individuals, then the order in which they confirmed."""
    order = country_group_order(statement)
    country_rank = Case(
        *[When(country=code, then=Value(rank)) for rank, code in enumerate(order)],
        default=Value(len(order)),
        output_field=IntegerField(),
    )
    kind_rank = Case(
        When(kind=Signature.Kind.ORGANIZATION, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return (
        _public(statement)
        .annotate(country_rank=country_rank, kind_rank=kind_rank)
        .order_by("country_rank", "kind_rank", "confirmed_at", "pk")
    )


def _numbered(rows, *, first_number: int, language: str) -> Iterator[ListedSignatory]:
    previous_country = None
    for offset, signature in enumerate(rows):
        starts_group = signature.country != previous_country
        yield ListedSignatory(
            number=first_number + offset,
            signature=signature,
            country=signature.country,
            starts_group=starts_group,
            group_label=group_label(signature.country, language) if starts_group else "",
        )
        previous_country = signature.country


def signatory_page(statement: Statement, page_number, per_page: int):
    """One page of the numbered list; numbers continue across pages and groups."""
    paginator = Paginator(signatory_queryset(statement), per_page)
    page = paginator.get_page(page_number)
    rows = list(page.object_list)
    page.signatories = list(_numbered(rows, first_number=page.start_index(), language=statement.language))
    return page


def signatory_iter(statement: Statement, chunk_size: int = 2000) -> Iterator[ListedSignatory]:
    """The whole list, streamed from the database in chunks (for text files and exports)."""
    rows = signatory_queryset(statement).iterator(chunk_size=chunk_size)
    return _numbered(rows, first_number=1, language=statement.language)
