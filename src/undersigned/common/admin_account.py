import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password


@dataclass(frozen=True)
class AdminLogin:
    username: str
    password: str
    created: bool
    saved_to: Path | None


def admin_ensure(*, username: str, email: str, password: str | None = None) -> AdminLogin:
    """Create the superuser once. A generated password (16 random characters) is kept in the data
    directory (mode 600) so that `make run` can show the login again on the next start. On first login the
    superuser sets up an authenticator app before reaching /manage/ or /admin/."""
    saved_to = Path(settings.DATA_DIR) / "admin-login.txt"
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        known = saved_to if saved_to.exists() else None
        stored = saved_to.read_text().strip() if known else ""
        return AdminLogin(username, stored.partition(" ")[2], False, known)
    generated = password is None
    if not generated:  # a password given by hand must pass the validators (ValidationError otherwise)
        validate_password(password, User(username=username, email=email))
    password = password or secrets.token_urlsafe(12)
    User.objects.create_superuser(username=username, email=email, password=password)
    if generated:
        saved_to.parent.mkdir(parents=True, exist_ok=True)
        saved_to.write_text(f"{username} {password}\n")
        saved_to.chmod(0o600)
    return AdminLogin(username, password, True, saved_to if generated else None)
