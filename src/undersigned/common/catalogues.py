"""The interface's translation catalogues: what they lack, and text in templates that no catalogue can hold.

`make messages` extracts and compiles them; tests/test_translations.py fails on any problem found here, and
scripts/untranslated + scripts/fill-translations carry the missing entries out to a translator and back.
"""

import gettext
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po
from django.core.management import call_command
from django.template.base import Lexer, TokenType
from django.test import override_settings

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = PACKAGE_DIR / "locale"
# What makemessages reads: templates (.html, .txt, the map's .svg) and Python, never the tests.
EXTENSIONS = "html,txt,py,svg"

# Words a template may show untranslated: the product's name and the names of file formats.
ALLOWED_WORDS = frozenset({"undersigned", "PDF", "DOCX", "CSV", "JSON", "TXT", "HTML", "SVG"})
# Attributes whose value a reader sees or hears.
_VISIBLE_ATTRIBUTES = (
    "alt",
    "title",
    "placeholder",
    "aria-label",
    "aria-description",
    "aria-roledescription",
)
# Comments, scripts, styles, code and what HTML itself marks as not to be translated (`translate="no"`).
_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|code)\b.*?</\1\s*>|<(\w+)\b[^>]*\btranslate=\"no\"[^>]*>.*?</\2\s*>",
    re.S | re.I,
)
_ATTRIBUTE = re.compile(r"""\s(""" + "|".join(_VISIBLE_ATTRIBUTES) + r""")\s*=\s*("[^"]*"|'[^']*')""", re.I)
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&[#\w]+;")
_WORD = re.compile(r"[^\W\d_]+")
# Blocks whose text is translated or never shown, with the tag that ends each.
_SKIPPED_BLOCKS = {
    "blocktranslate": "endblocktranslate",
    "blocktrans": "endblocktrans",
    "comment": "endcomment",
}
_HOLE = "\x00"  # where a variable, a tag or translated text stood


@dataclass(frozen=True)
class Message:
    """One catalogue key: `Message("Sign", "", "verb")`."""

    id: str
    plural: str = ""
    context: str = ""


def untranslatable_text(source: str) -> list[str]:
    """The words of a template that a reader would see but no `{% translate %}` covers.

    >>> untranslatable_text('<p title="Help">{% translate "Sign" %} {{ count }} now</p>')
    ['Help', 'now']
    >>> untranslatable_text('{% blocktranslate %}Hi {{ name }}{% endblocktranslate %} <b>undersigned</b> ©')
    []
    """
    skeleton, inside = [], None
    for token in Lexer(source).tokenize():
        name = token.contents.split()[0] if token.token_type == TokenType.BLOCK and token.contents else ""
        if inside is None and name in _SKIPPED_BLOCKS:
            inside = _SKIPPED_BLOCKS[name]
        elif name == inside:
            inside = None
        elif token.token_type == TokenType.TEXT and inside is None:
            skeleton.append(token.contents)
            continue
        skeleton.append(_HOLE)
    html = _HIDDEN.sub(" ", "".join(skeleton))
    shown = [value[1:-1] for _, value in _ATTRIBUTE.findall(html)]
    shown.append(_TAG.sub(" ", html))
    words = _WORD.findall(_ENTITY.sub(" ", " ".join(shown)))
    return [word for word in words if word not in ALLOWED_WORDS]


def templates() -> list[Path]:
    return sorted(path for path in PACKAGE_DIR.glob("*/templates/**/*") if path.is_file()) + sorted(
        path for path in (PACKAGE_DIR / "templates").glob("**/*") if path.is_file()
    )


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def read_catalogue(path: Path):
    with open(path, "rb") as po:
        return read_po(po)


def messages(catalogue) -> dict[Message, object]:
    """Every entry of a babel catalogue but its header, by key."""
    return {
        Message(*(m.id if isinstance(m.id, tuple) else (m.id, "")), m.context or ""): m
        for m in catalogue
        if m.id
    }


def catalogue_problems(catalogue, expected: set[Message]) -> list[str]:
    """What keeps a catalogue from being complete, one line each (an empty list when it is)."""
    entries = messages(catalogue)
    problems = [f"missing: {key.id!r}" for key in sorted(expected - set(entries), key=lambda k: k.id)]
    for key, entry in entries.items():
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if entry.fuzzy:
            problems.append(f"fuzzy: {key.id!r}")
        if not all(strings):
            problems.append(f"untranslated: {key.id!r}")
    return problems


def extracted_messages() -> set[Message]:
    """What `makemessages` would put in the catalogues today, extracted into a scratch copy of the package."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "undersigned"
        shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("locale", "__pycache__", "*.mo"))
        (copy / "locale").mkdir()
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            _in_directory(
                copy,
                lambda: call_command("makemessages", locale=["en"], extensions=[EXTENSIONS], verbosity=0),
            )
        return set(messages(read_catalogue(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")))


def compiled_matches(po_path: Path) -> bool:
    """Whether the .mo beside a .po holds what msgfmt makes of the .po today (compared entry by entry, as
    another gettext version may lay the same entries out differently)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "django.mo"
        subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(po_path)], check=True, capture_output=True)
        return _compiled(fresh) == _compiled(po_path.with_suffix(".mo"))


def _compiled(mo_path: Path) -> dict:
    with open(mo_path, "rb") as mo:
        return dict(gettext.GNUTranslations(mo)._catalog)


def _in_directory(path: Path, action):
    before = Path.cwd()
    os.chdir(path)
    try:
        return action()
    finally:
        os.chdir(before)
