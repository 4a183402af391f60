from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.common.validators import validate_plain_name
from undersigned.statements.models import Statement, StatementVersion


class Recipient(LoggingMixin, models.Model):
    """Someone a statement is delivered to: an addressee (the officials it calls on) or a journalist.
    Without a statement, the recipient belongs to the owner's reusable list for all their statements."""

    class Kind(models.TextChoices):
        ADDRESSEE = "addressee", _("Addressee")
        MEDIA = "media", _("Media")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.CASCADE, related_name="recipients",
        help_text=_("Empty for a recipient reusable across all your statements."),
    )  # fmt: skip
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.ADDRESSEE)
    name = models.CharField(_("name"), max_length=200, validators=[validate_plain_name])
    office = models.CharField(
        _("office"),
        max_length=300,
        blank=True,
        validators=[validate_plain_name],
        help_text=_("For addressees, e.g. “Federal Ministry for the Environment”."),
    )
    outlet = models.CharField(
        _("outlet"),
        max_length=200,
        blank=True,
        validators=[validate_plain_name],
        help_text=_("For media, e.g. “Rhine Herald”."),
    )
    beat = models.CharField(
        _("beat"),
        max_length=100,
        blank=True,
        validators=[validate_plain_name],
        help_text=_("For media, e.g. “environment”."),
    )
    # Stored trimmed and lower-cased so the constraints below catch duplicates.
    email = models.EmailField(_("email"))
    greeting = models.CharField(
        _("greeting"), max_length=200, blank=True, validators=[validate_plain_name],
        help_text=_("How the email opens, e.g. “Dear Minister Schmidt,”. Empty for “Dear <name>,”."),
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                "statement", Lower("email"), condition=models.Q(statement__isnull=False),
                name="one_recipient_per_email_per_statement",
            ),
            models.UniqueConstraint(
                "owner", Lower("email"), condition=models.Q(statement__isnull=True),
                name="one_reusable_recipient_per_email_per_owner",
            ),
        ]  # fmt: skip
        verbose_name = _("recipient")
        verbose_name_plural = _("recipients")

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    def salutation(self) -> str:
        return self.greeting or _gettext("Dear %(name)s,") % {"name": self.name}

    @property
    def affiliation(self) -> str:
        return (
            self.office
            if self.kind == self.Kind.ADDRESSEE
            else ", ".join(p for p in (self.outlet, self.beat) if p)
        )


class Mailing(LoggingMixin, models.Model):
    """One deliberate send of a statement version to chosen recipients: drafted, previewed, then sent."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft, not sent")
        SENT = "sent", _("Sent to the queue")

    class Content(models.TextChoices):
        PDF = "pdf", _("Attach the statement and list as PDF")
        LINK = "link", _("Link to the PDF instead of attaching it")

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="mailings")
    version = models.ForeignKey(StatementVersion, on_delete=models.PROTECT, related_name="+")
    subject = models.CharField(_("subject"), max_length=200, validators=[validate_plain_name])
    message = models.TextField(
        _("message"),
        max_length=3000,
        blank=True,
        help_text=_("A short note before the statement. The greeting is added for you."),
    )
    content = models.CharField(
        _("signatory list"), max_length=8, choices=Content.choices, default=Content.PDF
    )
    include_release = models.BooleanField(_("include the press release"), default=False)
    resend = models.BooleanField(
        _("send again to recipients who already received this version"),
        default=False,
    )
    recipients = models.ManyToManyField(Recipient, related_name="mailings", verbose_name=_("recipients"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")

    def __str__(self) -> str:
        return self.subject


class Delivery(LoggingMixin, models.Model):
    """One email to one recipient, with its fate: the per-recipient delivery log."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped")

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    # Copied from the mailing so "has this address already received this version?" is one query.
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(StatementVersion, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(Recipient, null=True, on_delete=models.SET_NULL, related_name="deliveries")
    name = models.CharField(max_length=200)
    email = models.EmailField()
    salutation = models.CharField(max_length=250)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    reason = models.TextField(_("reason"), blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["mailing", "name", "pk"]
        constraints = [
            models.UniqueConstraint("mailing", Lower("email"), name="one_delivery_per_email_per_mailing")
        ]
        indexes = [models.Index(fields=["statement", "version", "status"])]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self) -> str:
        return f"{self.email}: {self.status}"
