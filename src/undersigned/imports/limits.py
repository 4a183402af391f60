"""What one import may ask of the server: how much text, how many rows, how long to read it.

Every limit is a setting (`UNDERSIGNED_IMPORT_*`) and every refusal says what to do instead,
usually to split the list: a list too long to review on one page is too long to check by eye too.
"""

import ctypes
import threading

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from undersigned.lists import ParseResult, parse_document


class ImportRefused(Exception):
    """The input cannot be read within the limits; `message` is shown next to the field."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _n(value: int) -> str:
    return number_format(value, force_grouping=True)


def split_advice(lines: int) -> str:
    return _("Split the list into parts of at most %(lines)s lines and import them one after another.") % {
        "lines": _n(lines)
    }


def check_text(text: str) -> None:
    """Refuse a text longer than one import reads, before any parsing."""
    max_chars, max_lines = settings.UNDERSIGNED_IMPORT_MAX_CHARS, settings.UNDERSIGNED_IMPORT_MAX_LINES
    lines = text.count("\n") + 1
    if lines > max_lines:
        raise ImportRefused(
            _("This text has %(count)s lines; one import reads at most %(limit)s.")
            % {"count": _n(lines), "limit": _n(max_lines)}
            + " "
            + split_advice(max_lines)
        )
    if len(text) > max_chars:
        raise ImportRefused(
            _("This text has %(count)s characters; one import reads at most %(limit)s.")
            % {"count": _n(len(text)), "limit": _n(max_chars)}
            + " "
            + split_advice(max_lines)
        )


def check_rows(count: int) -> None:
    """Refuse a list with more signatories than one review page holds (checked at preview)."""
    limit = settings.UNDERSIGNED_IMPORT_MAX_ROWS
    if count > limit:
        raise ImportRefused(
            _("This list has %(count)s signatories; one import reviews at most %(limit)s.")
            % {"count": _n(count), "limit": _n(limit)}
            + " "
            + split_advice(limit)
        )


class _OutOfTime(BaseException):
    """Raised inside the parsing thread by the watchdog; BaseException so no `except Exception` eats it."""


def parse_within(text: str, seconds: float | None = None) -> ParseResult:
    """`parse_document(text)`, stopped with ImportRefused once it has run for `seconds`.

    The parser is pure Python and has no deadline of its own, so a watchdog timer raises an
    exception in the parsing thread (CPython's PyThreadState_SetAsyncExc), which works under any
    server, threaded or not, unlike SIGALRM. The lock makes sure the exception can only land
    while this function still runs: once parsing is over the watchdog stands down. A single long
    regular-expression match cannot be interrupted; the line and character limits keep those short.
    """
    seconds = settings.UNDERSIGNED_IMPORT_PARSE_SECONDS if seconds is None else seconds
    thread_id = threading.get_ident()
    lock = threading.Lock()
    running = [True]

    def stop():
        with lock:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(thread_id), ctypes.py_object(_OutOfTime)
                )

    watchdog = threading.Timer(seconds, stop)
    watchdog.daemon = True
    watchdog.start()
    try:
        try:
            return parse_document(text)
        finally:
            with lock:
                running[0] = False
            watchdog.cancel()
    except _OutOfTime:
        lines = text.count("\n") + 1
        part = max(100, lines // 4 // 100 * 100)
        raise ImportRefused(
            _("Reading this list took longer than %(seconds)s seconds, so it was stopped.")
            % {"seconds": _n(seconds)}
            + " "
            + split_advice(part)
        ) from None
