"""Every setting comes from the environment in settings.py, each variable is in the README's table, and the
settings for running at scale read as documented."""

import json
import os
import re
import subprocess
import sys
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
            # Reading one variable is a setting; handing the whole environment to a child process
            # (`{**os.environ, ...}` for pg_dump) is not.
            if re.search(
                r"getattr\(settings\b|os\.getenv|os\.environ\s*(?:\.get\b|\[|\.setdefault\((?!\"DJANGO_SETTINGS_MODULE\"))",
                line,
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{lineno}")
    assert found == []


PRINT_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "d = s.DATABASES['default']; print(json.dumps({'max_age': d['CONN_MAX_AGE'], "
    "'checks': d['CONN_HEALTH_CHECKS'], 'cursors': d.get('DISABLE_SERVER_SIDE_CURSORS', False), "
    "'prepare': d.get('OPTIONS', {}).get('prepare_threshold', 'unset'), 'workers': s.UNDERSIGNED_WEB_WORKERS, "
    "'threads': s.UNDERSIGNED_WEB_THREADS, 'access_log': s.UNDERSIGNED_ACCESS_LOG}))"
)


def read_settings(tmp_path, **env):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "undersigned.settings",
        "UNDERSIGNED_SECRET_KEY": "k" * 50,
        "UNDERSIGNED_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_connections_are_kept_and_checked_and_the_access_log_is_off_by_default(tmp_path):
    values = read_settings(tmp_path)
    assert values["max_age"] == 600
    assert values["checks"] is True
    assert values["access_log"] is False
    assert values["workers"] >= 2
    assert values["threads"] == 4


def test_pgbouncer_mode_turns_off_server_side_cursors_and_prepared_statements(tmp_path):
    values = read_settings(
        tmp_path,
        DATABASE_URL="postgres://app@127.0.0.1:6432/undersigned",
        UNDERSIGNED_DB_PGBOUNCER="1",
        UNDERSIGNED_DB_CONN_MAX_AGE="0",
        UNDERSIGNED_WEB_WORKERS="3",
        UNDERSIGNED_WEB_THREADS="8",
        UNDERSIGNED_ACCESS_LOG="1",
    )
    assert values == {
        "max_age": 0,
        "checks": True,
        "cursors": True,
        "prepare": None,
        "workers": 3,
        "threads": 8,
        "access_log": True,
    }


def _settings_value(expression, env):
    environment = {**os.environ, "UNDERSIGNED_SECRET_KEY": "k" * 50, **env}
    code = f"import undersigned.settings as s; print({expression})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)
    return result.stdout.strip() or result.stderr.strip().splitlines()[-1]


def test_the_rate_limit_counters_go_to_redis_when_a_redis_url_is_set():
    backend = "(s.CACHES['ratelimit']['BACKEND'], s.CACHES['ratelimit'].get('LOCATION'))"
    assert _settings_value(backend, {"UNDERSIGNED_REDIS_URL": "redis://cache:6379/0"}) == (
        "('django.core.cache.backends.redis.RedisCache', 'redis://cache:6379/0')"
    )
    assert _settings_value(backend, {"UNDERSIGNED_REDIS_URL": ""}) == (
        "('undersigned.common.counters.CounterCache', None)"
    )


def test_a_limit_is_attempts_per_window_and_nonsense_is_a_clear_error():
    limit = _settings_value("s.UNDERSIGNED_RATE_LIMITS['sign_ip']", {"UNDERSIGNED_LIMIT_SIGN_IP": "50/2h"})
    assert limit == "(50, 7200)"
    error = _settings_value("1", {"UNDERSIGNED_LIMIT_SIGN_IP": "fifty"})
    assert error == (
        "django.core.exceptions.ImproperlyConfigured: UNDERSIGNED_LIMIT_SIGN_IP must be attempts per time "
        "window such as 5/15m or 30/1h (units s, m, h, d); got 'fifty'."
    )
