"""Whom a new version would email, asked before publishing.

Statements cannot import signatures (a layer above), so signatures tells this module how to count in its
`AppConfig.ready()`, as audit's trail.py is told who may read a trail.
"""

from collections.abc import Callable

_counter: Callable | None = None


def register_audience_counter(counter: Callable) -> None:
    """`counter(statement)` returns `{"to_reconfirm": n, "to_confirm": m}`."""
    global _counter
    _counter = counter


def reconfirmation_audience(statement) -> dict[str, int]:
    """Confirmed signers a new version asks to reconfirm, and pending sign-ons sent the new text instead.

    >>> register_audience_counter(lambda statement: {"to_reconfirm": 3, "to_confirm": 1})
    >>> reconfirmation_audience(None)
    {'to_reconfirm': 3, 'to_confirm': 1}
    """
    if _counter is None:
        return {"to_reconfirm": 0, "to_confirm": 0}
    return _counter(statement)
