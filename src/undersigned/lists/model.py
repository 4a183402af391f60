"""The result of parsing a document; plain data, serialisable with `to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Statement:
    title: str | None = None
    dateline: str | None = None
    body: str = ""


@dataclass
class Entry:
    position: int
    number: int | None
    group: int
    group_label: str | None
    kind: str  # "organization" or "individual"
    person: str | None
    honorific: str | None
    title: str | None
    organization: str | None
    city: str | None
    region: str | None
    country: str | None
    text: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    statement: Statement
    entries: list[Entry]
    exact_duplicates: list[tuple[int, int]] = field(default_factory=list)
    probable_duplicates: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "statement": asdict(self.statement),
            "entries": [asdict(e) for e in self.entries],
            "duplicates": {
                "exact": [list(p) for p in self.exact_duplicates],
                "probable": [list(p) for p in self.probable_duplicates],
            },
            "warnings": list(self.warnings),
        }
