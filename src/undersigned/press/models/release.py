from zoneinfo import available_timezones

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.common.validators import validate_plain_name
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

_PHONE = RegexValidator(r"^\+?[0-9 ()./-]{5,30}$", _("Enter a phone number, e.g. +49 30 1234567."))


def default_timezone() -> str:
    # A callable, so a deployment's UNDERSIGNED_TIME_ZONE never shows up as a model change.
    return settings.TIME_ZONE


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(available_timezones()) if "/" in name or name == "UTC"]


class Release(LoggingMixin, models.Model):
    """The press release of a statement, in newswire shape. One per statement."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Selection(models.TextChoices):
        ALL = "all", _("All confirmed signatories")
        ORGANIZATIONS = "organizations", _("Organizations only")
        NAMED = "named", _("A named selection")

    class Grouping(models.TextChoices):
        COUNTRY = "country", _("Grouped by country, as on the public list")
        NONE = "none", _("One list without headings")

    class BlockLabel(models.TextChoices):
        SIGNED_BY = "signed", _("Signed by:")
        SUBMITTED_BY = "submitted", _("Submitted by:")

    statement = models.OneToOneField(Statement, on_delete=models.CASCADE, related_name="release")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    headline = models.CharField(_("headline"), max_length=200, validators=[validate_plain_name])
    subheadline = models.CharField(
        _("subheadline"), max_length=300, blank=True, validators=[validate_plain_name]
    )
    dateline_city = models.CharField(_("dateline city"), max_length=100, validators=[validate_plain_name])
    dateline_country = models.CharField(_("dateline country"), max_length=2, blank=True)
    dateline_state = models.CharField(
        _("state or province"), max_length=60, blank=True, validators=[validate_plain_name],
        help_text=_("For US and Canadian cities, e.g. “Illinois”; for the UK, e.g. “Scotland”."),
    )  # fmt: skip
    release_date = models.DateField(_("release date"), default=timezone.localdate)
    wire_service = models.CharField(
        _("wire service"), max_length=60, blank=True, validators=[validate_plain_name],
        help_text=_("If a wire service distributes the release, e.g. “PRNewswire”. Leave empty otherwise."),
    )  # fmt: skip
    source = models.CharField(
        _("issuing organization (SOURCE)"), max_length=200, validators=[validate_plain_name]
    )
    lede = models.TextField(_("lede"), max_length=1500)
    about = models.TextField(_("About the issuing organization"), max_length=2000, blank=True)
    contact_name = models.CharField(_("media contact name"), max_length=200, validators=[validate_plain_name])
    contact_email = models.EmailField(_("media contact email"))
    contact_phone = models.CharField(_("media contact phone"), max_length=30, blank=True, validators=[_PHONE])
    embargo_until = models.DateTimeField(
        _("hold for release until"), null=True, blank=True,
        help_text=_("Leave empty for immediate release. The release is not public before this time."),
    )  # fmt: skip
    embargo_timezone = models.CharField(
        _("time zone of the embargo"), max_length=64, default=default_timezone, choices=timezone_choices
    )
    selection = models.CharField(
        _("signatories"), max_length=16, choices=Selection.choices, default=Selection.ALL
    )
    selected = models.ManyToManyField(
        Signature, blank=True, related_name="+", verbose_name=_("named signatories")
    )
    grouping = models.CharField(
        _("grouping"), max_length=12, choices=Grouping.choices, default=Grouping.COUNTRY
    )
    block_label = models.CharField(
        _("list heading"), max_length=12, choices=BlockLabel.choices, default=BlockLabel.SIGNED_BY
    )
    # The statement page's world map (signatures.glance) as the release's image.
    include_map = models.BooleanField(
        _("include the map of signatories"),
        default=False,
        help_text=_(
            "The world map shaded by the number of signatories in each country, as the release's image."
        ),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def __str__(self) -> str:
        return self.headline

    @property
    def is_embargoed(self) -> bool:
        return self.embargo_until is not None and timezone.now() < self.embargo_until

    @property
    def is_public(self) -> bool:
        """Published, past its embargo, and its statement is public."""
        return self.status == self.Status.PUBLISHED and not self.is_embargoed and self.statement.is_public

    @property
    def public_since(self):
        """When the public could first read it: the later of publishing and the embargo's end."""
        moments = [m for m in (self.published_at, self.embargo_until) if m is not None]
        return max(moments) if moments else None


class Quote(models.Model):
    """One quote from a named representative of a signing organization."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="quotes")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("quote"), max_length=800)
    speaker_name = models.CharField(_("speaker"), max_length=200, validators=[validate_plain_name])
    speaker_title = models.CharField(
        _("speaker's role"), max_length=200, blank=True, validators=[validate_plain_name]
    )
    organization = models.CharField(
        _("organization"), max_length=300, blank=True, validators=[validate_plain_name]
    )

    class Meta:
        ordering = ["release", "position", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self) -> str:
        return f"{self.speaker_name}: {self.text[:40]}"
