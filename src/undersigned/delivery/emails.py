"""The delivery email, `delivery/emails/delivery-statement-*`, rendered by common.emails.make_message."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from undersigned.common.emails import make_message
from undersigned.common.languages import interface_language
from undersigned.delivery.models import Delivery, Mailing
from undersigned.press.documents import render_release
from undersigned.press.models import Release
from undersigned.press.plaintext import markdown_to_text
from undersigned.press.selectors import list_summary


def mailing_context(mailing: Mailing, *, salutation: str) -> dict:
    statement = mailing.statement
    release = Release.objects.filter(statement=statement).first() if mailing.include_release else None
    site = settings.SITE_URL
    return {
        "mailing": mailing,
        "statement": statement,
        "version": mailing.version,
        "salutation": salutation,
        "summary": list_summary(statement),
        "text_plain": markdown_to_text(mailing.version.text),
        "release_text": render_release(release, "txt") if release else "",
        "statement_url": site + statement.get_absolute_url(),
        "list_url": site + reverse("signatures:list", kwargs={"slug": statement.slug}),
        "pdf_url": site + reverse("press:export_pdf", kwargs={"slug": statement.slug}),
        "attach_pdf": mailing.content == Mailing.Content.PDF,
    }


def reply_to(mailing: Mailing) -> str | None:
    release = Release.objects.filter(statement=mailing.statement).first()
    if release is not None and release.contact_email:
        return release.contact_email
    return mailing.created_by.email if mailing.created_by and mailing.created_by.email else None


def render_preview(mailing: Mailing, *, salutation: str):
    """The email as a recipient will get it, without sending it or building the PDF."""
    with override(interface_language(mailing.statement.language)):
        return make_message(
            "delivery/emails/delivery-statement",
            to="preview@invalid",
            context=mailing_context(mailing, salutation=salutation),
        )


def delivery_message(delivery: Delivery):
    """Runs in the worker. The PDF comes from the export cache (built here if needed); if it is too big
    for mail servers, the email links to it instead."""
    from undersigned.press.services import export_ensure_built, export_path

    mailing = delivery.mailing
    context = mailing_context(mailing, salutation=delivery.salutation)
    pdf = None
    if context["attach_pdf"]:
        export = export_ensure_built(statement=mailing.statement, kind="pdf")
        path = export_path(export)
        if (
            export.status == export.Status.READY
            and export.size <= settings.UNDERSIGNED_DELIVERY_ATTACHMENT_MAX_MB * 1024 * 1024
        ):
            pdf = path.read_bytes()
        else:
            context["attach_pdf"] = False
    with override(interface_language(mailing.statement.language)):
        message = make_message(
            "delivery/emails/delivery-statement",
            to=delivery.email,
            context=context,
            reply_to=reply_to(mailing),
        )
    if pdf is not None:
        message.attach(f"{mailing.statement.slug}.pdf", pdf, "application/pdf")
    return message
