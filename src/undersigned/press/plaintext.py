"""Plain text for wire forms and emails: Markdown flattened, lines wrapped with hanging indents."""

import re
import textwrap

from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False})
_LIST_ITEM = re.compile(r"^(\s*(?:\d+\.|-|\*)\s+)")


def markdown_to_text(text: str) -> str:
    """`"We call:\\n\\n1. **publish** data"` -> `"We call:\\n\\n1. publish data"`.

    Paragraphs are single lines separated by a blank line; list items keep their numbers.
    """
    blocks: list[str] = []
    lists: list[list] = []  # a stack of [ordered, next_number]
    prefix = ""
    for token in _md.parse(text):
        if token.type == "ordered_list_open":
            lists.append([True, int(token.attrGet("start") or 1)])
        elif token.type == "bullet_list_open":
            lists.append([False, 0])
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            ordered, number = lists[-1]
            prefix = "   " * (len(lists) - 1) + (f"{number}. " if ordered else "- ")
            lists[-1][1] += 1
        elif token.type == "inline":
            line = "".join(
                child.content if child.type in ("text", "code_inline") else " "
                for child in token.children or []
                if child.type in ("text", "code_inline", "softbreak", "hardbreak")
            )
            blocks.append(prefix + " ".join(line.split()))
            prefix = ""
    # Items of one list sit on consecutive lines; everything else is a paragraph of its own.
    out: list[str] = []
    for block in blocks:
        if out and _LIST_ITEM.match(block) and _LIST_ITEM.match(out[-1].splitlines()[-1]):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out)


def summary(text: str, limit: int = 300) -> str:
    """The first paragraph of Markdown as plain text, cut at a word boundary."""
    first = markdown_to_text(text).split("\n\n", 1)[0]
    return textwrap.shorten(first, width=limit, placeholder=" …")


def wrap(text: str, width: int = 72, keep: frozenset[str] = frozenset()) -> str:
    """Wrap each line to `width`, keeping blank lines and indenting continuations of list items.
    Lines in `keep` stay whole: a signatory wrapped onto two lines reads back as two signatories.
    The result ends with a newline, as a text file does.

    >>> print(wrap("12. Union of Example Associations in Austria, Vienna", width=30), end="")
    12. Union of Example
        Associations in Austria,
        Vienna
    >>> wrap("One line", width=30)
    'One line\\n'
    """
    if width <= 0:
        return text
    lines = []
    for line in text.splitlines():
        if not line.strip():
            lines.append("")
            continue
        if line in keep:
            lines.append(line)
            continue
        match = _LIST_ITEM.match(line)
        indent = " " * len(match.group(1)) if match else ""
        lines.extend(
            textwrap.wrap(
                line, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
            )
        )
    return "\n".join(lines) + "\n"
