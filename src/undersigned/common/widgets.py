"""Form widgets that are cheap to render on the hottest pages."""

import threading
from collections import OrderedDict

from django import forms
from django.utils.safestring import mark_safe

_CACHE_SIZE = 256
_rendered: OrderedDict = OrderedDict()
_lock = threading.Lock()


class CachedSelect(forms.Select):
    """A <select> whose HTML is rendered once per (choices, value, attributes) and then reused.

    Django renders each <option> through a template include: for the ~250 countries of the sign-on
    form that is 50-100 ms of CPU per page view, most of the statement page's cost under a surge.
    The output is exactly what `forms.Select` renders (the first render is Django's own); labels are
    part of the key, so each language gets its own copy. The newest 256 renderings are kept.
    `forms.ChoiceField(choices=country_choices(), widget=CachedSelect)`.
    """

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        key = (
            name,
            tuple(str(v) for v in self.format_value(value)),
            tuple(sorted((k, str(v)) for k, v in final_attrs.items())),
            tuple((str(option), str(label)) for option, label in self.choices),
        )
        with _lock:
            if key in _rendered:
                _rendered.move_to_end(key)
                return _rendered[key]
        html = mark_safe(super().render(name, value, attrs, renderer))
        with _lock:
            _rendered[key] = html
            while len(_rendered) > _CACHE_SIZE:
                _rendered.popitem(last=False)
        return html
