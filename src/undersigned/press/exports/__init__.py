"""One subpackage per export kind, each with the same `build.py`: MEDIA_TYPE, EXTENSION,
DISPOSITION and `build(job, out)`. Adding a kind means copying one of them."""

from importlib import import_module
from types import ModuleType

KINDS = ("pdf", "docx", "csv", "json")


def builder(kind: str) -> ModuleType:
    if kind not in KINDS:
        raise ValueError(f"Unknown export kind {kind!r}")
    return import_module(f"undersigned.press.exports.{kind}.build")
