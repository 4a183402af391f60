"""A word-level diff of two statement texts, readable by people who are not programmers.

Signers compare versions to decide whether they still endorse the text, so the diff marks whole
words added and removed (and keeps punctuation and line breaks as they are) rather than lines.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from undersigned.common.markdown import (
    DEL_CLOSE,
    DEL_OPEN,
    INS_CLOSE,
    INS_OPEN,
    markdown_to_text,
    render_markdown_marked,
)

# Words (with inner apostrophes and hyphens), runs of whitespace, and single other characters.
_TOKENS = re.compile(r"\w+(?:['’-]\w+)*|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Chunk:
    op: str  # "equal", "insert" or "delete"
    text: str


@dataclass(frozen=True)
class Diff:
    chunks: list[Chunk]

    @property
    def changed(self) -> bool:
        return any(chunk.op != "equal" for chunk in self.chunks)

    def words(self, op: str) -> int:
        return sum(len(re.findall(r"\w+", chunk.text)) for chunk in self.chunks if chunk.op == op)

    def as_html(self) -> SafeString:
        """`<del>` and `<ins>` around changes; the text itself is escaped. Screen readers do not say
        "inserted" or "deleted" for these tags, so each change also carries a hidden spoken label."""
        spoken = {
            "insert": format_html('<span class="visually-hidden">{} </span>', gettext("added:")),
            "delete": format_html('<span class="visually-hidden">{} </span>', gettext("removed:")),
        }
        parts = []
        for chunk in self.chunks:
            text = escape(chunk.text)
            if chunk.op == "equal":
                parts.append(text)
            else:
                tag = "ins" if chunk.op == "insert" else "del"
                parts.append(f"<{tag}>{spoken[chunk.op]}{text}</{tag}>")
        return mark_safe("".join(parts))

    def as_formatted_html(self) -> SafeString:
        """The new text formatted as its Markdown says, with removed words struck through and added ones
        underlined, as readers see it on the statement page (not the raw `**` of the source).

        Each change is marked line by line, after any block syntax (heading, list marker, quote) that
        starts the line, so a mark never breaks a heading or a list."""
        marks = {"insert": (INS_OPEN, INS_CLOSE), "delete": (DEL_OPEN, DEL_CLOSE)}
        source = []
        for chunk in self.chunks:
            if chunk.op == "equal":
                source.append(chunk.text)
                continue
            opening, closing = marks[chunk.op]
            lines = chunk.text.split("\n")
            marked = []
            for line in lines:
                lead = _BLOCK_START.match(line).group(0) if (marked or _at_line_start(source)) else ""
                body = line[len(lead) :]
                stripped = body.strip()
                if stripped:
                    before, after = body[: len(body) - len(body.lstrip())], body[len(body.rstrip()) :]
                    marked.append(f"{lead}{before}{opening}{stripped}{closing}{after}")
                else:
                    marked.append(line)
            source.append("\n".join(marked))
        html = render_markdown_marked("".join(source), {"ins": gettext("added:"), "del": gettext("removed:")})
        return mark_safe(html)

    def as_text(self) -> str:
        """For plain-text emails: `[-removed-]{+added+}`, the convention of `git diff --word-diff`.

        >>> word_diff("We ask the council.", "We urge the city council.").as_text()
        'We [-ask-]{+urge+} the {+city +}council.'
        """
        marks = {"equal": "{}", "insert": "{{+{}+}}", "delete": "[-{}-]"}
        return "".join(marks[chunk.op].format(chunk.text) for chunk in self.chunks)


_BLOCK_START = re.compile(r"^\s*(?:(?:#{1,6}|[-*+]|\d+[.)]|>)\s+)*")


def _at_line_start(parts: list[str]) -> bool:
    text = "".join(parts)
    return not text or text.endswith("\n")


def readable_word_diff(old: str, new: str) -> "Diff":
    """The diff of two Markdown texts as readers see them, for plain-text emails: no `**` or `#`.

    >>> readable_word_diff("We **ask** the council.", "We **urge** the council.").as_text()
    'We [-ask-]{+urge+} the council.'
    """
    return word_diff(markdown_to_text(old), markdown_to_text(new))


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text.replace("\r\n", "\n"))


def word_diff(old: str, new: str) -> Diff:
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    chunks: list[Chunk] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if chunks and chunks[-1].op == op:
            chunks[-1] = Chunk(op, chunks[-1].text + text)
        else:
            chunks.append(Chunk(op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(old_tokens[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            add("delete", "".join(old_tokens[i1:i2]))
        if tag in ("insert", "replace"):
            add("insert", "".join(new_tokens[j1:j2]))
    return Diff(chunks)
