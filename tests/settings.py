"""Test settings: production settings with a throw-away data directory and fast password hashing."""

import os
import tempfile

os.environ.setdefault("UNDERSIGNED_SECRET_KEY", "test-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("UNDERSIGNED_DATA_DIR", tempfile.mkdtemp(prefix="undersigned-tests-"))
os.environ.setdefault("UNDERSIGNED_SITE_URL", "http://testserver")
# Tests change a statement and read its page at once; the kept pages have their own tests
# (tests/common/test_public_cache.py), which switch them on.
os.environ.setdefault("UNDERSIGNED_PUBLIC_CACHE_SECONDS", "0")

from undersigned.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns about a missing directory
