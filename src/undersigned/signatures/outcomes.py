"""What a sign-on or an email link came to, as named values the views and templates compare with."""

from django.db import models


class SignResult(models.TextChoices):
    """What a sign-on did: stored a new one, or found the address had signed already."""

    CREATED = "created"
    RESENT = "resent"  # pending: the confirmation link was sent again
    # Withdrawn: what was signed now waits, apart, for the address's owner to confirm it by email.
    AWAITING_OWNER = "awaiting_owner"
    ALREADY_CONFIRMED = "already_confirmed"
    NOT_ACCEPTED = "not_accepted"  # rejected earlier by the organizers


class LinkProblem(models.TextChoices):
    """Why a confirmation, withdrawal or reconfirmation link cannot do what it says."""

    INVALID = "invalid"
    EXPIRED = "expired"
    USED = "used"
    ALREADY_CONFIRMED = "already_confirmed"
    NOT_PENDING = "not_pending"
    WITHDRAWN = "withdrawn"
    NOT_ACTIVE = "not_active"
    NOT_NEEDED = "not_needed"  # the signer already endorses the current text
    STALE = "stale"  # the text changed again after this link was sent
    NOT_CONFIRMED = "not_confirmed"  # a sign-on never confirmed has nothing to reconfirm
    ERASED = "erased"  # the signer erased it (privacy page), or it expired unconfirmed
