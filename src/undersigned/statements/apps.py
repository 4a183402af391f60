from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "undersigned.statements"
    label = "statements"

    def ready(self):
        from undersigned.audit.trail import register_owned_statement
        from undersigned.statements.permissions import owned_statement_or_403

        register_owned_statement(owned_statement_or_403)
