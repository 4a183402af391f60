"""Attachments stored before tokens existed each get their own token when the database is migrated."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def at_press(executor, migration: str) -> list[tuple[str, str]]:
    """Press at `migration`, every other app as it is today (their tables carry today's columns)."""
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] != "press"]
    return [*others, ("press", migration)]


@pytest.mark.django_db(transaction=True)
def test_existing_attachments_get_distinct_tokens():
    executor = MigrationExecutor(connection)
    before = at_press(executor, "0001_initial")
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    statement = old_apps.get_model("statements", "Statement").objects.create(slug="old", title="Old")
    Attachment = old_apps.get_model("press", "Attachment")
    for n in range(3):
        Attachment.objects.create(
            statement_id=statement.pk, title=f"Sheet {n}", file=f"2025/01/sheet-{n}.pdf",
            media_type="application/pdf", size=10,
        )  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    after = at_press(executor, "0003_attachment_token_unique")
    executor.migrate(after)
    new_apps = executor.loader.project_state(after).apps
    tokens = list(new_apps.get_model("press", "Attachment").objects.values_list("token", flat=True))
    assert len(tokens) == 3
    assert all(len(token) >= 22 for token in tokens)
    assert len(set(tokens)) == 3
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
