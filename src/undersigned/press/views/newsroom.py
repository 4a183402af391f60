from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from undersigned.common.text import xml_text
from undersigned.press.selectors import newsroom_items


def _xml_safe(value):
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(item) for item in value)
    return value


class XmlSafeAtom1Feed(Atom1Feed):
    """Atom is XML: a control character in any stored title or summary (a vertical tab pasted from
    Word) would make Django refuse to write the whole feed. Every string is made XML-safe first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*map(_xml_safe, args), **{k: _xml_safe(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(_xml_safe, args), **{k: _xml_safe(v) for k, v in kwargs.items()})

    def item_attributes(self, item):
        # Each entry's title and summary are in its statement's language, not the feed's.
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


@require_GET
def newsroom(request):
    return render(request, "press/newsroom.html", {"items": newsroom_items()})


class NewsroomFeed(Feed):
    """Atom feed of the newsroom. Entry ids are the absolute URLs, which never change for an item."""

    feed_type = XmlSafeAtom1Feed
    title = _("undersigned newsroom")
    subtitle = _("Published joint statements and press releases")

    def link(self):
        return "/news/"

    def feed_url(self):
        return "/news/feed.atom"

    def author_name(self):
        return settings.SITE_URL.split("://", 1)[-1]

    def items(self):
        return newsroom_items()

    def item_title(self, item):
        return str(item.title)

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.published

    def item_extra_kwargs(self, item):
        return {"language": item.statement.language}

    def item_categories(self, item):
        return [str(_("Press release")) if item.kind == "release" else str(_("Statement"))]
