"""Statement text is Markdown written by organizers; readers get sanitized HTML."""

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")

_ALLOWED_TAGS = {
    "p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "h5", "h6",
    "hr", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


@lru_cache(maxsize=256)
def render_markdown(text: str) -> str:
    """Markdown -> safe HTML. Headings start at h2 because the page title is the h1.

    >>> render_markdown("# Call\\n\\n<script>x</script> *now*")
    '<h2>Call</h2>\\n<p>&lt;script&gt;x&lt;/script&gt; <em>now</em></p>\\n'
    """
    html = _md.render(text)
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return nh3.clean(html, tags=_ALLOWED_TAGS, link_rel="noopener noreferrer nofollow")


# Private-use characters mark changes in a diff's Markdown source; they survive rendering untouched and are
# turned into <ins>/<del> afterwards (see render_markdown_marked).
INS_OPEN, INS_CLOSE, DEL_OPEN, DEL_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKED_TAGS = _ALLOWED_TAGS | {"ins", "del", "span"}


def render_markdown_marked(text: str, labels: dict[str, str]) -> str:
    """Like render_markdown, for Markdown whose changes are marked with INS_/DEL_ sentinels: the result
    has `<ins>`/`<del>`, each with a spoken label, and tags left open by a change across blocks closed.

    >>> render_markdown_marked("We **\\ue000urge\\ue001** you.", {"ins": "added:", "del": "removed:"})
    '<p>We <strong><ins><span class="visually-hidden">added: </span>urge</ins></strong> you.</p>\\n'
    """
    html = render_markdown(text)
    spoken = '<span class="visually-hidden">{} </span>'
    html = (
        html.replace(INS_OPEN, "<ins>" + spoken.format(labels["ins"]))
        .replace(INS_CLOSE, "</ins>")
        .replace(DEL_OPEN, "<del>" + spoken.format(labels["del"]))
        .replace(DEL_CLOSE, "</del>")
    )
    return nh3.clean(
        html,
        tags=_MARKED_TAGS,
        attributes={"span": {"class"}, "a": {"href"}},
        link_rel="noopener noreferrer nofollow",
    )


def markdown_to_text(text: str) -> str:
    """Markdown -> readable plain text for emails: no `**` or `#`, links followed by their address,
    list items with a dash or their number, blocks separated by a blank line.

    >>> markdown_to_text("# Call\\n\\nWe **urge** the [council](https://example.org).\\n\\n- one\\n- two")
    'Call\\n\\nWe urge the council (https://example.org).\\n\\n- one\\n- two'
    """
    blocks: list[tuple[bool, str]] = []  # (inside a list item, text)
    line: list[str] = []
    prefixes: list[str] = []
    ordered_counters: list[int | None] = []
    for token in _md.parse(text):
        if token.type == "bullet_list_open":
            ordered_counters.append(None)
        elif token.type == "ordered_list_open":
            ordered_counters.append(int(token.attrGet("start") or 1))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            ordered_counters.pop()
        elif token.type == "list_item_open":
            counter = ordered_counters[-1] if ordered_counters else None
            if counter is None:
                prefixes.append("- ")
            else:
                prefixes.append(f"{counter}. ")
                ordered_counters[-1] = counter + 1
        elif token.type == "list_item_close":
            prefixes.pop()
        elif token.type == "inline":
            line.append(_inline_text(token.children or []))
        elif token.type in ("code_block", "fence"):
            line.append(token.content.rstrip("\n"))
        elif token.type == "hr":
            line.append("* * *")
        if token.type in ("paragraph_close", "heading_close", "code_block", "fence", "hr") and line:
            indent = "  " * max(len(prefixes) - 1, 0)
            prefix = (indent + prefixes[-1]) if prefixes else ""
            blocks.append((bool(prefixes), prefix + "".join(line)))
            line = []
    # List items follow each other without a blank line; other blocks are separated by one.
    out, previous_is_item = [], False
    for is_item, block in blocks:
        if out:
            out.append("\n" if is_item and previous_is_item else "\n\n")
        out.append(block)
        previous_is_item = is_item
    return "".join(out)


def _inline_text(children) -> str:
    parts = []
    href = None
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "link_open":
            href = child.attrGet("href")
        elif child.type == "link_close" and href:
            parts.append(f" ({href})")
            href = None
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)
