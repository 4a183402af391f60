from django.apps import AppConfig


class SignaturesConfig(AppConfig):
    name = "undersigned.signatures"
    label = "signatures"

    def ready(self):
        from undersigned.common.housekeeping import register_housekeeping
        from undersigned.common.outbox import register_outbox
        from undersigned.organizations.signals import organization_list_position_changed
        from undersigned.signatures import receivers, services
        from undersigned.signatures.selectors import reconfirmation_audience
        from undersigned.statements import reach
        from undersigned.statements import signals as statement_signals

        reach.register_audience_counter(reconfirmation_audience)
        statement_signals.version_published.connect(
            receivers.version_published, dispatch_uid="signatures.version_published"
        )
        statement_signals.list_settings_changed.connect(
            receivers.list_settings_changed, dispatch_uid="signatures.list_settings_changed"
        )
        organization_list_position_changed.connect(
            receivers.organization_moved_on_lists, dispatch_uid="signatures.organization_moved_on_lists"
        )
        # What a public sign-on's request leaves to the task worker: its audit entry and its email.
        register_outbox(
            "signatures.follow_up",
            drain=services.signatures_follow_up,
            backlog=services.signatures_follow_up_backlog,
        )
        # The daily housekeeping (common/housekeeping.py): addresses kept no longer than needed. Expired
        # sign-ons go first, so that none is left behind without an address and still pending.
        register_housekeeping("signatures.expire_pending", services.signatures_expire_pending)
        register_housekeeping("signatures.scrub_withdrawn", services.signatures_scrub_withdrawn)
        register_housekeeping(
            "signatures.anonymise_after_closing", services.signatures_anonymise_after_closing
        )
