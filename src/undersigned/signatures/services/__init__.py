"""Every change to a signature goes through these functions, and nothing else writes Signature rows
(tests/test_single_writer.py checks it). Each logs what it did and ends with the list bookkeeping
(`_lists.list_changed`: recount, bump the revision caches and exports key on), so no caller can forget it."""

from undersigned.signatures.services.confirmation import (
    ConfirmCheck,
    signature_check_token,
    signature_confirm,
    signature_confirm_by_token,
    signature_link_organization,
    signature_reject,
    signature_set_verified,
    signatures_set_status,
)
from undersigned.signatures.services.follow_up import signatures_follow_up, signatures_follow_up_backlog
from undersigned.signatures.services.housekeeping import (
    signatures_anonymise_after_closing,
    signatures_expire_pending,
)
from undersigned.signatures.services.privacy import signature_erase
from undersigned.signatures.services.reconfirmation import (
    ReconfirmCheck,
    reconfirmation_batch_done,
    reconfirmation_run_planned,
    reconfirmation_run_stop,
    signature_check_reconfirm,
    signature_reconfirm,
    signature_reconfirm_by_token,
    signature_renew_pending,
    signatures_request_reconfirmation,
)
from undersigned.signatures.services.reminders import (
    signatures_due_for_reminder,
    signatures_send_reminders,
)
from undersigned.signatures.services.signing import (
    SignOutcome,
    signature_create,
    signature_save_edited,
    signature_update,
    signatures_bulk_create,
)
from undersigned.signatures.services.withdrawal import (
    retention_period,
    signature_check_withdraw,
    signature_withdraw,
    signatures_scrub_withdrawn,
)

__all__ = [
    "ConfirmCheck", "ReconfirmCheck", "SignOutcome", "retention_period", "signature_check_reconfirm",
    "signature_check_token", "signature_check_withdraw", "signature_confirm", "signature_confirm_by_token",
    "signature_create", "signature_link_organization", "signature_reconfirm", "signature_reconfirm_by_token",
    "signature_reject", "signature_save_edited", "signature_set_verified", "signature_update",
    "signature_withdraw", "signatures_bulk_create", "signatures_request_reconfirmation",
    "signatures_scrub_withdrawn", "signatures_set_status", "reconfirmation_batch_done",
    "reconfirmation_run_planned", "reconfirmation_run_stop", "signature_renew_pending",
    "signatures_due_for_reminder", "signatures_send_reminders", "signature_erase",
    "signatures_anonymise_after_closing", "signatures_expire_pending", "signatures_follow_up",
    "signatures_follow_up_backlog",
]  # fmt: skip
