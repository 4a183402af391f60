"""Signatures answers what the layers below announce; connected in `SignaturesConfig.ready()`.

Those layers never import signatures: they send a signal, and the list bookkeeping happens here.
"""

from undersigned.signatures import services


def organization_moved_on_lists(sender, *, organization, **kwargs) -> None:
    services.statements_of_organization_changed(organization=organization)
