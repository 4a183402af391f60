from undersigned.common.tasks import task


@task()
def send_delivery(delivery_id: int) -> None:
    """One email to one recipient; failures are recorded and retried with back-off by the service."""
    from undersigned.delivery.models import Delivery
    from undersigned.delivery.services import delivery_send

    delivery = Delivery.objects.select_related("mailing__statement", "version").filter(pk=delivery_id).first()
    if delivery is not None:
        delivery_send(delivery=delivery)
