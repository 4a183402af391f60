"""`undersigned backup FILE` and `undersigned restore FILE`: the whole database in one file and back.

SQLite is copied with its online backup API, so the site can keep running while it is backed up (the
copy is consistent as of one moment) and the copy is a single plain SQLite file. PostgreSQL is dumped
with `pg_dump --format=custom` and restored with `pg_restore --clean` in one transaction. Restoring
replaces what the database holds: stop `undersigned serve` and `undersigned worker` first.
"""

import os
import shutil
import sqlite3
import subprocess
from glob import glob
from pathlib import Path

from django.conf import settings
from django.db import connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A mistake the operator can fix; the message says which."""


def _database() -> dict:
    return settings.DATABASES["default"]


def _is_sqlite() -> bool:
    return _database()["ENGINE"] == "django.db.backends.sqlite3"


def _kind_of(path: Path) -> str:
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head == SQLITE_MAGIC:
        return "SQLite"
    if head.startswith(PG_DUMP_MAGIC):
        return "PostgreSQL"
    return "unknown"


def backup(path: Path, *, force: bool = False) -> str:
    """Writes the database to `path` (through a temporary file next to it); returns what was done."""
    path = Path(path)
    if path.exists() and not force:
        raise BackupError(f"{path} already exists; choose another name or pass --force to replace it")
    if not path.parent.is_dir():
        raise BackupError(f"{path.parent}: no such directory")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if _is_sqlite():
            _sqlite_backup(partial)
        else:
            _pg(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={partial}",
            )
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return f"Backed up the {'SQLite' if _is_sqlite() else 'PostgreSQL'} database to {path}"


def restore(path: Path) -> str:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    kind = _kind_of(path)
    expected = "SQLite" if _is_sqlite() else "PostgreSQL"
    if kind == "unknown":
        raise BackupError(f"{path} is not an undersigned backup (neither SQLite nor pg_dump's custom format)")
    if kind != expected:
        raise BackupError(f"{path} is a {kind} backup, but this site runs on {expected}")
    connections.close_all()
    if _is_sqlite():
        _sqlite_restore(path)
    else:
        _pg("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
            "--exit-on-error", str(path))  # fmt: skip
    return f"Restored the {expected} database from {path}"


def _sqlite_backup(target: Path) -> None:
    if not Path(_database()["NAME"]).is_file():
        raise BackupError(f"{_database()['NAME']}: no database yet; run `undersigned migrate` first")
    source = sqlite3.connect(f"file:{_database()['NAME']}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # The live database runs in WAL mode; the copy is one self-contained file.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
        source.close()


def _sqlite_restore(path: Path) -> None:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{path} cannot be read as SQLite: {error}") from None
        if "django_migrations" not in tables:
            raise BackupError(f"{path} is a SQLite file but not an undersigned database")
        target = sqlite3.connect(_database()["NAME"], timeout=20)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _pg_tool(name: str) -> str:
    """pg_dump/pg_restore from PATH, else the newest one Debian's postgresql packages installed."""
    found = shutil.which(name) or next(
        iter(sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if not found:
        raise BackupError(
            f"{name} was not found; install PostgreSQL's client tools (Debian: postgresql-client)"
        )
    return found


def _pg(tool: str, *args: str) -> None:
    database = _database()
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    connection_args = [f"--dbname={database['NAME']}"]
    if database.get("HOST"):
        connection_args.append(f"--host={database['HOST']}")
    if database.get("PORT"):
        connection_args.append(f"--port={database['PORT']}")
    if database.get("USER"):
        connection_args.append(f"--username={database['USER']}")
    result = subprocess.run(
        [_pg_tool(tool), *connection_args, "--no-password", *args], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"{tool} failed: {result.stderr.strip() or result.returncode}")
