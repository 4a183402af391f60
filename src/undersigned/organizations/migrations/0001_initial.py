"""Organization moved here from coalitions. Its table stays `coalitions_organization` (see Meta.db_table), so
this migration only tells Django's state where the model lives now: no row is copied or lost. Content types
and audit entries that name the model by its label follow it."""

import django.db.models.deletion
from django.db import migrations, models

import undersigned.audit.models

OLD, NEW = "coalitions", "organizations"


def relabel(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=NEW, model="organization").exists():
        ContentType.objects.filter(app_label=OLD, model="organization").update(app_label=NEW)
    AuditEntry = apps.get_model("audit", "AuditEntry")
    AuditEntry.objects.filter(object_type=f"{OLD}.organization").update(object_type=f"{NEW}.organization")


def relabel_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=OLD, model="organization").exists():
        ContentType.objects.filter(app_label=NEW, model="organization").update(app_label=OLD)
    AuditEntry = apps.get_model("audit", "AuditEntry")
    AuditEntry.objects.filter(object_type=f"{NEW}.organization").update(object_type=f"{OLD}.organization")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('audit', '0001_initial'),
        ('coalitions', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Organization',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=300, verbose_name='name')),
                        ('short_name', models.CharField(blank=True, max_length=60, verbose_name='short name')),
                        ('country', models.CharField(blank=True, db_index=True, max_length=2, verbose_name='country')),
                        ('city', models.CharField(blank=True, max_length=100, verbose_name='city')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('is_umbrella', models.BooleanField(default=False, verbose_name='umbrella body')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('parent', models.ForeignKey(blank=True, help_text='The umbrella body (federation, council) this organization belongs to.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='members', to='organizations.organization', verbose_name='member of')),
                    ],
                    options={
                        'verbose_name': 'organization',
                        'verbose_name_plural': 'organizations',
                        'ordering': ['country', 'name'],
                        'db_table': 'coalitions_organization',
                        'constraints': [models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='organization_has_a_name')],
                    },
                    bases=(undersigned.audit.models.LoggingMixin, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel, relabel_back),
    ]
