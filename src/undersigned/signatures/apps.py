from django.apps import AppConfig


class SignaturesConfig(AppConfig):
    name = "undersigned.signatures"
    label = "signatures"

    def ready(self):
        from undersigned.organizations.signals import organization_list_position_changed
        from undersigned.signatures import receivers

        organization_list_position_changed.connect(
            receivers.organization_moved_on_lists, dispatch_uid="signatures.organization_moved_on_lists"
        )
