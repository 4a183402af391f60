"""`{% load numbers %}`: figures written as readers of the active language write them."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def grouped(value):
    """`{{ 100000|grouped }}` -> "100,000" in English, "100.000" in German, "100 000" in French.

    Only for figures people read: a number in a URL or a form value stays as it is (`{{ n }}`).
    """
    try:
        return number_format(value, force_grouping=True)
    except (TypeError, ValueError):
        return value
