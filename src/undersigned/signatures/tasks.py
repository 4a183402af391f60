from django.conf import settings
from django.urls import reverse

from undersigned.common import emails
from undersigned.common.tasks import task


@task()
def send_confirmation_email(signature_id: int) -> None:
    """Runs in the worker: the request only stored the signature and queued this."""
    from undersigned.signatures.models import Signature
    from undersigned.signatures.tokens import make_token

    signature = Signature.objects.select_related("statement").filter(pk=signature_id).first()
    if signature is None or signature.status != Signature.Status.PENDING or not signature.email:
        return
    path = reverse(
        "signatures:confirm", kwargs={"slug": signature.statement.slug, "token": make_token(signature)}
    )
    emails.send(
        "confirm-signature",
        to=signature.email,
        context={
            "signature": signature,
            "statement": signature.statement,
            "confirm_url": settings.SITE_URL + path,
            "max_age_days": settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS,
        },
    )
