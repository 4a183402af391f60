"""`undersigned backup FILE` and `undersigned restore FILE`, on the database the suite runs on.

`make test` runs this on SQLite, `make test-postgres` (and .ci/run) again on PostgreSQL: there the
round trip uses a database of its own on the same server, dropped afterwards.
"""

import json
import os
import subprocess
import sys
import uuid

import pytest

# Each test runs the `undersigned` command as its own process (`make test-fast` leaves them to `make test`).
pytestmark = pytest.mark.process

SNAPSHOT = """
import json
from django.db import connection
rows = {}
with connection.cursor() as cursor:
    for table in sorted(connection.introspection.table_names()):
        cursor.execute(f'SELECT * FROM "{table}"')
        rows[table] = sorted(repr(row) for row in cursor.fetchall())
print(json.dumps(rows))
"""
CHANGE = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("UPDATE statements_statement SET title = 'Changed after the backup'")
    cursor.execute("DELETE FROM audit_auditentry")
"""


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith("postgres")


@pytest.fixture
def site(tmp_path):
    """A fresh database of its own: a data directory (SQLite) or a new database on the suite's server."""
    env = {**os.environ, "UNDERSIGNED_SECRET_KEY": "k" * 50, "UNDERSIGNED_DATA_DIR": str(tmp_path / "data")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if not on_postgres():
        env["DATABASE_URL"] = ""
        yield env
        return
    import psycopg

    name = f"undersigned_backup_{uuid.uuid4().hex[:12]}"
    server = os.environ["DATABASE_URL"]
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + name
    try:
        yield env
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cli(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "undersigned.cli", *args], env=env, capture_output=True, text=True, timeout=180
    )


def snapshot(env) -> dict:
    result = cli(env, "manage", "shell", "-c", SNAPSHOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_backup_then_restore_brings_back_every_row_of_every_table(site, tmp_path):
    assert cli(site, "migrate", "--verbosity", "0").returncode == 0
    assert cli(site, "demo").returncode == 0
    before = snapshot(site)
    assert len(before["signatures_signature"]) > 10 and before["audit_auditentry"]

    (tmp_path / "site.backup").write_text("an old backup, replaced because of --force")
    backup = cli(site, "backup", str(tmp_path / "site.backup"), "--force")
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.startswith("Backed up the ")
    assert cli(site, "manage", "shell", "-c", CHANGE).returncode == 0
    assert snapshot(site) != before

    restore = cli(site, "restore", str(tmp_path / "site.backup"))
    assert restore.returncode == 0, restore.stderr
    assert (
        restore.stdout.strip()
        == f"Restored the {'PostgreSQL' if on_postgres() else 'SQLite'} database from {tmp_path / 'site.backup'}"
    )
    assert snapshot(site) == before


def test_restoring_a_missing_file_is_a_clear_error(site, tmp_path):
    result = cli(site, "restore", str(tmp_path / "nothing.backup"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"undersigned restore: {tmp_path / 'nothing.backup'}: no such file"
    assert "Traceback" not in result.stderr


def test_restoring_a_file_of_the_wrong_format_is_a_clear_error(site, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    result = cli(site, "restore", str(notes))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"undersigned restore: {notes} is not an undersigned backup (neither SQLite nor pg_dump's custom format)"
    )


def test_restoring_the_other_databases_kind_of_backup_is_a_clear_error(site, tmp_path):
    other = tmp_path / "other.backup"
    other.write_bytes(b"PGDMP\x01\x0e\x00" if not on_postgres() else b"SQLite format 3\x00" + bytes(84))
    result = cli(site, "restore", str(other))
    assert result.returncode == 1
    expected = (
        "a SQLite backup, but this site runs on PostgreSQL"
        if on_postgres()
        else ("a PostgreSQL backup, but this site runs on SQLite")
    )
    assert result.stderr.strip() == f"undersigned restore: {other} is {expected}"


def test_a_backup_does_not_overwrite_an_existing_file_unless_forced(site, tmp_path):
    target = tmp_path / "kept.backup"
    target.write_text("yesterday's backup")
    result = cli(site, "backup", str(target))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"undersigned backup: {target} already exists; choose another name or pass --force to replace it"
    )
    assert target.read_text() == "yesterday's backup"


def test_a_backup_before_the_first_migrate_is_refused_on_sqlite_and_empty_on_postgresql(site, tmp_path):
    result = cli(site, "backup", str(tmp_path / "too-early.backup"))
    if on_postgres():  # the database exists as soon as DATABASE_URL can name it
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "too-early.backup").read_bytes().startswith(b"PGDMP")
        return
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"undersigned backup: {tmp_path / 'data' / 'undersigned.sqlite3'}: no database yet; "
        "run `undersigned migrate` first"
    )
    assert not (tmp_path / "too-early.backup").exists()
