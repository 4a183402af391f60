"""`{% load markdown %}`: `{{ version.text|markdown }}` for pages and HTML emails, `|markdown_text` for
plain-text emails."""

from django import template
from django.utils.safestring import mark_safe

from undersigned.common.markdown import markdown_to_text, render_markdown

register = template.Library()


@register.filter
def markdown(text: str):
    return mark_safe(render_markdown(text or ""))  # sanitized by render_markdown


@register.filter
def markdown_text(text: str) -> str:
    return markdown_to_text(text or "")
