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


def _settings_value(expression, env):
    import os
    import subprocess
    import sys

    environment = {**os.environ, "UNDERSIGNED_SECRET_KEY": "k" * 50, **env}
    code = f"import undersigned.settings as s; print({expression})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)
    return result.stdout.strip() or result.stderr.strip().splitlines()[-1]


def test_the_rate_limit_counters_go_to_redis_when_a_redis_url_is_set():
    backend = "(s.CACHES['ratelimit']['BACKEND'], s.CACHES['ratelimit']['LOCATION'])"
    assert _settings_value(backend, {"UNDERSIGNED_REDIS_URL": "redis://cache:6379/0"}) == (
        "('django.core.cache.backends.redis.RedisCache', 'redis://cache:6379/0')"
    )
    assert _settings_value(backend, {"UNDERSIGNED_REDIS_URL": ""}) == (
        "('django.core.cache.backends.db.DatabaseCache', 'undersigned_cache')"
    )


def test_a_limit_is_attempts_per_window_and_nonsense_is_a_clear_error():
    limit = _settings_value("s.UNDERSIGNED_RATE_LIMITS['sign_ip']", {"UNDERSIGNED_LIMIT_SIGN_IP": "50/2h"})
    assert limit == "(50, 7200)"
    error = _settings_value("1", {"UNDERSIGNED_LIMIT_SIGN_IP": "fifty"})
    assert error == (
        "django.core.exceptions.ImproperlyConfigured: UNDERSIGNED_LIMIT_SIGN_IP must be attempts per time "
        "window such as 5/15m or 30/1h (units s, m, h, d); got 'fifty'."
    )
