"""`{% load signatory_list %}`: the list page's numbered lines, 500 a page."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.filter
def signatory_items(rows) -> str:
    """`{{ rows|signatory_items }}`: one `<li>` per listed signatory, with its number and marks:

    `<li value="7"><span class="number">7.</span> Ana Ruiz, Linz <span class="marks">(signed version 1)</span></li>`

    Made by one format string per row: a template's variable and `if` nodes per field cost several times
    more, and a page has 500 rows.
    """
    return format_html_join(
        "\n",
        '<li value="{0}"><span class="number">{0}.</span> {1}{2}</li>',
        ((row.number, row.line, _marks(row)) for row in rows),
    )


def _marks(row) -> str:
    notes = row.annotations
    if not notes:
        return ""
    return format_html(
        ' <span class="marks{}">({})</span>', " is-verified" if row.verified else "", "; ".join(notes)
    )
