from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "undersigned.delivery"
    label = "delivery"

    def ready(self):
        from undersigned.coalitions.dashboard import dashboard_waiting_add
        from undersigned.delivery.dashboard import failed_deliveries_waiting

        dashboard_waiting_add(failed_deliveries_waiting)
