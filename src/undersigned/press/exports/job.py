"""What every export builder reads: the statement, its version and the numbered list,
streamed through the list selector so every file agrees with the public page."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from undersigned.signatures.selectors import ListedSignatory, signatory_iter
from undersigned.statements.models import Statement, StatementVersion

PROGRESS_EVERY = 250


@dataclass
class ExportJob:
    statement: Statement
    version: StatementVersion
    total: int
    on_progress: Callable[[int], None] | None = None
    generated_at: datetime = field(default_factory=timezone.now)

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
