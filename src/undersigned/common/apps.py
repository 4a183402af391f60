from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "undersigned.common"
    label = "common"

    def ready(self):
        # Registers the daily housekeeping with the scheduler; apps add their jobs to it in their ready().
        from undersigned.common import housekeeping  # noqa: F401
