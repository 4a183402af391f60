"""Attachments get a random token for their public URL. Existing rows get one each before the column
becomes unique in 0003 (a callable default would give them all the same value). The two steps are two
migrations so PostgreSQL never alters a table it has just updated in the same transaction."""

import secrets

from django.db import migrations, models


def fill_tokens(apps, schema_editor):
    Attachment = apps.get_model("press", "Attachment")
    for attachment in Attachment.objects.filter(token__isnull=True).only("pk"):
        attachment.token = secrets.token_urlsafe(16)
        attachment.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="attachment",
            name="token",
            field=models.CharField(editable=False, max_length=32, null=True),
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
    ]
