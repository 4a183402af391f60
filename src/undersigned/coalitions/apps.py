from django.apps import AppConfig


class CoalitionsConfig(AppConfig):
    name = "undersigned.coalitions"
    label = "coalitions"

    def ready(self):
        from undersigned.audit.trail import register_participants
        from undersigned.coalitions.selectors import statement_trail_participants

        register_participants(statement_trail_participants)
