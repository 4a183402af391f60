"""Organization moved to the organizations app, keeping its table; only Django's state changes here."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('coalitions', '0001_initial'),
        ('organizations', '0001_initial'),
        # Every foreign key to the old model points at the new one before the old one leaves the state.
        ('signatures', '0003_signature_organization_moved'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='invitation',
                    name='organization',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='organizations.organization', verbose_name='organization'),
                ),
                migrations.DeleteModel(name='Organization'),
            ],
            database_operations=[],
        ),
    ]
