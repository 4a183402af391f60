"""deploy/nginx.conf is a configuration nginx accepts (`nginx -t`), as shipped but for the certificate paths."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = "/usr/sbin/nginx"


def test_the_shipped_nginx_configuration_passes_nginx_t(tmp_path):
    # A missing nginx fails here (scripts/install-system-deps installs it); it is never skipped.
    assert Path(NGINX).exists() or shutil.which("nginx"), "nginx is missing: run scripts/install-system-deps"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    changed = site.replace(
        "/etc/letsencrypt/live/statements.example.org/fullchain.pem", str(tmp_path / "cert.pem")
    ).replace("/etc/letsencrypt/live/statements.example.org/privkey.pem", str(tmp_path / "key.pem"))
    assert changed.count(str(tmp_path)) == 2, "the certificate lines of deploy/nginx.conf moved"
    (tmp_path / "undersigned.conf").write_text(changed)
    # What /etc/nginx/nginx.conf provides around a file in conf.d/.
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\n"
        "error_log stderr;\n"
        "events {}\n"
        "http {\n"
        f"    access_log {tmp_path}/access.log;\n"
        f"    client_body_temp_path {tmp_path}/body;\n"
        f"    proxy_temp_path {tmp_path}/proxy;\n"
        f"    include {tmp_path}/undersigned.conf;\n"
        "}\n"
    )
    result = subprocess.run(
        [shutil.which("nginx") or NGINX, "-t", "-p", str(tmp_path), "-e", "stderr", "-c", str(tmp_path / "nginx.conf")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr
    assert "test is successful" in result.stderr


def test_every_app_server_of_the_upstream_is_reached_by_http_keepalive():
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "upstream undersigned_app {" in site
    assert site.count("proxy_pass http://undersigned_app;") == 3
    assert "keepalive 32;" in site
    assert site.count('proxy_set_header Connection "";') == 2
