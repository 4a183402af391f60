"""One cleaner for every piece of text people type or paste, and one for text written into XML.

`clean_text` is applied to all text input (request data, and every text field of every model before
it is saved). It takes out what is never legitimate in a statement, a name or a message and breaks
documents or misleads readers:

- control characters XML cannot hold (all of C0 but tab, line feed and carriage return; DEL; C1),
  with Word's soft line break (vertical tab) and the form feed becoming a line feed;
- bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make
  a name on the list read as something else ("Trojan Source"); the plain direction marks U+200E and
  U+200F that right-to-left names need stay;
- lone surrogates and the non-characters U+FFFE and U+FFFF.

`xml_text` is for output: DOCX and Atom must survive any text already stored before this cleaner
existed, so it takes out what XML 1.0 cannot hold.
"""

import re

# What XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\x0b\x0c]")
_HOSTILE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Text as it may be stored.

    >>> clean_text("Rivers\\x0bfor all")
    'Rivers\\nfor all'
    >>> clean_text("Ana \\u202eevil\\u202c Silva\\x00")
    'Ana evil Silva'
    >>> clean_text("\\u05e9\\u05dc\\u05d5\\u05dd\\u200f")  # Hebrew and a right-to-left mark stay
    '\\u05e9\\u05dc\\u05d5\\u05dd\\u200f'
    """
    if not value:
        return value
    return _HOSTILE.sub("", _LINE_BREAKS.sub("\n", value))


def has_hostile_characters(value: str) -> bool:
    return bool(value) and (_HOSTILE.search(value) is not None or _LINE_BREAKS.search(value) is not None)


def xml_text(value: str) -> str:
    """Text that can be written into an XML document (DOCX, Atom), whatever was stored.

    >>> xml_text("Rivers\\x0bfor all\\x00")
    'Rivers\\nfor all'
    """
    if not value:
        return value
    return _XML_INVALID.sub("", _LINE_BREAKS.sub("\n", value))
