import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin
from undersigned.common.countries import country_codes
from undersigned.organizations.models import Organization
from undersigned.statements.models import Statement


def parse_country_codes(raw: str) -> list[str]:
    """`"de, AT ,ch"` -> `["DE", "AT", "CH"]` (duplicates dropped, order kept)."""
    codes: list[str] = []
    for part in (raw or "").replace(";", ",").split(","):
        code = part.strip().upper()
        if code and code not in codes:
            codes.append(code)
    return codes


def validate_country_codes(value: str) -> None:
    codes = parse_country_codes(value)
    if not codes:
        raise ValidationError(_("Give at least one country code, e.g. “DE, AT”."), code="empty")
    unknown = [code for code in codes if code not in country_codes()]
    if unknown:
        raise ValidationError(
            _("Unknown country code: %(codes)s. Use ISO codes such as DE, AT, CH."),
            code="unknown",
            params={"codes": ", ".join(unknown)},
        )


class Coordinator(LoggingMixin, models.Model):
    """A person who gathers sign-ons for one statement in a region (one or more countries)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coordinations")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="coordinators")
    countries = models.CharField(
        _("countries"),
        max_length=300,
        validators=[validate_country_codes],
        help_text=_("ISO codes of the countries this coordinator is responsible for, e.g. “DE, AT, CH”."),
    )
    region_name = models.CharField(
        _("region name"), max_length=100, blank=True, help_text=_("Optional, e.g. “Central Europe”.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["statement", "region_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "statement"], name="one_coordination_per_user_and_statement"
            ),
        ]
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")

    def __str__(self) -> str:
        return f"{self.user} – {self.statement.slug} ({self.countries})"

    def country_list(self) -> list[str]:
        return parse_country_codes(self.countries)

    def covers(self, country: str) -> bool:
        return (country or "").upper() in self.country_list()

    def label(self) -> str:
        return self.region_name or ", ".join(self.country_list())


def _new_invitation_token() -> str:
    return secrets.token_urlsafe(18)


class JoinProblem(models.TextChoices):
    """Why an invitation link cannot be used to sign (the invitation's own states, and two more)."""

    INVALID = "invalid"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"
    DECLINED = "declined"
    CLOSED = "closed"  # the statement no longer accepts signatures


class Invitation(LoggingMixin, models.Model):
    """A link that lets one invited organization's representative sign, a limited number of times."""

    class State(models.TextChoices):
        ACTIVE = "active", _("Open")
        USED = "used", _("Used")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")
        DECLINED = "declined", _("Declined")

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="invitations")
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("organization")
    )
    coordinator = models.ForeignKey(
        Coordinator, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitations"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.CharField(max_length=40, unique=True, default=_new_invitation_token, editable=False)
    email = models.EmailField(_("send the invitation to"), blank=True)
    max_uses = models.PositiveSmallIntegerField(_("number of uses"), default=1)
    uses = models.PositiveSmallIntegerField(default=0, editable=False)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    declined_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(max_uses__gte=1), name="invitation_allows_a_use"),
            models.CheckConstraint(
                condition=models.Q(uses__lte=models.F("max_uses")), name="invitation_uses_within_limit"
            ),
        ]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.organization.name} → {self.statement.slug}"

    def get_absolute_url(self) -> str:
        return reverse("coalitions:join", kwargs={"slug": self.statement.slug, "token": self.token})

    def state(self, now=None) -> "Invitation.State":
        now = now or timezone.now()
        if self.revoked_at:
            return self.State.REVOKED
        if self.declined_at:
            return self.State.DECLINED
        if self.uses >= self.max_uses:
            return self.State.USED
        if now >= self.expires_at:
            return self.State.EXPIRED
        return self.State.ACTIVE

    @property
    def is_usable(self) -> bool:
        return self.state() == self.State.ACTIVE
