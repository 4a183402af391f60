"""The production settings plus the bench-only baseline views (bench/urls.py). Used by bench/signon_load.py."""

from undersigned.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
