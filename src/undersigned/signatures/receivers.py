"""Signatures answers what the layers below announce; connected in `SignaturesConfig.ready()`.

Those layers never import signatures: they send a signal, and the list bookkeeping happens here.
"""

from undersigned.signatures.services import _lists, signatures_request_reconfirmation


def version_published(sender, *, statement, version, user=None, **kwargs) -> None:
    """A new text: unless it is a minor correction, earlier signers are asked to reconfirm."""
    signatures_request_reconfirmation(statement=statement, version=version, user=user)


def list_settings_changed(sender, *, statement, **kwargs) -> None:
    _lists.list_changed(statement_id=statement.pk)


def organization_moved_on_lists(sender, *, organization, **kwargs) -> None:
    _lists.lists_of_organization_changed(organization=organization)
