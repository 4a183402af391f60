from django import template

from undersigned.common import languages

register = template.Library()


@register.filter
def autonym(code: str) -> str:
    """`{{ "de"|autonym }}` -> `Deutsch`: a language named in itself, as a language switcher shows it."""
    return languages.autonym(code)


@register.filter
def text_direction(code: str) -> str:
    """`{{ "ar"|text_direction }}` -> `rtl`."""
    return languages.text_direction(code)
