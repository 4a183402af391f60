import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from undersigned.coalitions.models import Coordinator, parse_country_codes
from undersigned.coalitions.tasks import send_coordinator_welcome
from undersigned.common.emails import normalize_email
from undersigned.statements.models import Statement


def _user_for_email(email: str, name: str):
    """The account with this address, or a new one without a password: the welcome email carries a link
    to choose one, so the owner never handles anyone's password."""
    User = get_user_model()
    email = normalize_email(email)
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None:
        return user, False
    first, _sep, last = " ".join(name.split()).partition(" ")
    user = User(username=_free_username(email), email=email, first_name=first[:150], last_name=last[:150])
    user.set_unusable_password()
    user.full_clean()
    user.save()
    return user, True


def _free_username(email: str) -> str:
    """The address itself where Django's username rules allow it (letters, digits and @.+-_), made unique.

    >>> _free_username("o'brien@example.org")  # doctest: +SKIP
    'obrien@example.org'
    """
    User = get_user_model()
    base = re.sub(r"[^\w.@+-]", "", email)[:140] or "coordinator"
    candidate, n = base, 1
    while User.objects.filter(username=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@transaction.atomic
def coordinator_appoint(
    *, statement: Statement, email: str, countries: str, name: str = "", region_name: str = "", user=None
) -> Coordinator:
    account, created = _user_for_email(email, name)
    if Coordinator.objects.filter(statement=statement, user=account).exists():
        raise ValidationError({"email": _("This person already coordinates this statement.")})
    coordinator = Coordinator(
        statement=statement,
        user=account,
        countries=", ".join(parse_country_codes(countries)),
        region_name=region_name.strip(),
    )
    coordinator.full_clean()
    coordinator.save()
    coordinator.log_action(
        "coordinator.appointed",
        user=user,
        via="web",
        data={"email": account.email, "countries": coordinator.countries, "new_account": created},
    )
    send_coordinator_welcome.enqueue(coordinator.pk, created)
    return coordinator


@transaction.atomic
def coordinator_update(
    *, coordinator: Coordinator, countries: str, region_name: str = "", user=None
) -> Coordinator:
    coordinator.countries = ", ".join(parse_country_codes(countries))
    coordinator.region_name = region_name.strip()
    coordinator.full_clean()
    coordinator.save(update_fields=["countries", "region_name"])
    coordinator.log_action(
        "coordinator.changed",
        user=user,
        via="web",
        data={"countries": coordinator.countries, "region_name": coordinator.region_name},
    )
    return coordinator


@transaction.atomic
def coordinator_remove(*, coordinator: Coordinator, user=None) -> None:
    """The account stays (it may coordinate other statements); only this appointment ends."""
    coordinator.log_action(
        "coordinator.removed",
        user=user,
        via="web",
        data={"email": coordinator.user.email, "countries": coordinator.countries},
    )
    coordinator.delete()
