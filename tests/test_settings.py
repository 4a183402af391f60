"""Every setting comes from the environment in settings.py, and each variable is in the README's table."""

import re
from pathlib import Path

import undersigned

PACKAGE = Path(undersigned.__file__).parent
README = PACKAGE.parent.parent / "README.md"


def test_every_environment_variable_is_in_the_readme():
    settings_source = (PACKAGE / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'env(?:str|bool|int|list|rate)\("([A-Z_]+)"', settings_source))
    assert "UNDERSIGNED_WITHDRAWN_RETENTION_DAYS" in names
    readme = README.read_text(encoding="utf-8")
    assert sorted(name for name in names if f"`{name}`" not in readme) == []


def test_no_module_reads_settings_or_the_environment_behind_settings_py():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in {"settings.py", "envconfig.py"}:
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"getattr\(settings\b|os\.getenv|os\.environ(?!\.setdefault\(\"DJANGO_SETTINGS_MODULE\")",
                line,
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{lineno}")
    assert found == []
