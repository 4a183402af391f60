"""What every export builder reads: the statement, its version and the numbered list,
streamed through the list selector so every file agrees with the public page."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from undersigned.common.countries import country_name
from undersigned.signatures.selectors import ListedSignatory, group_label, signatory_iter
from undersigned.statements.models import Statement, StatementVersion
from undersigned.statements.translations import Reading, statement_reading

PROGRESS_EVERY = 250


@dataclass
class ExportJob:
    statement: Statement
    version: StatementVersion
    total: int
    on_progress: Callable[[int], None] | None = None
    generated_at: datetime = field(default_factory=timezone.now)
    # Empty for the original text, else the language of the translation to print.
    language: str = ""

    @property
    def reading(self) -> Reading:
        """The title and text the document prints, with their language and writing direction."""
        return statement_reading(self.statement, self.version, self.language or self.statement.language)

    @property
    def url(self) -> str:
        return settings.SITE_URL + self.statement.get_absolute_url()

    def rows(self) -> Iterator[ListedSignatory]:
        done = 0
        for row in signatory_iter(self.statement):
            yield row
            done += 1
            if self.on_progress and done % PROGRESS_EVERY == 0:
                self.on_progress(done)
        if self.on_progress:
            self.on_progress(done)


def public_fields(row: ListedSignatory) -> dict:
    """The fields a public export may carry. Email, consent and status never leave the database."""
    s = row.signature
    return {
        "number": row.number,
        "kind": s.kind,
        "organization": s.organization_name,
        "representative": s.representative_name,
        "title": s.title,
        "honorific": s.honorific,
        "name": s.person_name,
        "city": s.city,
        "region": s.region,
        "country": row.country,
        "line": row.line,
    }


def with_names(language: str):
    """Adds the country's name and the group's heading (a country, or the umbrella bodies when a statement
    lists them in a group of their own) to a row's public fields, each name looked up once per export."""
    countries: dict[str, str] = {}
    groups: dict[str, str] = {}

    def add(row: ListedSignatory, fields: dict) -> dict:
        code = fields["country"]
        if code not in countries:
            countries[code] = country_name(code, language) if code else ""
        if row.group not in groups:
            groups[row.group] = group_label(row.group, language)
        fields["country_name"] = countries[code]
        fields["group"] = groups[row.group]
        return fields

    return add
