"""Template comments stay out of pages: `{# ... #}` ends on its own line, or Django prints it as text."""

import re
from pathlib import Path

import undersigned

SOURCE = Path(undersigned.__file__).parent


def test_no_one_line_template_comment_spans_several_lines():
    offenders = [
        f"{path.relative_to(SOURCE)}:{text[: match.start()].count(chr(10)) + 1}"
        for path in SOURCE.rglob("templates/**/*")
        if path.is_file()
        for text in [path.read_text(encoding="utf-8")]
        for match in re.finditer(r"\{#(?:(?!#\}).)*$", text, re.MULTILINE)
    ]
    assert offenders == []
