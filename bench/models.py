from django.db import models


class BenchRow(models.Model):
    """One row per request of the one-INSERT baseline view; created by `migrate --run-syncdb` (no migration)."""

    payload = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "bench"

    def __str__(self) -> str:
        return self.payload
