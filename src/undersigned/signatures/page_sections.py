"""Sections that apps above signatures add to the public statement page (press adds downloads and the release).

Signatures renders the page but must not name what lives above it, so an app registers its section's template
in its `AppConfig.ready()`; the page includes each one, with the page's context, in the order they came.
"""

_sections: list[str] = []


def statement_page_section_add(template_name: str) -> None:
    if template_name not in _sections:
        _sections.append(template_name)


def statement_page_sections() -> list[str]:
    return list(_sections)
