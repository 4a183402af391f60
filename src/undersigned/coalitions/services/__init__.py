"""Writes for coalitions: coordinators, invitations and coordinators' sign-ons."""

from undersigned.coalitions.services.co_owners import co_owner_invite
from undersigned.coalitions.services.coordinators import (
    coordinator_appoint,
    coordinator_remove,
    coordinator_update,
)
from undersigned.coalitions.services.invitations import (
    invitation_create,
    invitation_get_usable,
    invitation_mark_declined,
    invitation_revoke,
    invitation_sign,
)
from undersigned.coalitions.services.signons import (
    CONFIRMATION_METHODS,
    signon_confirm_documented,
    signon_edit,
    signon_enter,
)

__all__ = [
    "CONFIRMATION_METHODS", "co_owner_invite", "coordinator_appoint", "coordinator_remove", "coordinator_update",
    "invitation_create", "invitation_get_usable", "invitation_mark_declined", "invitation_revoke",
    "invitation_sign", "signon_confirm_documented", "signon_edit", "signon_enter",
]  # fmt: skip
