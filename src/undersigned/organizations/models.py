from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import LoggingMixin


class Organization(LoggingMixin, models.Model):
    """One organization, shared by every statement it signs, so the same body is one record."""

    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name=_("member of"),
        help_text=_("The umbrella body (federation, council) this organization belongs to."),
    )
    # Umbrella bodies head their country's group on published lists.
    is_umbrella = models.BooleanField(_("umbrella body"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        # The model began in coalitions; it kept its table when it moved, so no data had to be copied.
        db_table = "coalitions_organization"
        ordering = ["country", "name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="organization_has_a_name"),
        ]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name

    def clean(self):
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organization cannot be its own umbrella body.")})
