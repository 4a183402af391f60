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
