"""What organizations tell the layers above them, without knowing who listens."""

from django.dispatch import Signal

# Sent with `organization` when a change moves it on published lists (it became, or stopped being, an
# umbrella body, which heads its country's group). Signatures recounts the lists it appears on.
organization_list_position_changed = Signal()
