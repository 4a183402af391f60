"""The task decorator, from Django itself once it ships one (6.0), else from the django-tasks backport."""

try:  # pragma: no cover - depends on the Django version
    from django.tasks import task
except ImportError:  # Django 5.2
    from django_tasks import task

__all__ = ["task"]
