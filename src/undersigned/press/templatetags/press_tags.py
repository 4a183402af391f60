from django import template
from django.contrib.auth.models import AnonymousUser

from undersigned.press.selectors import attachments_visible

register = template.Library()


@register.simple_tag(takes_context=True)
def visible_attachments(context, statement):
    """`{% visible_attachments statement as attachments %}`: what this visitor may download."""
    request = context.get("request")
    return attachments_visible(statement, user=getattr(request, "user", None) or AnonymousUser())
