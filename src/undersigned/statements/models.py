import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.common.languages import validate_content_language
from undersigned.common.origins import origin_lines, validate_origin_lines


class Statement(LoggingMixin, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for signatures")
        CLOSED = "closed", _("Closed")
        PUBLISHED = "published", _("Published")

    # The lifecycle: which status may follow which (statements.services.statement_transition enforces it).
    # A closed statement may reopen; nothing goes back to draft once people could sign, and a published
    # list is final.
    TRANSITIONS = {
        Status.DRAFT: (Status.OPEN,),
        Status.OPEN: (Status.CLOSED,),
        Status.CLOSED: (Status.OPEN, Status.PUBLISHED),
        Status.PUBLISHED: (),
    }
    # What each step means, in one sentence, as the owner's lifecycle control explains it.
    STEP_MEANINGS = {
        Status.DRAFT: _("Only you and your co-owners can see it; nobody can sign yet."),
        Status.OPEN: _("Anyone with the link can sign."),
        Status.CLOSED: _("The list stays public, but nobody can sign any more."),
        Status.PUBLISHED: _("The list is final and the statement appears in the newsroom."),
    }

    class Signers(models.TextChoices):
        BOTH = "both", _("Organizations and individuals")
        ORGANIZATIONS = "organizations", _("Organizations only")
        INDIVIDUALS = "individuals", _("Individuals only")

    class ListOrder(models.TextChoices):
        SIGNED = "signed", _("In the order they signed")
        ALPHABETICAL = "alphabetical", _("Alphabetically")

    class UmbrellaPlacement(models.TextChoices):
        # Federations publish lists either way: their national councils leading each country, or all
        # umbrella bodies together in a first group before the member organizations.
        COUNTRY = "country", _("First within their own country's group")
        OWN_GROUP = "own_group", _("In a group of their own, before every country")

    class EarlierVersions(models.TextChoices):
        # What the public list does with signers who endorsed a text that has since changed.
        LIST = "list", _("List them, marked with the version they signed")
        HIDE = "hide", _("Hide them until they reconfirm")

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    # The original's language: any content language (common.languages), not only the interface's.
    language = models.CharField(
        _("language"), max_length=16, default="en", validators=[validate_content_language]
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    deadline = models.DateTimeField(_("sign-on deadline"), null=True, blank=True)
    signers = models.CharField(
        _("who may sign"), max_length=16, choices=Signers.choices, default=Signers.BOTH
    )
    country_order = models.CharField(
        _("country order"),
        max_length=500,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*$", _("Use ISO codes separated by commas."))
        ],
        help_text=_(
            "ISO codes of the countries listed first, in order, e.g. “DE, AT, CH”. Others follow by name."
        ),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    # Co-owners have the owner's rights on this statement (statements.permissions).
    co_owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="co_owned_statements", verbose_name=_("co-owners")
    )
    umbrella_placement = models.CharField(
        _("umbrella bodies"),
        max_length=10,
        choices=UmbrellaPlacement.choices,
        default=UmbrellaPlacement.COUNTRY,
        help_text=_("Where umbrella bodies (federations, national councils) appear in the list."),
    )
    list_order = models.CharField(
        _("order within each group"),
        max_length=12,
        choices=ListOrder.choices,
        default=ListOrder.SIGNED,
        help_text=_(
            "Umbrella bodies come first, then organizations, then individuals; this orders each part."
        ),
    )
    earlier_versions = models.CharField(
        _("signers of an earlier text"),
        max_length=8,
        choices=EarlierVersions.choices,
        default=EarlierVersions.LIST,
    )
    # The sites (one origin a line) that may show the sign-on form in a frame; none means no other site may.
    embed_domains = models.TextField(
        _("partner sites"),
        blank=True,
        validators=[validate_origin_lines],
        help_text=_("One site a line, like https://partner.example. Only these sites may embed the form."),
    )
    # The sign form asks the signer's browser to solve a small puzzle first (common/pow.py).
    proof_of_work = models.BooleanField(
        _("ask signers' browsers to solve an anti-bot puzzle"),
        default=False,
        help_text=_(
            "Keeps automated sign-ons out: before the form is sent, the signer's browser spends about a "
            "second on a calculation. Signers need JavaScript turned on. No outside service is involved "
            "and nothing about the signer is recorded."
        ),
    )
    # Kept up to date by the signature services so the page never counts 100,000 rows.
    confirmed_count = models.PositiveIntegerField(_("confirmed signatures"), default=0, editable=False)
    # Bumped whenever the public list changes; caches and exports are keyed by it.
    list_revision = models.PositiveIntegerField(default=0, editable=False)
    # When it last stopped taking signatures (closed); the retention of signers' addresses counts from it.
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    # The revision of the last change other than a signatory joining (a withdrawal, an edit, a new order):
    # until it moves, the order cached for the list only needs the newcomers merged in.
    list_reordered_revision = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("signatures:statement", kwargs={"slug": self.slug})

    # A page reads the current version and the baseline many times (the form, the list, the charts, the
    # press section): each is queried once per instance. statement_version_create forgets them when it
    # adds a version, and refresh_from_db() does, for a version added through another instance.
    _VERSION_CACHE = ("_current_version", "_baseline_version_number")

    @property
    def current_version(self) -> "StatementVersion | None":
        if not hasattr(self, "_current_version"):
            self._current_version = self.versions.order_by("-number").first()
        return self._current_version

    def forget_versions(self) -> None:
        """Drop the current version and baseline this instance remembers (a version was added)."""
        for name in self._VERSION_CACHE:
            self.__dict__.pop(name, None)

    def refresh_from_db(self, *args, **kwargs):
        self.forget_versions()
        super().refresh_from_db(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        return self.status != self.Status.DRAFT

    def accepts_signatures(self, now=None) -> bool:
        now = now or timezone.now()
        return self.status == self.Status.OPEN and (self.deadline is None or now < self.deadline)

    def closed_since(self, now=None):
        """When it stopped taking signatures, or None while it takes them. A statement closed before the
        date was kept counts from its last change (never earlier than its closing). The housekeeping's
        query in signatures/services/housekeeping.py follows the same rule."""
        if self.status in (self.Status.CLOSED, self.Status.PUBLISHED):
            return self.closed_at or self.updated_at
        if self.status == self.Status.OPEN and self.deadline and self.deadline <= (now or timezone.now()):
            return self.deadline
        return None

    def addresses_kept_until(self, now=None):
        """When the daily housekeeping erases the signers' email addresses; None while it is open."""
        closed = self.closed_since(now)
        return closed + timedelta(days=settings.UNDERSIGNED_EMAIL_RETENTION_DAYS) if closed else None

    def allowed_transitions(self) -> tuple[str, ...]:
        return self.TRANSITIONS[Statement.Status(self.status)]

    def transition_is_irreversible(self, to: str) -> bool:
        """Leaving the draft and publishing cannot be undone, so the owner confirms them first."""
        return self.status == self.Status.DRAFT or to == self.Status.PUBLISHED

    def allows_kind(self, kind: str) -> bool:
        return self.signers == self.Signers.BOTH or self.signers == {
            "organization": self.Signers.ORGANIZATIONS,
            "individual": self.Signers.INDIVIDUALS,
        }.get(kind)

    def baseline_version_number(self) -> int:
        """The oldest version number a signer may have endorsed and still count as endorsing today's text:
        the latest version that was not marked as a minor correction."""
        current = self.current_version
        if current is None or not current.minor:  # the usual case, without a query of its own
            return current.number if current else 1
        if not hasattr(self, "_baseline_version_number"):
            number = self.versions.filter(minor=False).aggregate(n=models.Max("number"))["n"] or 1
            self._baseline_version_number = number
        return self._baseline_version_number

    def embed_origins(self) -> list[str]:
        return origin_lines(self.embed_domains)

    def country_order_codes(self) -> list[str]:
        raw = self.country_order or ",".join(settings.UNDERSIGNED_COUNTRY_ORDER)
        return [code.strip().upper() for code in raw.split(",") if code.strip()]


class StatementVersion(models.Model):
    """One immutable text of a statement. Changing the text means adding a version."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    text = models.TextField(_("text (Markdown)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    # A minor correction (a typo) does not ask earlier signers to reconfirm; the choice is kept here
    # and in the audit trail.
    minor = models.BooleanField(_("minor correction"), default=False)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["statement", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "number"], name="unique_version_number"),
        ]
        verbose_name = _("statement version")
        verbose_name_plural = _("statement versions")

    def __str__(self) -> str:
        return f"{self.statement.slug} v{self.number} ({self.short_hash})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            # Signers endorsed these exact words; a stored version is never rewritten.
            raise ValidationError(_("A statement version cannot be changed; create a new version instead."))
        self.sha256 = self.hash_text(self.text)
        super().save(*args, **kwargs)

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    def languages(self) -> list[str]:
        """The original language first, then the translations' languages."""
        original = self.statement.language
        return [original, *(t.language for t in self.translations.all() if t.language != original)]

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StatementTranslation(models.Model):
    """The text of one version in another language. The version's own text (in the statement's language)
    is the original; a translation never changes the version or its fingerprint.

    `source_version` is the version whose text was translated. When a new version is published, the
    translations carry over to it unchanged, still pointing at the older text, so they show as outdated
    until their owner updates them.
    """

    version = models.ForeignKey(StatementVersion, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=16, validators=[validate_content_language])
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text (Markdown)"))
    source_version = models.ForeignKey(
        StatementVersion, on_delete=models.CASCADE, related_name="+", verbose_name=_("translated from")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["version", "language"]
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="one_translation_per_language"),
        ]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")

    def __str__(self) -> str:
        return f"{self.version} [{self.language}]"

    @property
    def outdated(self) -> bool:
        """Written for an earlier text than the one it belongs to."""
        return self.source_version_id != self.version_id
