from django.db import migrations, models

import undersigned.press.models.attachment


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0002_attachment_token"),
    ]

    operations = [
        migrations.AlterField(
            model_name="attachment",
            name="token",
            field=models.CharField(
                default=undersigned.press.models.attachment.new_attachment_token,
                editable=False,
                max_length=32,
                unique=True,
            ),
        ),
    ]
