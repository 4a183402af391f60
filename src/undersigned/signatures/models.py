import copy

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.statements.models import Statement, StatementVersion


class Signature(LoggingMixin, models.Model):
    class Kind(models.TextChoices):
        ORGANIZATION = "organization", _("Organization")
        INDIVIDUAL = "individual", _("Individual")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        WEB = "web", _("Signed on the web")
        IMPORT = "import", _("Imported from a list")
        COORDINATOR = "coordinator", _("Entered by a coordinator")
        INVITATION = "invitation", _("Signed through an invitation")
        EMBED = "embed", _("Signed in the form on a partner site")
        API = "api", _("Signed through the API")

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="signatures")
    version = models.ForeignKey(
        StatementVersion,
        on_delete=models.PROTECT,
        related_name="signatures",
        verbose_name=_("version endorsed"),
    )
    # The language the signer read the version in (the original's or a translation's); empty when unknown
    # (imports, sign-ons from before translations).
    language = models.CharField(_("language read"), max_length=16, blank=True)
    kind = models.CharField(_("signing as"), max_length=12, choices=Kind.choices, default=Kind.INDIVIDUAL)
    organization_name = models.CharField(_("organization"), max_length=300, blank=True)
    representative_name = models.CharField(_("representative"), max_length=200, blank=True)
    # The representative's role for an organization, the signer's own role for an individual.
    title = models.CharField(_("role or title"), max_length=200, blank=True)
    person_name = models.CharField(_("name"), max_length=200, blank=True)
    honorific = models.CharField(_("honorific"), max_length=30, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region or state"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, db_index=True)
    # Stored normalised (trimmed, lower case) so the unique constraint catches "A@x.org" vs "a@x.org ".
    email = models.EmailField(_("email"), max_length=254, blank=True)
    consent_display = models.BooleanField(_("show on the public list"), default=True)
    # The shared record behind an organization's sign-on; the name above is what this sign-on prints.
    organization = models.ForeignKey(
        "organizations.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
        verbose_name=_("organization record"),
    )
    invitation = models.ForeignKey(
        "coalitions.Invitation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
        editable=False,
    )
    # A coordinator checked with the representative directly (e.g. by phone); the list shows it.
    verified = models.BooleanField(_("representative verified"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    source = models.CharField(_("source"), max_length=12, choices=Source.choices, default=Source.WEB)
    # The partner site (an origin, e.g. https://partner.example) whose embedded form took this sign-on.
    source_site = models.CharField(_("partner site"), max_length=200, blank=True)
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(_("signed"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    reconfirmed_at = models.DateTimeField(_("reconfirmed"), null=True, blank=True)
    # A pending sign-on is reminded at most once (signatures_remind_pending).
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # A withdrawn sign-on signed again: the fields the new sign-on proposes (by attribute name). Whoever
    # entered them may not own the address, so they replace the stored ones only when its owner confirms
    # from the emailed link (services/signing_again.py).
    proposal = models.JSONField(_("proposed change"), null=True, blank=True, editable=False)
    # Stored by a member of the public and not yet followed up by the task worker: its audit entry and
    # its confirmation email are still to come (services/follow_up.py; the outbox pattern).
    follow_up_due = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Imported signatures may have no email at all; every address signs a statement once.
            models.UniqueConstraint(
                "statement",
                Lower("email"),
                condition=~models.Q(email=""),
                name="one_signature_per_email_per_statement",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="organization", organization_name=""),
                name="organization_signature_names_organization",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="individual", person_name=""),
                name="individual_signature_names_person",
            ),
        ]
        indexes = [
            models.Index(fields=["statement", "status", "country"]),
            # The list cache asks for the signatories who joined since it was built.
            models.Index(fields=["statement", "confirmed_at"], name="signature_confirmed_since"),
            # The worker looks for sign-ons to follow up twice a second: only those rows are indexed.
            models.Index(
                fields=["id"], condition=models.Q(follow_up_due=True), name="signature_follow_up_due"
            ),
        ]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self) -> str:
        return self.display_line()

    def proposed(self) -> "Signature":
        """The sign-on as it would be listed once its owner confirms the proposal (an unsaved copy), or
        itself when nothing is proposed. Confirmation emails and pages show this."""
        if self.proposal is None:
            return self
        proposed = copy.copy(self)
        for attname, value in self.proposal.items():
            setattr(proposed, attname, value)
        return proposed

    @property
    def is_organization(self) -> bool:
        return self.kind == self.Kind.ORGANIZATION

    def display_name(self) -> str:
        if self.is_organization:
            return self.organization_name
        return " ".join(part for part in (self.honorific, self.person_name) if part)

    def display_line(self) -> str:
        """The signatory as a published list prints it (without its number).

        Organization: `Union of Example Associations in Austria – Maria Hofer, Chair`
        Individual:   `Dr. Grace Liu, Asian American Families for Libraries, Naperville, IL`
        """
        place = [part for part in (self.city, self.region) if part]
        if self.is_organization:
            line = ", ".join([self.organization_name, *place])
            representative = ", ".join(p for p in (self.representative_name, self.title) if p)
            return f"{line} – {representative}" if representative else line
        return ", ".join(p for p in (self.display_name(), self.title, self.organization_name, *place) if p)


class ReconfirmationRun(LoggingMixin, models.Model):
    """One sending of reconfirmation requests after a new version, done by the worker in batches.

    The owner may stop it: batches that have not been sent yet are then skipped.
    """

    class Status(models.TextChoices):
        SENDING = "sending", _("Sending")
        STOPPED = "stopped", _("Stopped")
        DONE = "done", _("Sent")

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="reconfirmation_runs")
    version = models.ForeignKey(
        StatementVersion, on_delete=models.CASCADE, related_name="reconfirmation_runs"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENDING)
    to_reconfirm = models.PositiveIntegerField(default=0)  # confirmed signers asked to reconfirm
    to_confirm = models.PositiveIntegerField(default=0)  # pending sign-ons sent the new text to confirm
    batches_total = models.PositiveIntegerField(default=0)
    batches_done = models.PositiveIntegerField(default=0)
    emails_sent = models.PositiveIntegerField(default=0)
    emails_skipped = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.statement} v{self.version.number}: {self.status}"

    @property
    def emails_total(self) -> int:
        return self.to_reconfirm + self.to_confirm
