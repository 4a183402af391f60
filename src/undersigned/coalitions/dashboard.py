"""What the statement dashboard lists under "Waiting for you", beyond what coalitions knows itself.

The dashboard lives in coalitions; delivery sits above it, so delivery adds its failed deliveries through
this registry in its `AppConfig.ready()` (as press adds its section to the statement page through
signatures.page_sections) and coalitions never imports it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Waiting:
    """One thing that needs the owner: a heading with its count, a few example lines and where to act."""

    title: str
    count: int
    url: str = ""
    link_text: str = ""
    lines: list[str] = field(default_factory=list)


_finders: list[Callable] = []


def dashboard_waiting_add(find: Callable) -> None:
    """`find(statement)` returns a `Waiting`, or None when nothing waits."""
    if find not in _finders:
        _finders.append(find)


def dashboard_waiting(statement) -> list[Waiting]:
    return [item for find in _finders if (item := find(statement)) is not None]
