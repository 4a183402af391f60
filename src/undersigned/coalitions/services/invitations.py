from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from undersigned.coalitions.models import Coordinator, Invitation, JoinProblem
from undersigned.coalitions.tasks import send_invitation_email
from undersigned.common.emails import normalize_email
from undersigned.organizations.models import Organization
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import SignResult
from undersigned.signatures.services import SignOutcome, signature_create
from undersigned.statements.models import Statement


@transaction.atomic
def invitation_create(
    *,
    statement: Statement,
    organization: Organization,
    coordinator: Coordinator | None = None,
    email: str = "",
    max_uses: int = 1,
    valid_days: int = 30,
    user=None,
) -> Invitation:
    if not statement.allows_kind(Signature.Kind.ORGANIZATION):
        raise ValidationError(
            _("This statement is open to individuals only; organizations cannot be invited.")
        )
    invitation = Invitation(
        statement=statement,
        organization=organization,
        coordinator=coordinator,
        created_by=user,
        email=normalize_email(email),
        max_uses=max_uses,
        expires_at=timezone.now() + timedelta(days=valid_days),
    )
    invitation.full_clean()
    invitation.save()
    invitation.log_action(
        "invitation.created",
        user=user,
        via="web",
        data={
            "organization": organization.pk,
            "max_uses": max_uses,
            "expires_at": invitation.expires_at.isoformat(),
            "emailed": bool(invitation.email),
        },
    )
    if invitation.email:
        send_invitation_email.enqueue(invitation.pk)
    return invitation


def invitation_revoke(*, invitation: Invitation, user=None) -> Invitation:
    if invitation.revoked_at:
        return invitation
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    invitation.log_action("invitation.revoked", user=user, via="web")
    return invitation


def invitation_mark_declined(*, invitation: Invitation, user=None, note: str = "") -> Invitation:
    """The organization told its coordinator it will not sign; progress shows it as declined."""
    if invitation.declined_at:
        return invitation
    invitation.declined_at = timezone.now()
    invitation.save(update_fields=["declined_at"])
    invitation.log_action("invitation.declined", user=user, via="web", data={"note": note} if note else None)
    return invitation


def invitation_get_usable(
    *, statement: Statement, token: str
) -> tuple[Invitation | None, JoinProblem | None]:
    """(invitation, problem): problem is None, INVALID or the invitation's state (USED, EXPIRED…)."""
    invitation = (
        Invitation.objects.select_related("organization").filter(statement=statement, token=token).first()
    )
    if invitation is None:
        return None, JoinProblem.INVALID
    state = invitation.state()
    return invitation, None if state == Invitation.State.ACTIVE else JoinProblem(state.value)


def invitation_sign(
    *,
    invitation: Invitation,
    email: str,
    representative_name: str,
    title: str = "",
    city: str = "",
    consent_display: bool = True,
) -> SignOutcome | None:
    """Sign for the invited organization; the representative then confirms by email as anyone does.

    Returns None when the invitation was used up (or expired) meanwhile. A use is claimed with one
    conditional UPDATE, so two representatives racing for the last use cannot both get it; a sign-on
    that creates nothing new (the address had already signed) gives the use back.
    """
    organization = invitation.organization
    with transaction.atomic():
        claimed = Invitation.objects.filter(
            pk=invitation.pk,
            uses__lt=F("max_uses"),
            expires_at__gt=timezone.now(),
            revoked_at__isnull=True,
            declined_at__isnull=True,
        ).update(uses=F("uses") + 1)
        if not claimed:
            return None
        outcome = signature_create(
            statement=invitation.statement,
            email=email,
            kind=Signature.Kind.ORGANIZATION,
            source=Signature.Source.INVITATION,
            organization_name=organization.name,
            representative_name=representative_name,
            title=title,
            city=city or organization.city,
            country=organization.country,
            consent_display=consent_display,
            organization=organization,
            invitation=invitation,
        )
        if outcome.result != SignResult.CREATED:
            Invitation.objects.filter(pk=invitation.pk).update(uses=F("uses") - 1)
        invitation.refresh_from_db(fields=["uses"])
    return outcome
