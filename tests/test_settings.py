"""Settings read from the environment for running at scale."""

import json
import os
import subprocess
import sys

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
