"""The result of parsing a document; plain data, serialisable with `to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Statement:
    title: str | None = None
    dateline: str | None = None
    body: str = ""


@dataclass
class Doubt:
    """Why one field of an entry may be wrong: which field, a stable reason code, and how close the call was.

    `margin` is how far the winning reading was ahead of the next one, from 0
    (a coin toss) to 1 (no contest); None where no alternative was weighed.
    `message` is the readable sentence the import screen shows.
    """

    field: str
    reason: str
    message: str
    margin: float | None = None


@dataclass
class Notice:
    """Something about the whole document a reviewer should act on.

    `line` is the 0-based index of the line it concerns in the normalised text
    (for "start the list here"), or None; `line_text` is that line as written, so a
    caller holding the original text can find it there.
    """

    code: str
    message: str
    line: int | None = None
    line_text: str = ""


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
    # Readable sentences, one per doubt (the import screen shows them).
    warnings: list[str] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)


@dataclass
class ParseResult:
    statement: Statement
    entries: list[Entry]
    exact_duplicates: list[tuple[int, int]] = field(default_factory=list)
    probable_duplicates: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "statement": asdict(self.statement),
            "entries": [asdict(e) for e in self.entries],
            "duplicates": {
                "exact": [list(p) for p in self.exact_duplicates],
                "probable": [list(p) for p in self.probable_duplicates],
            },
            "warnings": list(self.warnings),
            "notices": [asdict(n) for n in self.notices],
        }
