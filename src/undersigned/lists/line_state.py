"""What one line's parse works on: the list's context, and the fields with their doubts.

Shared by `fields.py` (pieces, place, assembly) and `labelling.py` (what each piece is).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Doubt


@dataclass
class Context:
    """What the surrounding list tells about a line."""

    heading_kind: str | None = None
    heading_country: str | None = None
    # Share of the list's lines that clearly start with a personal name.
    people_share: float = 0.0
    # What the statement says its signers are ("We, the undersigned businesses").
    statement_kind: str | None = None
    # Share of the other entries of the line's group that start with an
    # organisation (of the whole list when the group is small); None if too few.
    org_share: float | None = None
    # The group writes "Surname, Given name" throughout ("Müller, Hans, Universität Hamburg").
    surname_first: bool = False


@dataclass
class Fields:
    kind: str = "organization"
    person: str | None = None
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    # Where the country came from: "line" (stated on it), "heading", "name" (read in the organisation's name).
    country_source: str | None = None
    doubts: list[Doubt] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [d.message for d in self.doubts]

    def doubt(self, field_name: str, reason: str, message: str, margin: float | None = None) -> None:
        self.doubts.append(Doubt(field=field_name, reason=reason, message=message, margin=margin))
