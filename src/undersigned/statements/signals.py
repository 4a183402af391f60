"""What statements tell the layers above them, without knowing who listens.

Both are sent inside the service's transaction, so whatever a receiver writes or queues commits (or rolls
back) together with the change. Signatures connects its receivers in `SignaturesConfig.ready()`.
"""

from django.dispatch import Signal

# Sent with `statement` and `version` when a new text is published. Unless `version.minor`, earlier
# signers are to be asked to reconfirm; either way the list's count and revision change.
version_published = Signal()

# Sent with `statement` when a list setting (order, whom it shows) changed.
list_settings_changed = Signal()
