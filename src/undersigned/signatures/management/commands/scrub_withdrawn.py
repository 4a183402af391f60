from django.core.management.base import BaseCommand

from undersigned.signatures.services import retention_period, signatures_scrub_withdrawn


class Command(BaseCommand):
    help = "Remove the email address of signatures withdrawn longer ago than the retention period."

    def handle(self, *args, **options):
        scrubbed = signatures_scrub_withdrawn()
        self.stdout.write(
            f"Scrubbed {scrubbed} withdrawn signature(s) older than {retention_period().days} days."
        )
