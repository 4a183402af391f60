"""The `undersigned` command and the settings it starts with."""

import os
import subprocess
import sys

import pytest

from undersigned.cli import main

# Each test runs the `undersigned` command as its own process (`make test-fast` leaves them to `make test`).
pytestmark = pytest.mark.process


def run_cli(*args, env=None):
    environment = {**os.environ, **(env or {})}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "undersigned.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_production_mode_without_a_secret_key_is_a_clear_startup_error(tmp_path):
    result = run_cli(
        "migrate",
        env={
            "UNDERSIGNED_SECRET_KEY": "",
            "UNDERSIGNED_DEBUG": "0",
            "UNDERSIGNED_DATA_DIR": str(tmp_path),
            "DATABASE_URL": "",
        },
    )
    assert result.returncode != 0
    assert "UNDERSIGNED_SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_nonsense_boolean_setting_is_a_clear_error(tmp_path):
    result = run_cli("migrate", env={"UNDERSIGNED_DEBUG": "maybe", "UNDERSIGNED_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "UNDERSIGNED_DEBUG must be one of" in result.stderr


def test_migrate_demo_and_createadmin_set_up_a_fresh_data_directory(tmp_path):
    env = {"UNDERSIGNED_SECRET_KEY": "k" * 50, "UNDERSIGNED_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    assert run_cli("migrate", "--verbosity", "0", env=env).returncode == 0
    demo = run_cli("demo", "--if-empty", env=env)
    assert "Loaded the demo campaign at /s/clean-rivers-across-borders/" in demo.stdout
    again = run_cli("demo", "--if-empty", env=env)
    assert "already holds statements" in again.stdout
    admin = run_cli("createadmin", env=env)
    assert admin.stdout.startswith("Admin login: admin / ")
    password = admin.stdout.split(" / ")[1].split()[0]
    assert run_cli("createadmin", env=env).stdout.startswith(f"Admin login: admin / {password}")
    assert "On first login at /login/ the admin sets up two-step login" in admin.stdout
    assert (tmp_path / "undersigned.sqlite3").exists()


def test_unknown_commands_exit_with_usage():
    with pytest.raises(SystemExit) as exit_info:
        main(["fly"])
    assert exit_info.value.code == 2


def test_parse_prints_the_entries_as_json(tmp_path):
    import json

    document = tmp_path / "statement.txt"
    document.write_text(
        "Signed by:\n\n1. Kenya Mangrove Network\n2. Union of Examples in Austria- Maria Hofer\n"
    )
    result = run_cli("parse", str(document), "--format", "json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)["entries"]
    assert [(e["organization"], e["person"], e["country"]) for e in entries] == [
        ("Kenya Mangrove Network", None, "KE"),
        ("Union of Examples in Austria", "Maria Hofer", "AT"),
    ]


def test_parse_reports_a_missing_file_without_a_traceback(tmp_path):
    result = run_cli("parse", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"undersigned parse: {tmp_path / 'missing.txt'}: no such file"


@pytest.mark.django_db
def test_housekeeping_runs_the_daily_jobs_now_and_reports_each(capsys):
    from tests.factories import make_signature, make_statement
    from undersigned.signatures.models import Signature

    statement = make_statement()
    signature = make_signature(statement, status=Signature.Status.PENDING)
    Signature.objects.filter(pk=signature.pk).update(updated_at=signature.created_at.replace(year=2000))
    assert main(["housekeeping"]) == 0
    out = capsys.readouterr().out
    assert "signatures.expire_pending: 1\n" in out and "signatures.anonymise_after_closing: 0\n" in out
    assert not Signature.objects.filter(pk=signature.pk).exists()
